import pg from 'pg';
import { afterAll } from 'vitest';
import { silentLogger } from '../../src/core/ports/logger.js';
import { MemorySendBudget } from '../../src/core/sending/memory-send-budget.js';
import { openStorage } from '../../src/storage/open-storage.js';
import { PgDatabase } from '../../src/storage/postgres/pg-database.js';
import { PgSendBudget } from '../../src/storage/postgres/pg-send-budget.js';
import { SqliteSendBudget } from '../../src/storage/sqlite/sqlite-send-budget.js';
import { StatementCache } from '../../src/storage/sqlite/statement-cache.js';
import { sendBudgetContract } from '../contracts/send-budget.contract.js';
import { useTestSchemas } from '../support/postgres.js';
import BetterSqlite3 from 'better-sqlite3';
import { migrate } from '../../src/storage/sqlite/migrations.js';

sendBudgetContract('memory', (now) => Promise.resolve([new MemorySendBudget(now)]));

sendBudgetContract('SQLite', (now) => {
  const db = new BetterSqlite3(':memory:');
  migrate(db);
  return Promise.resolve([new SqliteSendBudget(new StatementCache(db), now)]);
});

const schemas = useTestSchemas();
const pools: pg.Pool[] = [];
afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.end()));
});

// Each "process" has a pool of its own on one schema, as the processes of a fleet do.
sendBudgetContract('PostgreSQL', async (now, processes) => {
  const url = await schemas.fresh();
  await (await openStorage(url, silentLogger)).close();
  return Array.from({ length: processes }, () => {
    const pool = new pg.Pool({ connectionString: url, max: 3 });
    pools.push(pool);
    return new PgSendBudget(new PgDatabase(pool), now);
  });
});
