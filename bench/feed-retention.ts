import { MemoryArticleStore } from '../src/storage/articles/memory-article-store.js';
import { StoryClusters } from '../src/core/digests/story-clusters.js';
import { silentLogger } from '../src/core/ports/logger.js';
import { sharedTermCount, buildSentenceGraph } from '../src/core/summaries/sentence-graph.js';
import { createFeedHttp } from '../src/feeds/feed-http.js';
import { FeedPoller } from '../src/feeds/feed-poller.js';
import { createLimiter } from '../src/core/async/limiter.js';
import { ingestFeed } from '../src/feeds/ingest-feed.js';
import type { FeedEntry } from '../src/feeds/parse-feed.js';
import { anyAddress } from '../src/feeds/safe-address.js';
import { openSqliteStorage } from '../src/storage/open-storage.js';
import { FakeClock } from '../tests/support/fake-clock.js';
import { createRandom } from './lib/generate.js';
import { megabytes, peakRssMb, printTable } from './lib/table.js';

/**
 * Memory over simulated days of feeds: a fake clock, FEEDS feeds with ITEMS new items a day each,
 * ingested as the poller ingests them (SQLite item records, the article index), clustered as
 * digests cluster them, summarised as /summary does, and pruned once a day by feed retention.
 * The heap after each day must level off once the retention window has passed.
 */
const DAYS = Number(process.env.BENCH_DAYS ?? 30);
const RETENTION_DAYS = Number(process.env.BENCH_RETENTION_DAYS ?? 7);
const FEEDS = 200;
const ITEMS = 50;
const DAY = 86_400_000;

const random = createRandom(30);
const vocabulary = Array.from({ length: 4000 }, (_, i) => `w${i.toString(36)}x`);
// Names and numbers: words never seen before keep arriving, as in real news.
let novel = 0;
const word = () =>
  random() < 0.03
    ? `n${(novel++).toString(36)}q`
    : (vocabulary[Math.floor(random() ** 2 * 4000)] ?? 'x');
const sentence = (n: number) => `${Array.from({ length: n }, word).join(' ')}.`;

function entries(feed: number, day: number, start: Date): FeedEntry[] {
  return Array.from({ length: ITEMS }, (_, i) => ({
    guid: `urn:${feed}:${day}:${i}`,
    link: `https://feed${feed}.example/${day}/${i}`,
    title: sentence(8),
    publishedAt: new Date(start.getTime() + ((i + 1) * DAY) / (ITEMS + 1)),
    categories: ['news'],
    contentHtml: `<p>${sentence(20)} ${sentence(18)}</p><p>${sentence(22)}</p>`,
  }));
}

const clock = new FakeClock('2026-01-01T00:00:00Z');
const storage = openSqliteStorage('sqlite::memory:', silentLogger);
const index = new MemoryArticleStore();
const clusters = new StoryClusters();
const http = createFeedHttp({ policy: anyAddress });
const poller = new FeedPoller({
  store: storage.feeds,
  index,
  http,
  limiter: createLimiter({ perKey: 2, total: 8 }),
  clock,
  logger: silentLogger,
  notify: () => Promise.resolve(),
  retentionMs: RETENTION_DAYS * DAY,
});
const gc = (globalThis as { gc?: () => void }).gc;
const rows: Record<string, string | number>[] = [];
const started = performance.now();
for (let day = 1; day <= DAYS; day++) {
  const dayStart = clock.now();
  for (let feed = 0; feed < FEEDS; feed++) {
    const url = `https://feed${feed}.example/rss`;
    await ingestFeed(
      {
        store: storage.feeds,
        index,
        clock,
        fullText: () => Promise.resolve(undefined),
        logger: silentLogger,
        retentionMs: RETENTION_DAYS * DAY,
      },
      { url, siteName: `Feed ${feed}` },
      { format: 'rss', title: `Feed ${feed}`, items: entries(feed, day, dayStart) },
    );
  }
  clock.advance(DAY);
  // The day's digests cluster some of the new stories, and readers ask for some summaries.
  const fresh = index.index.all().filter((a) => a.publishedAt.getTime() >= dayStart.getTime());
  for (const article of fresh.slice(0, 2_000)) clusters.clusterOf(article);
  for (const article of fresh.slice(0, 200))
    buildSentenceGraph(article.paragraphs.map((p) => p.text));
  await poller.prune(clock.now());
  gc?.();
  const records = await storage.feeds.freshItemsSince(new Date(0));
  const row = {
    day,
    'heap MB': megabytes(process.memoryUsage().heapUsed),
    articles: index.index.size,
    'fresh item records': records.length,
    'cluster keys': clusters.keyCount,
    'cluster reports': clusters.listedReports,
    'shared terms': sharedTermCount(),
  };
  rows.push(row);
  // Each day as it ends (a long run shows progress); the table follows at the end.
  console.error(JSON.stringify(row));
}
printTable(
  `Feed retention: ${DAYS} simulated days, ${FEEDS} feeds × ${ITEMS} new items a day, retention ${RETENTION_DAYS} days (BENCH_DAYS, BENCH_RETENTION_DAYS); ${Math.round((performance.now() - started) / 1000)} s, peak RSS ${peakRssMb()} MB`,
  rows,
);
await http.close();
await storage.close();
