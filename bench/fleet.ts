import { rmSync } from 'node:fs';
import { connectTestSchemas, TEST_POSTGRES_URL } from '../tests/support/postgres.js';
import {
  contentWithFeeds,
  startBotProcess,
  startFeedFarm,
  stopAll,
} from '../tests/support/fleet.js';
import { printTable } from './lib/table.js';

/**
 * The fleet: 1, 2 and 3 real bot processes (src/main.ts, as `npm start` runs it) on one PostgreSQL
 * schema, reading 200 loopback feeds that count their answers. Feeds are read every INTERVAL
 * seconds; after the first round (every feed due at once) the answers are watched for WINDOW
 * intervals. "fetches per feed per interval" is, over every feed, the reads in the window after a
 * feed's first one there divided by the intervals from its first to its last: 1.0 is each feed
 * read once per interval by the whole fleet; under 1.0 is reads falling behind their times (a read
 * planned from when it ran, not when it was due); over 1.0 would be processes reading a feed twice.
 */
const FEEDS = 200;
const INTERVAL_S = Number(process.env.BENCH_FLEET_INTERVAL ?? 6);
const WINDOW = Number(process.env.BENCH_FLEET_WINDOW ?? 4);
const base = process.env.BENCH_POSTGRES_URL ?? TEST_POSTGRES_URL;

let schemas;
try {
  schemas = await connectTestSchemas(base);
} catch (error) {
  console.log(`\nFleet benchmark skipped: ${String(error)}`);
  process.exit(0);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const rows: Record<string, string | number>[] = [];
try {
  for (const size of [1, 2, 3]) {
    const farm = await startFeedFarm(FEEDS);
    const content = contentWithFeeds(farm.urls);
    const env = {
      DATABASE_URL: await schemas.fresh(),
      CONTENT_DIR: content,
      FEED_POLL_INTERVAL_SECONDS: String(INTERVAL_S),
      JOB_LEASE_SECONDS: '4',
      LOG_LEVEL: 'warn',
    };
    const bots = Array.from({ length: size }, () => startBotProcess(env));
    try {
      const started = Date.now();
      while (farm.total() < FEEDS) {
        if (Date.now() - started > 120_000) throw new Error('first round not done in 2 minutes');
        await sleep(100);
      }
      const firstRound = Date.now() - started;
      const firstRoundFetches = farm.total();
      const from = Date.now();
      await sleep(WINDOW * INTERVAL_S * 1000);
      const to = Date.now();
      // Per feed, its reads in the window: n reads spread over (last - first) are n - 1 intervals'
      // worth. Summed over feeds, this is the fleet's read rate per feed in intervals, whatever
      // the phase of the window (the feeds of the first round are read in bunches).
      let gaps = 0;
      let spanIntervals = 0;
      for (const times of farm.times) {
        const inWindow = times.filter((t) => t >= from && t < to);
        if (inWindow.length < 2) continue;
        gaps += inWindow.length - 1;
        spanIntervals += ((inWindow.at(-1) ?? 0) - (inWindow[0] ?? 0)) / (INTERVAL_S * 1000);
      }
      // Two answers for one feed closer than half an interval: a read the fleet repeated.
      let repeats = 0;
      for (const times of farm.times)
        for (let i = 1; i < times.length; i++)
          if ((times[i] ?? 0) - (times[i - 1] ?? 0) < (INTERVAL_S * 1000) / 2) repeats++;
      rows.push({
        processes: size,
        feeds: FEEDS,
        'interval (s)': INTERVAL_S,
        'first round: fetches per feed': (firstRoundFetches / FEEDS).toFixed(2),
        'first round (s)': (firstRound / 1000).toFixed(1),
        'fetches per feed per interval': (gaps / spanIntervals).toFixed(2),
        'repeated reads': repeats,
      });
    } finally {
      await stopAll(bots);
      await farm.close();
      rmSync(content, { recursive: true, force: true });
    }
  }
} finally {
  await schemas.dropAll();
}
printTable('Fleet: feed reads shared by processes on one PostgreSQL (200 loopback feeds)', rows);
