import { catalogue } from '../../src/core/i18n/catalogue.js';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleIndex } from '../../src/core/articles/article-index.js';
import { MemoryArticleStore } from '../../src/storage/articles/memory-article-store.js';
import type { ChatRef } from '../../src/core/ports/chat-memory.js';
import { silentLogger } from '../../src/core/ports/logger.js';
import type { Reply } from '../../src/core/replies/reply.js';
import { plainText } from '../../src/core/replies/build.js';
import { createFeedHttp, type FeedHttp } from '../../src/feeds/feed-http.js';
import { FeedPoller } from '../../src/feeds/feed-poller.js';
import { createLimiter } from '../../src/core/async/limiter.js';
import { MemoryFeedStore } from '../../src/feeds/memory-feed-store.js';
import { anyAddress } from '../../src/feeds/safe-address.js';
import { FakeClock } from '../support/fake-clock.js';
import { createRecordingLogger, type LogEntry } from '../support/recording-logger.js';
import { longText, rssDocument, type ItemSpec } from '../support/feed-documents.js';
import {
  send,
  startFixtureServer,
  withEtag,
  type FixtureServer,
} from '../support/fixture-server.js';

const MINUTE = 60_000;
const CHAT: ChatRef = { platform: 'test', id: 'newsroom' };
const page = readFileSync(
  new URL('../fixtures/pages/tunnel-article.html', import.meta.url),
  'utf8',
);

let server: FixtureServer;
let http: FeedHttp;
let clock: FakeClock;
let store: MemoryFeedStore;
let index: ArticleIndex;
let articles: MemoryArticleStore;
let notices: { chat: ChatRef; reply: Reply }[];
let poller: FeedPoller;

beforeEach(async () => {
  server = await startFixtureServer();
  http = createFeedHttp({ policy: anyAddress, timeoutMs: 3_000 });
  clock = new FakeClock('2026-11-26T12:00:00Z');
  store = new MemoryFeedStore();
  articles = new MemoryArticleStore();
  index = articles.index;
  notices = [];
  poller = new FeedPoller({
    store,
    index: articles,
    http,
    limiter: createLimiter({ perKey: 2, total: 8 }),
    clock,
    logger: silentLogger,
    notify: (chat, compose) => {
      notices.push({ chat, reply: compose(catalogue.translator('en')) });
      return Promise.resolve();
    },
  });
});
afterEach(async () => {
  await http.close();
  await server.close();
});

const hoursAgo = (h: number) => new Date(clock.now().getTime() - h * 3_600_000);
const item = (n: number, extra: Partial<ItemSpec> = {}): ItemSpec => ({
  title: `Story number ${n}`,
  link: server.url(`/articles/${n}?utm_source=rss`),
  guid: `guid-${n}`,
  date: hoursAgo(n),
  content: `<p>${longText(`story ${n}`)}</p>`,
  ...extra,
});
function serveFeed(
  path: string,
  items: ItemSpec[],
  extra: { ttl?: number; headers?: Record<string, string> } = {},
) {
  server.route(
    path,
    send(rssDocument({ title: 'Harbour Courier', ...extra }, items), extra.headers),
  );
  return server.url(path);
}

describe('FeedPoller', () => {
  it('turns items into articles: canonical URL, publisher, paragraph sources, tags, first date', async () => {
    const url = serveFeed('/feed.xml', [item(1, { categories: ['Transport'] }), item(2)]);
    poller.track(url);
    await poller.runDue();
    expect(index.size).toBe(2);
    const article = index.findByUrl(server.url('/articles/1'));
    expect(article).toMatchObject({
      title: 'Story number 1',
      url: server.url('/articles/1'),
      publisher: 'Harbour Courier',
      tags: ['transport'],
      origin: { kind: 'feed', feedUrl: url, itemId: 'guid-1' },
    });
    expect(article?.publishedAt).toEqual(hoursAgo(1));
    expect(article?.paragraphs[0]).toEqual({
      text: longText('story 1'),
      source: 'Harbour Courier',
    });
    expect(await store.getFeed(url)).toMatchObject({
      title: 'Harbour Courier',
      consecutiveFailures: 0,
      lastSuccessAt: clock.now(),
      nextPollAt: new Date(clock.now().getTime() + 15 * MINUTE),
    });
  });

  it('fetches the page of a teaser item and takes its main text', async () => {
    server.route('/articles/tunnel', send(page, { 'content-type': 'text/html; charset=utf-8' }));
    const url = serveFeed('/feed.xml', [
      {
        title: 'Harbour tunnel reopens',
        link: server.url('/articles/tunnel'),
        date: hoursAgo(1),
        description: 'The tunnel reopened. Read more…',
      },
    ]);
    poller.track(url);
    await poller.runDue();
    const article = index.findByUrl(server.url('/articles/tunnel'));
    expect(article?.paragraphs.map((p) => p.text)).toContain(
      'Tolls stay suspended until the end of the month to make up for the disruption, the council said in a statement on Sunday evening.',
    );
    expect(article?.paragraphs.every((p) => p.source === 'Harbour Courier')).toBe(true);
    expect(server.requests.at(-1)?.headers.accept).toMatch(/^text\/html/);
  });

  it('takes the og:image of a page it fetches for the text; an item’s own picture comes first', async () => {
    const tagged = page.replace(
      '<head>',
      '<head><meta property="og:image" content="https://img.example.com/tunnel.jpg">',
    );
    server.route('/articles/tunnel', send(tagged, { 'content-type': 'text/html; charset=utf-8' }));
    server.route('/articles/own', send(tagged, { 'content-type': 'text/html; charset=utf-8' }));
    const url = serveFeed('/feed.xml', [
      {
        title: 'Tunnel',
        link: server.url('/articles/tunnel'),
        date: hoursAgo(1),
        description: 'Short.',
      },
      {
        title: 'Own picture',
        link: server.url('/articles/own'),
        date: hoursAgo(1),
        description: 'Short.',
        image: 'https://img.example.com/own.jpg',
      },
      { ...item(3), image: 'javascript:alert(1)' },
    ]);
    poller.track(url);
    await poller.runDue();
    expect(index.findByUrl(server.url('/articles/tunnel'))?.image).toBe(
      'https://img.example.com/tunnel.jpg',
    );
    expect(index.findByUrl(server.url('/articles/own'))?.image).toBe(
      'https://img.example.com/own.jpg',
    );
    expect(index.findByUrl(server.url('/articles/3'))?.image).toBeUndefined();
    // The feed and the two teasers' pages, nothing else: pictures are Discord's and Telegram's to fetch.
    expect(server.requests.map((r) => r.path).sort()).toEqual([
      '/articles/own',
      '/articles/tunnel',
      '/feed.xml',
    ]);
  });

  it('keeps the teaser when the page cannot be read', async () => {
    const url = serveFeed('/feed.xml', [
      {
        title: 'Gone page',
        link: server.url('/articles/missing'),
        date: hoursAgo(1),
        description: 'Only this teaser survives.',
      },
    ]);
    poller.track(url);
    await poller.runDue();
    expect(index.findByUrl(server.url('/articles/missing'))?.paragraphs).toEqual([
      { text: 'Only this teaser survives.', source: 'Harbour Courier' },
    ]);
  });

  it('never logs the user name and password of a feed or of an item’s link', async () => {
    const log: LogEntry[] = [];
    const logged = new FeedPoller({
      store,
      index: articles,
      http,
      limiter: createLimiter({ perKey: 2, total: 8 }),
      clock,
      logger: createRecordingLogger(log),
      notify: () => Promise.resolve(),
    });
    const secretLink = server.url('/articles/missing').replace('//', '//bob:linkPW@');
    serveFeed('/teaser.xml', [
      { title: 'Gone page', link: secretLink, date: hoursAgo(1), description: 'A teaser.' },
    ]);
    const url = server.url('/teaser.xml').replace('//', '//alice:s3cretPW@');
    logged.track(url);
    await logged.runDue();
    expect(log.find((e) => e.message === 'no full text; kept the teaser')?.fields).toEqual({
      feed: server.url('/teaser.xml'),
      link: server.url('/articles/missing'),
    });
    server.route('/teaser.xml', send('gone', {}, 500));
    clock.advance(60 * MINUTE);
    await logged.runDue();
    expect(log.map((e) => e.message)).toContain('feed read failed');
    expect(JSON.stringify(log)).not.toMatch(/s3cretPW|linkPW|alice|bob/);
  });

  it('keeps the teaser when the link is not a web page', async () => {
    server.route(
      '/report.pdf',
      send(`%PDF-1.4 ${longText('pdf')}`, { 'content-type': 'application/pdf' }),
    );
    const url = serveFeed('/feed.xml', [
      {
        title: 'Annual report',
        link: server.url('/report.pdf'),
        date: hoursAgo(1),
        description: 'The report is out.',
      },
    ]);
    poller.track(url);
    await poller.runDue();
    expect(server.count('/report.pdf')).toBe(1);
    expect(index.findByUrl(server.url('/report.pdf'))?.paragraphs.map((p) => p.text)).toEqual([
      'The report is out.',
    ]);
  });

  it('polls each feed on its own interval and sends validators, handling 304', async () => {
    server.route('/etag.xml', withEtag(rssDocument({ title: 'E' }, [item(1)]), '"v1"'));
    const url = server.url('/etag.xml');
    poller.track(url);
    await poller.runDue();
    clock.advance(10 * MINUTE);
    await poller.runDue();
    expect(server.count('/etag.xml')).toBe(1);
    clock.advance(5 * MINUTE);
    await poller.runDue();
    expect(server.count('/etag.xml')).toBe(2);
    expect(server.requests.at(-1)?.headers['if-none-match']).toBe('"v1"');
    expect(await store.getFeed(url)).toMatchObject({ lastSuccessAt: clock.now(), etag: '"v1"' });
    expect(index.size).toBe(1);
  });

  it('reads a feed in full once after a restart, though its state says it is not due and unchanged', async () => {
    server.route('/etag.xml', withEtag(rssDocument({ title: 'E' }, [item(1), item(2)]), '"v1"'));
    const url = server.url('/etag.xml');
    poller.track(url);
    await poller.runDue();
    const fresh = (await store.freshItemsSince(hoursAgo(48))).length;
    // A new process over the same store: an empty index, the feed not due for 15 minutes.
    const restartedIndex = new MemoryArticleStore();
    const restarted = new FeedPoller({
      store,
      index: restartedIndex,
      http,
      limiter: createLimiter({ perKey: 2, total: 8 }),
      clock,
      logger: silentLogger,
      notify: () => Promise.resolve(),
    });
    restarted.track(url);
    clock.advance(MINUTE);
    await restarted.runDue();
    expect(server.count('/etag.xml')).toBe(2);
    expect(server.requests.at(-1)?.headers['if-none-match']).toBeUndefined();
    expect(restartedIndex.index.size).toBe(2);
    expect((await store.freshItemsSince(hoursAgo(48))).length).toBe(fresh);
    // From then on it waits for its interval and sends its validators again.
    await restarted.runDue();
    expect(server.count('/etag.xml')).toBe(2);
    clock.advance(15 * MINUTE);
    await restarted.runDue();
    expect(server.requests.at(-1)?.headers['if-none-match']).toBe('"v1"');
  });

  it.each([
    ['a ttl of 60 minutes', { ttl: 60 }, 60],
    ['Cache-Control max-age of 2 hours', { headers: { 'cache-control': 'max-age=7200' } }, 120],
    [
      'a max-age of 10 seconds (raised to 5 minutes)',
      { headers: { 'cache-control': 'max-age=10' } },
      5,
    ],
    ['a ttl of a week (cut to 24 hours)', { ttl: 7 * 24 * 60 }, 24 * 60],
  ])('honours %s', async (_name, extra, minutes) => {
    const url = serveFeed('/feed.xml', [item(1)], extra);
    poller.track(url);
    await poller.runDue();
    expect((await store.getFeed(url))?.nextPollAt).toEqual(
      new Date(clock.now().getTime() + minutes * MINUTE),
    );
  });

  it('plans a fleet read from when it was due, so a late tick does not stretch the interval', async () => {
    const url = serveFeed('/feed.xml', [item(1)]);
    poller.track(url);
    const times: number[] = [];
    // Each read runs 40 s after its time (a tick's delay): still every 15 minutes on the clock.
    for (let read = 0; read < 4; read++) {
      expect(await poller.pollClaimed(url)).toMatchObject({ ok: true });
      const next = (await store.getFeed(url))!.nextPollAt;
      times.push(next.getTime());
      clock.set(new Date(next.getTime() + 40_000));
    }
    const gaps = times.slice(1).map((t, i) => (t - (times[i] ?? 0)) / MINUTE);
    expect(gaps).toEqual([15, 15, 15]);
    expect(server.count('/feed.xml')).toBe(4);
    // A read more than half an interval late (the fleet was down) plans from itself.
    clock.set(new Date((times.at(-1) ?? 0) + 10 * MINUTE));
    expect(await poller.pollClaimed(url)).toMatchObject({ ok: true });
    expect((await store.getFeed(url))?.nextPollAt).toEqual(
      new Date(clock.now().getTime() + 15 * MINUTE),
    );
  });

  it('backs off after failures, pauses after 5 and tells the subscribed channels once', async () => {
    server.route('/flaky.xml', send('oops', {}, 500));
    const url = server.url('/flaky.xml');
    await store.addSubscription(CHAT, url, clock.now());
    poller.track(url);
    const delays: number[] = [];
    for (let i = 0; i < 7; i++) {
      await poller.runDue();
      const record = await store.getFeed(url);
      delays.push((record!.nextPollAt.getTime() - clock.now().getTime()) / MINUTE);
      clock.set(record!.nextPollAt);
    }
    expect(delays).toEqual([15, 30, 60, 120, 24 * 60, 24 * 60, 24 * 60]);
    const record = await store.getFeed(url);
    expect(record).toMatchObject({
      paused: true,
      moderatorsTold: true,
      consecutiveFailures: 7,
      lastError: 'the server answered HTTP 500 Internal Server Error',
    });
    expect(notices).toHaveLength(1);
    expect(notices[0]?.chat).toEqual(CHAT);
    expect(
      notices[0]?.reply.blocks
        .map((b) => (b.type === 'paragraph' ? plainText(b.content) : ''))
        .join(' '),
    ).toContain(
      'failed 5 times in a row; the last error: the server answered HTTP 500 Internal Server Error.',
    );

    server.route('/flaky.xml', send(rssDocument({ title: 'Back' }, [item(1)])));
    await poller.runDue();
    expect(await store.getFeed(url)).toMatchObject({
      paused: false,
      moderatorsTold: false,
      consecutiveFailures: 0,
    });
  });

  it('waits at least as long as Retry-After asks', async () => {
    server.route('/busy.xml', send('busy', { 'retry-after': '7200' }, 503));
    const url = server.url('/busy.xml');
    poller.track(url);
    await poller.runDue();
    expect((await store.getFeed(url))?.nextPollAt).toEqual(
      new Date(clock.now().getTime() + 120 * MINUTE),
    );
  });

  it('counts a document that is not a feed as a failure with the reason', async () => {
    server.route(
      '/page',
      send('<!doctype html><html><body>Hi</body></html>', { 'content-type': 'text/html' }),
    );
    poller.track(server.url('/page'));
    await poller.runDue();
    expect(await store.getFeed(server.url('/page'))).toMatchObject({
      consecutiveFailures: 1,
      lastError: 'it is a web page, not an RSS or Atom feed',
    });
  });

  it('does not make an item new again when its guid, date or both guid and link change', async () => {
    const url = serveFeed('/feed.xml', [item(1)]);
    poller.track(url);
    await poller.runDue();
    const afterFirst = clock.now();
    for (const changed of [
      item(1, { guid: 'guid-1-renamed' }),
      item(1, { guid: 'guid-1-renamed', date: hoursAgo(0) }),
      item(1, { guid: 'guid-again', link: server.url('/moved/1') }),
    ]) {
      clock.advance(20 * MINUTE);
      serveFeed('/feed.xml', [changed]);
      await poller.runDue();
    }
    expect(await store.freshItemsSince(afterFirst, [url])).toEqual([]);
    expect(index.size).toBe(1);
    expect(index.all()[0]?.publishedAt).toEqual(hoursAgo(1 + 1));
  });

  it('takes only recent items of a new feed as news, and every later item', async () => {
    const items = Array.from({ length: 30 }, (_, i) => item(i + 1));
    const url = serveFeed('/feed.xml', items);
    poller.track(url);
    const before = new Date(clock.now().getTime() - 1);
    await poller.runDue();
    const fresh = await store.freshItemsSince(before, [url]);
    expect(fresh.map((i) => i.itemKey)).toHaveLength(10);
    expect(fresh.map((i) => i.itemKey).sort()).toEqual(
      Array.from({ length: 10 }, (_, i) => `guid-${i + 1}`).sort(),
    );
    expect(index.size).toBe(30);
    clock.advance(20 * MINUTE);
    const next = clock.now();
    serveFeed('/feed.xml', [item(0, { date: clock.now() }), ...items]);
    await poller.runDue();
    expect((await store.freshItemsSince(next, [url])).map((i) => i.itemKey)).toEqual([]);
    expect(
      (await store.freshItemsSince(new Date(next.getTime() - 1), [url])).map((i) => i.itemKey),
    ).toEqual(['guid-0']);
  });

  it('makes one article of a story that two feeds carry', async () => {
    const a = serveFeed('/a.xml', [item(1)]);
    const b = serveFeed('/b.xml', [
      item(1, { guid: 'other-guid', link: server.url('/articles/1?utm_campaign=b&utm_medium=x') }),
    ]);
    poller.track(a);
    poller.track(b);
    await poller.runDue();
    expect(index.size).toBe(1);
    expect(await store.freshItemsSince(new Date(0), [b])).toHaveLength(1);
  });

  it('reads at most 2 feeds of one host at a time', async () => {
    let running = 0;
    let most = 0;
    for (let n = 0; n < 6; n++) {
      server.route(`/slow-${n}.xml`, (_request, response) => {
        running++;
        most = Math.max(most, running);
        setTimeout(() => {
          running--;
          response.writeHead(200, { 'content-type': 'application/rss+xml' });
          response.end(rssDocument({ title: `F${n}` }, []));
        }, 40);
      });
      poller.track(server.url(`/slow-${n}.xml`));
    }
    await poller.runDue();
    expect(server.requests.filter((r) => r.path.startsWith('/slow-'))).toHaveLength(6);
    expect(most).toBe(2);
  });

  it('forgets the articles of a feed it stops polling', async () => {
    const url = serveFeed('/feed.xml', [item(1), item(2)]);
    poller.track(url);
    await poller.runDue();
    await poller.untrack(url);
    expect(index.size).toBe(0);
    clock.advance(60 * MINUTE);
    await poller.runDue();
    expect(server.count('/feed.xml')).toBe(1);
  });
});
