import { connectTestSchemas, TEST_POSTGRES_URL } from '../tests/support/postgres.js';
import { runDigestFleet, type DigestFleetReport } from '../tests/support/digest-fleet.js';
import { printTable, quantile } from './lib/table.js';

/**
 * Digests of one minute on a fleet: 3 real processes (src/main.ts, as `npm start` runs it, Telegram
 * and Discord in each) on one PostgreSQL schema, 5,000 Telegram chats and 5,000 Discord channels
 * due at the same minute, against the Telegram and Discord peers enforcing the platforms' limits
 * (Telegram 30/s overall, 1/s per chat, 20/min per group; Discord 50 requests/s, 5 per 5 s per
 * channel) and answering 429 beyond them. Then again with one process killed with SIGKILL once
 * 30 % of the digests are out. "rate vs limit" is messages a second, from the first to the last,
 * over the platform's limit; lateness is each channel's digest after its slot.
 */
const CHATS = Number(process.env.BENCH_FLEET_CHATS ?? 5000);
const CHANNELS = Number(process.env.BENCH_FLEET_CHANNELS ?? 5000);
const base = process.env.BENCH_POSTGRES_URL ?? TEST_POSTGRES_URL;
/** Which runs: both (default), `without` the kill only, or `with` it only. */
const KILL = process.env.BENCH_FLEET_KILL ?? 'both';
/** A directory for each run's trace: the Telegram peer's calls and each process's log. */
const TRACE = process.env.BENCH_FLEET_TRACE;
const LIMITS = { telegram: 30, discord: 50 };

let schemas;
try {
  schemas = await connectTestSchemas(base);
} catch (error) {
  console.log(`\nFleet digest benchmark skipped: ${String(error)}`);
  process.exit(0);
}

const rows: Record<string, string | number>[] = [];
const seconds = (ms: number) => (ms / 1000).toFixed(1);
function addRows(run: string, report: DigestFleetReport) {
  for (const platform of ['telegram', 'discord'] as const) {
    const f = report[platform];
    if (f.due === 0) continue;
    rows.push({
      run,
      platform,
      due: f.due,
      delivered: f.delivered,
      'rate (msg/s)': f.rate.toFixed(1),
      'rate vs limit': (f.rate / LIMITS[platform]).toFixed(2),
      '429 share': `${((100 * f.rateLimited) / Math.max(1, f.sends)).toFixed(2)} % (${f.rateLimited})`,
      '429 by limit': Object.entries(f.rateLimitedBy)
        .map(([limit, n]) => `${limit} ${n}`)
        .join(', '),
      dups: f.duplicates,
      lost: f.lost,
      'on the wire at kill': platform === 'telegram' && report.killed ? report.cutOff.length : '',
      'longest pause (s)': seconds(f.longestGap),
      'claims released (s after kill)': report.killed
        ? `${report.released} (${report.releasedAfterS?.toFixed(1) ?? '-'})`
        : '',
      'lateness p50 (s)': seconds(quantile(f.lateness, 0.5)),
      'lateness p99 (s)': seconds(quantile(f.lateness, 0.99)),
      'peak RSS MB': report.peakRssMb,
    });
  }
}

try {
  const runs = KILL === 'with' ? [true] : KILL === 'without' ? [false] : [false, true];
  for (const kill of runs) {
    const report = await runDigestFleet({
      databaseUrl: await schemas.fresh(),
      processes: 3,
      chats: CHATS,
      channels: CHANNELS,
      due: 'next-minute',
      killAt: kill ? 0.3 : undefined,
      deadlineMs: 15 * 60_000,
      env: { ...(kill ? { JOB_LEASE_SECONDS: '30' } : {}) },
      traceDir: TRACE ? `${TRACE}/${kill ? 'kill' : 'no-kill'}` : undefined,
    });
    addRows(kill ? '3 processes, one SIGKILLed at 30 %' : '3 processes', report);
  }
} finally {
  await schemas.dropAll();
}
printTable(
  `Fleet: one minute's digests, ${CHATS.toLocaleString('en')} Telegram chats and ${CHANNELS.toLocaleString('en')} Discord channels, 3 processes on one PostgreSQL, peers enforcing the limits`,
  rows,
);
