import { commands } from '../commands/index.js';
import { parsePlainText } from '../src/article-files/parse-plain-text.js';
import { MemoryArticleStore } from '../src/storage/articles/memory-article-store.js';
import { createDispatcher } from '../src/core/commands/dispatch.js';
import { instrumentDispatcher } from '../src/core/commands/instrumented-dispatcher.js';
import { CommandRegistry } from '../src/core/commands/registry.js';
import { createServices } from '../src/core/create-services.js';
import { instrumentDigestStore } from '../src/core/digests/instrumented-store.js';
import { silentLogger } from '../src/core/ports/logger.js';
import { createExtractiveSummarizer } from '../src/core/summaries/extractive-summarizer.js';
import { startOpsServer } from '../src/ops/ops-server.js';
import { createPromMetrics } from '../src/ops/prom-metrics.js';
import { Readiness } from '../src/ops/readiness.js';
import { openSqliteStorage } from '../src/storage/open-storage.js';
import { FakeClock } from '../tests/support/fake-clock.js';
import { createRandom, plainTextArticle } from './lib/generate.js';
import { peakRssMb, printTable, quantile } from './lib/table.js';

/**
 * /metrics scrape time after the bot served 10,000 channels' digests and 100,000 commands: the
 * metrics are the real ones (prom-client, the Node defaults, every Briefly metric with its labels)
 * and the scrapes go over HTTP to the ops server.
 */
const CHANNELS = 10_000;
const COMMANDS = 100_000;
const SCRAPES = 1_000;
const now = new Date('2026-11-26T08:00:00Z');
const random = createRandom(11);
const metrics = createPromMetrics();
const articles = new MemoryArticleStore();
metrics.gauge('briefly_articles', {}, () => articles.index.size);
for (let i = 0; i < 1_000; i++) {
  const parsed = parsePlainText(plainTextArticle(random, i, 200));
  if (parsed.ok)
    articles.putNow(`a${i}`, {
      ...parsed.article,
      publishedAt: new Date(now.getTime() - random() * 20 * 3_600_000),
      origin: { kind: 'file', path: `a${i}.txt` },
    });
}
const storage = openSqliteStorage('sqlite::memory:', silentLogger);
const services = createServices({
  articles,
  summarizer: createExtractiveSummarizer(undefined, metrics),
  clock: new FakeClock(now),
  logger: silentLogger,
  digestStore: instrumentDigestStore(storage.digests, metrics),
  filterStore: storage.filters,
  digestDefaults: { minuteOfDay: 480, timezone: 'UTC', size: 5 },
  catchUpMinutes: 60,
  owner: 'bench',
  metrics,
});
services.digests.registerPoster({
  platform: 'bench',
  post: () => Promise.resolve({ ok: true, messageIds: ['1'] }),
});
for (let i = 0; i < CHANNELS; i++)
  await storage.digests.saveSettings({
    chat: { platform: 'bench', id: `c${i}` },
    enabled: true,
    minuteOfDay: 480,
    days: [0, 1, 2, 3, 4, 5, 6],
    timezone: 'UTC',
    size: 5,
    topics: [],
    showImages: true,
    active: true,
    scheduleFrom: new Date('2026-11-01T00:00:00Z'),
    updatedAt: new Date('2026-11-01T00:00:00Z'),
  });
const digestStarted = performance.now();
const report = await services.digests.runDue(now);
const digestSeconds = (performance.now() - digestStarted) / 1000;

const dispatcher = instrumentDispatcher(
  createDispatcher(new CommandRegistry(commands), services),
  metrics,
);
const lines = [
  '/help',
  '/news 3',
  '/summary 2',
  '/source 1',
  '/search kalo',
  '/digest',
  '/nope',
  '/news 99',
];
const caller = { isModerator: () => Promise.resolve(false) };
const commandsStarted = performance.now();
for (let i = 0; i < COMMANDS; i++)
  await dispatcher.dispatchLine(
    lines[i % lines.length] ?? '/help',
    { platform: 'bench', id: `c${i % CHANNELS}` },
    caller,
  );
const commandSeconds = (performance.now() - commandsStarted) / 1000;

const readiness = new Readiness();
readiness.started();
const server = await startOpsServer({
  port: 0,
  host: '127.0.0.1',
  readiness,
  metrics,
  logger: silentLogger,
});
const url = `http://127.0.0.1:${server.port}/metrics`;
const times: number[] = [];
let bytes = 0;
for (let i = 0; i < SCRAPES; i++) {
  const started = performance.now();
  const body = await (await fetch(url)).text();
  times.push(performance.now() - started);
  bytes = body.length;
}
await server.close();
await storage.close();

printTable('/metrics scrape after 10,000 channels and 100,000 commands (HTTP, loopback)', [
  {
    scrapes: SCRAPES,
    'p50 ms': quantile(times, 0.5),
    'p99 ms': quantile(times, 0.99),
    'max ms': Math.max(...times),
    'body KB': Math.round(bytes / 1024),
    series: (await metrics.registry.getMetricsAsJSON()).reduce((n, m) => n + m.values.length, 0),
    'digests sent': report.results.sent,
    'digest round s': digestSeconds,
    'commands/s': Math.round(COMMANDS / commandSeconds),
    'peak RSS MB': peakRssMb(),
  },
]);
