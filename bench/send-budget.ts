import pg from 'pg';
import { silentLogger } from '../src/core/ports/logger.js';
import type { SendBucket, SendBudget } from '../src/core/ports/send-budget.js';
import { acquireSend } from '../src/core/sending/acquire-send.js';
import { openStorage } from '../src/storage/open-storage.js';
import { PgDatabase } from '../src/storage/postgres/pg-database.js';
import { PgSendBudget } from '../src/storage/postgres/pg-send-budget.js';
import { connectTestSchemas, TEST_POSTGRES_URL } from '../tests/support/postgres.js';
import { printTable } from './lib/table.js';

/**
 * The fleet's send budget on PostgreSQL: 3 processes (a pool each), each with 20 senders that
 * always have a message for a chat of their own, for SECONDS of real time against Telegram's
 * overall limit (30/s). Counts the sends each process made when its budget let it (the instant
 * the message would leave), the busiest second and the share of the limit used.
 */
const SECONDS = Number(process.env.BENCH_BUDGET_SECONDS ?? 6);
const PROCESSES = 3;
const SENDERS = 20;
const overall: SendBucket = {
  key: 'tg:bench:all',
  rate: { count: 30, windowMs: 1000 },
  queued: true,
};
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function busiest(instants: readonly number[], windowMs: number): number {
  const sorted = [...instants].sort((a, b) => a - b);
  let most = 0;
  for (let end = 0, start = 0; end < sorted.length; end++) {
    while ((sorted[end] ?? 0) - (sorted[start] ?? 0) >= windowMs) start++;
    most = Math.max(most, end - start + 1);
  }
  return most;
}

const base = process.env.BENCH_POSTGRES_URL ?? TEST_POSTGRES_URL;
let schemas;
try {
  schemas = await connectTestSchemas(base);
} catch (error) {
  console.log(`\nSend budget benchmark skipped: no PostgreSQL at ${base} (${String(error)}).`);
  process.exit(0);
}
const url = await schemas.fresh();
await (await openStorage(url, silentLogger)).close();
const pools = Array.from(
  { length: PROCESSES },
  () => new pg.Pool({ connectionString: url, max: 5 }),
);
let calls = 0;
const budgets: SendBudget[] = pools.map((pool) => {
  const budget = new PgSendBudget(new PgDatabase(pool));
  return {
    reserve: (buckets, horizon) => {
      calls++;
      return budget.reserve(buckets, horizon);
    },
  };
});
const sends: number[] = [];
const ends = Date.now() + SECONDS * 1000;
await Promise.all(
  budgets.flatMap((budget, p) =>
    Array.from({ length: SENDERS }, async (_, s) => {
      for (let n = 0; Date.now() < ends; n++) {
        const chat: SendBucket = {
          key: `tg:bench:chat:${p}-${s}-${n}`,
          rate: { count: 1, windowMs: 1000 },
        };
        await acquireSend(budget, [overall, chat], { logger: silentLogger, sleep });
        if (Date.now() < ends) sends.push(Date.now());
      }
    }),
  ),
);
await Promise.all(pools.map((pool) => pool.end()));
await schemas.dropAll();
const seconds = (Math.max(...sends) - Math.min(...sends)) / 1000;
printTable(
  `Send budget: ${PROCESSES} processes × ${SENDERS} senders on one PostgreSQL, Telegram's 30 msg/s, ${SECONDS} s`,
  [
    {
      sends: sends.length,
      'sends/s': (sends.length - 1) / seconds,
      'share of the limit': (sends.length - 1) / seconds / 30,
      'busiest second': busiest(sends, 1000),
      'budget calls per send': calls / sends.length,
    },
  ],
);
