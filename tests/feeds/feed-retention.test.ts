import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryArticleStore } from '../../src/storage/articles/memory-article-store.js';
import { silentLogger } from '../../src/core/ports/logger.js';
import { createFeedHttp, type FeedHttp } from '../../src/feeds/feed-http.js';
import { FeedPoller } from '../../src/feeds/feed-poller.js';
import { createLimiter } from '../../src/core/async/limiter.js';
import { MemoryFeedStore } from '../../src/feeds/memory-feed-store.js';
import { anyAddress } from '../../src/feeds/safe-address.js';
import { FakeClock } from '../support/fake-clock.js';
import { longText, rssDocument, type ItemSpec } from '../support/feed-documents.js';
import { send, startFixtureServer, type FixtureServer } from '../support/fixture-server.js';

const DAY = 86_400_000;

let server: FixtureServer;
let http: FeedHttp;
let clock: FakeClock;
let store: MemoryFeedStore;
let index: MemoryArticleStore;
let poller: FeedPoller;

beforeEach(async () => {
  server = await startFixtureServer();
  // Loopback answers fast; a generous timeout keeps a loaded machine from failing the test.
  http = createFeedHttp({ policy: anyAddress, timeoutMs: 30_000 });
  clock = new FakeClock('2026-11-26T12:00:00Z');
  store = new MemoryFeedStore();
  index = new MemoryArticleStore();
  poller = new FeedPoller({
    store,
    index,
    http,
    limiter: createLimiter({ perKey: 2, total: 8 }),
    clock,
    logger: silentLogger,
    notify: () => Promise.resolve(),
    retentionMs: 30 * DAY,
  });
});
afterEach(async () => {
  await http.close();
  await server.close();
});

const daysAgo = (days: number) => new Date(clock.now().getTime() - days * DAY);
const item = (n: number, date: Date): ItemSpec => ({
  title: `Story number ${n}`,
  link: server.url(`/articles/${n}`),
  guid: `guid-${n}`,
  date,
  content: `<p>${longText(`story ${n}`)}</p>`,
});
const titles = () =>
  index.index
    .all()
    .map((a) => a.title)
    .sort();

describe('feed retention (FEED_RETENTION_DAYS)', () => {
  it('never loads items published before the retention, and drops articles and records as they age', async () => {
    const items = [item(1, daysAgo(40)), item(2, daysAgo(10)), item(3, daysAgo(1))];
    server.route('/feed.xml', send(rssDocument({ title: 'Courier' }, items)));
    const url = server.url('/feed.xml');
    poller.track(url);
    await poller.runDue();
    expect(titles()).toEqual(['Story number 2', 'Story number 3']);
    const identity = (n: number) => ({ itemKey: `guid-${n}`, contentHash: 'none' });
    expect(await store.findItem(url, identity(1))).toBeUndefined();

    // 25 days later item 2 is 35 days old: it leaves memory and storage at the next round.
    clock.advance(25 * DAY);
    await poller.runDue();
    expect(titles()).toEqual(['Story number 3']);
    expect(await store.findItem(url, identity(2))).toBeUndefined();
    expect((await store.findItem(url, identity(3)))?.itemKey).toBe('guid-3');
    // The feed still carries it, yet it never comes back, nor as news.
    await poller.poll(url);
    expect(titles()).toEqual(['Story number 3']);
    expect(await store.freshItemsSince(daysAgo(100))).toHaveLength(1);
  });

  it('keeps file articles, whatever their age', async () => {
    index.putNow('file.txt', {
      title: 'An old file',
      tags: [],
      publishedAt: daysAgo(400),
      origin: { kind: 'file', path: 'file.txt' },
      paragraphs: [{ text: 'Text.' }],
      related: [],
    });
    expect(await poller.prune(clock.now())).toBe(0);
    expect(titles()).toEqual(['An old file']);
  });
});
