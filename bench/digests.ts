import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryArticleStore } from '../src/storage/articles/memory-article-store.js';
import { silentLogger } from '../src/core/ports/logger.js';
import { parsePlainText } from '../src/article-files/parse-plain-text.js';
import { openStorage } from '../src/storage/open-storage.js';
import { openJobs } from '../src/jobs/open-jobs.js';
import { createInProcessJobs } from '../src/jobs/in-process-jobs.js';
import { DigestScheduler, digestQueue } from '../src/scheduler/digest-scheduler.js';
import { FakeClock } from '../tests/support/fake-clock.js';
import { connectTestSchemas } from '../tests/support/postgres.js';
import { createRandom, plainTextArticle } from './lib/generate.js';
import { peakRssMb, printTable } from './lib/table.js';
import { benchServices } from './lib/bench-services.js';

/** 10,000 channels due in the same minute, digests composed from 5,000 articles. */
const CHANNELS = Number(process.argv[2] ?? 10_000);
const ARTICLES = Number(process.argv[3] ?? 5_000);
const TOPICS = [
  'world',
  'science',
  'climate',
  'business',
  'sport',
  'culture',
  'tech',
  'health',
  'politics',
  'travel',
];
const now = new Date('2026-11-26T08:00:00Z');
const random = createRandom(5);

const articles = new MemoryArticleStore();
for (let i = 0; i < ARTICLES; i++) {
  const parsed = parsePlainText(plainTextArticle(random, i, 300));
  if (!parsed.ok) continue;
  articles.putNow(`a${i}`, {
    ...parsed.article,
    publisher: `Publisher ${i % 40}`,
    tags: [TOPICS[i % TOPICS.length] ?? 'world', TOPICS[(i * 7) % TOPICS.length] ?? 'world'],
    publishedAt: new Date(now.getTime() - random() * 48 * 3_600_000),
    origin: { kind: 'file', path: `a${i}.txt` },
  });
}

const dir = mkdtempSync(join(tmpdir(), 'briefly-bench-digests-'));
// BENCH_POSTGRES_URL=postgres://… keeps the ledger in PostgreSQL (a schema of its own, dropped after).
const postgres = process.env.BENCH_POSTGRES_URL
  ? await connectTestSchemas(process.env.BENCH_POSTGRES_URL)
  : undefined;
const pgUrl = postgres ? await postgres.fresh() : undefined;
const storage = await openStorage(pgUrl ?? `sqlite:${join(dir, 'bench.db')}`, silentLogger);
/** The bot's services over the bench's articles and storage (the job round gets its own, below). */
const newServices = () => benchServices(articles, storage, new FakeClock(now));
const services = newServices();
let posts = 0;
/**
 * Like the Telegram and Discord adapters, the poster writes the ledger's `sending` mark right before
 * its (here instant) platform call.
 */
function registerBenchPoster(platform: string, into = services): void {
  into.digests.registerPoster({
    platform,
    announcesSends: true,
    post: async (_chat, _reply, options) => {
      if (options?.beforeSend && !(await options.beforeSend()))
        return { ok: false, permanent: false, reason: 'not marked' };
      posts++;
      return { ok: true, messageIds: [String(posts)] };
    },
  });
}
const zones = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo'];
/** CHANNELS channels of `platform`, every one due at `now`. */
async function saveChannels(platform: string): Promise<void> {
  for (let i = 0; i < CHANNELS; i++) {
    const zone = zones[i % zones.length] ?? 'UTC';
    const topicCount = i % 3;
    await storage.digests.saveSettings({
      chat: { platform, id: `c${i}` },
      enabled: true,
      // Every channel's local time is 08:00 UTC, so all are due in the same minute.
      minuteOfDay:
        { UTC: 480, 'Europe/Berlin': 540, 'America/New_York': 180, 'Asia/Tokyo': 1020 }[zone] ??
        480,
      days: [0, 1, 2, 3, 4, 5, 6],
      timezone: zone,
      size: 5,
      topics: TOPICS.slice(i % TOPICS.length, (i % TOPICS.length) + topicCount),
      showImages: true,
      active: true,
      scheduleFrom: new Date('2026-11-01T00:00:00Z'),
      updatedAt: new Date('2026-11-01T00:00:00Z'),
    });
  }
}
registerBenchPoster('bench');
await saveChannels('bench');

async function composeAll(): Promise<{ seconds: number; stories: number }> {
  const started = performance.now();
  let stories = 0;
  for (let i = 0; i < CHANNELS; i++)
    stories += (await services.digests.preview({ platform: 'bench', id: `c${i}` })).storyCount;
  return { seconds: (performance.now() - started) / 1000, stories };
}
/** The same, PAGE channels at once, as a digest run composes: a database store batches their reads. */
const PAGE = 1000;
async function composeAllAtOnce(): Promise<{ seconds: number; stories: number }> {
  const started = performance.now();
  let stories = 0;
  for (let start = 0; start < CHANNELS; start += PAGE) {
    const page = Array.from({ length: Math.min(PAGE, CHANNELS - start) }, (_, i) =>
      services.digests.preview({ platform: 'bench', id: `c${start + i}` }),
    );
    for (const digest of await Promise.all(page)) stories += digest.storyCount;
  }
  return { seconds: (performance.now() - started) / 1000, stories };
}
// Cold: the first composition also clusters the articles into stories and summarises the leads.
const cold = await composeAll();
const warm = await composeAll();
const together = await composeAllAtOnce();

// The previews' garbage is collected before the round, so the round pays only for its own.
(globalThis as { gc?: () => void }).gc?.();
const started = performance.now();
const cpu = process.cpuUsage();
const report = await services.digests.runDue(now);
const runSeconds = (performance.now() - started) / 1000;
const used = process.cpuUsage(cpu);
// This process's CPU time, which other processes on a loaded machine stretch less than the wall clock.
const runCpuSeconds = (used.user + used.system) / 1e6;
const ledgerWrites = report.results.sent * 3 + report.results.empty * 2;

/**
 * As the app runs it: the scheduler hands the due slots out as jobs of up to 256 slots (pg-boss on
 * PostgreSQL, in process on SQLite), one job at once per 32 of the poster's sends at once (8 for
 * this poster, 2 for the Telegram and Discord adapters), each job's slots claimed, composed and
 * recorded together. Other channels (platform "jobs"), due at the same minute, after the round
 * above.
 */
const roundPosts = posts;
await saveChannels('jobs');
// A process of its own, as it were: it sends only the "jobs" platform's digests.
const app = newServices();
registerBenchPoster('jobs', app);
const jobs = pgUrl ? await openJobs(pgUrl, silentLogger) : createInProcessJobs(silentLogger);
// Yesterday's slot first, not timed, as in a running app: the queue and its workers exist, and
// each channel's window starts where its last digest ended (today's has the newer half of the
// articles, yesterday's the older half).
const schedulerClock = new FakeClock(new Date(now.getTime() - 86_400_000));
const scheduler = new DigestScheduler(app.digests, schedulerClock, silentLogger, jobs);
await scheduler.tick();
await jobs.idle(digestQueue('jobs'));
schedulerClock.set(now);
const postsBefore = posts;
(globalThis as { gc?: () => void }).gc?.();
const jobsStarted = performance.now();
const jobsCpu = process.cpuUsage();
await scheduler.tick();
await jobs.idle(digestQueue('jobs'));
const jobSeconds = (performance.now() - jobsStarted) / 1000;
const jobsUsed = process.cpuUsage(jobsCpu);
const jobPosts = posts - postsBefore;
await jobs.stop();

printTable(
  `Digests: ${CHANNELS.toLocaleString('en')} channels due in one minute, ${ARTICLES.toLocaleString('en')} articles, ledger in ${storage.kind === 'postgres' ? 'PostgreSQL' : 'SQLite'}`,
  [
    {
      step: 'compose all, cold (preview, no ledger)',
      seconds: cold.seconds,
      'digests/s': Math.round(CHANNELS / cold.seconds),
      'avg stories': cold.stories / CHANNELS,
      'ledger writes/s': '-',
      'CPU s': '-',
    },
    {
      step: 'compose all, warm (preview, no ledger)',
      seconds: warm.seconds,
      'digests/s': Math.round(CHANNELS / warm.seconds),
      'avg stories': warm.stories / CHANNELS,
      'ledger writes/s': '-',
      'CPU s': '-',
    },
    {
      step: `compose all, warm, ${PAGE.toLocaleString('en')} at a time (no ledger)`,
      seconds: together.seconds,
      'digests/s': Math.round(CHANNELS / together.seconds),
      'avg stories': together.stories / CHANNELS,
      'ledger writes/s': '-',
      'CPU s': '-',
    },
    {
      step: 'full round (claim, compose, post, record)',
      seconds: runSeconds,
      'digests/s': Math.round(report.due / runSeconds),
      'avg stories': '-',
      'ledger writes/s': Math.round(ledgerWrites / runSeconds),
      'CPU s': runCpuSeconds,
    },
    {
      step: `the same as jobs (${jobs.kind}), as the app runs it: ${jobPosts.toLocaleString('en')} posted`,
      seconds: jobSeconds,
      'digests/s': Math.round(jobPosts / jobSeconds),
      'avg stories': '-',
      'ledger writes/s': Math.round((jobPosts * 3) / jobSeconds),
      'CPU s': (jobsUsed.user + jobsUsed.system) / 1e6,
    },
  ],
);
printTable('Round outcome', [
  { due: report.due, ...report.results, posts: roundPosts, 'peak RSS MB': peakRssMb() },
]);
await storage.close();
await postgres?.dropAll();
rmSync(dir, { recursive: true, force: true });
