import type { ServerResponse } from 'node:http';
import { renderPlainText } from '../../src/adapters/console/render-plain-text.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ChatRef } from '../../src/core/ports/chat-memory.js';
import { MemoryFeedStore } from '../../src/feeds/memory-feed-store.js';
import { FIRST_ROUND_LIMIT_MS, POLL_TICK_MS } from '../../src/feeds/start-feeds.js';
import { createFeedBot, stopFeedBots } from '../support/feed-bot.js';
import { longText, rssDocument } from '../support/feed-documents.js';
import { send, startFixtureServer, type FixtureServer } from '../support/fixture-server.js';

const CHAT: ChatRef = { platform: 'test', id: 'newsroom' };
/** FakeClock's default time. */
const START = '2026-11-26T12:00:00Z';

let server: FixtureServer;
/** Answers of the gated route that wait for `release()`. */
const held: ServerResponse[] = [];

const feedOf = (name: string) =>
  rssDocument({ title: `${name} Courier` }, [
    {
      title: `${name} story`,
      link: server.url(`/articles/${name}`),
      guid: `${name}-1`,
      date: new Date(Date.parse(START) - 60_000),
      content: `<p>${longText(name)}</p>`,
    },
  ]);

beforeAll(async () => {
  server = await startFixtureServer();
  server.route('/harbour.xml', send(feedOf('Harbour')));
  server.route('/ferry.xml', send(feedOf('Ferry')));
  server.route('/gated.xml', (_request, response) => {
    held.push(response);
  });
});
afterEach(async () => {
  release();
  await stopFeedBots();
});
afterAll(() => server.close());

function release() {
  for (const response of held.splice(0)) {
    response.writeHead(200, { 'content-type': 'application/rss+xml' });
    response.end(feedOf('Gated'));
  }
}

describe('starting feeds', () => {
  it('resolves only when the first round of reads is done, so start-up digests have its items', async () => {
    const one = createFeedBot({ feedsTxt: `${server.url('/harbour.xml')}\n` });
    await one.store.addSubscription(CHAT, server.url('/ferry.xml'), one.clock.now());
    await one.feeds.start();
    expect(one.titles().sort()).toEqual(['Ferry story', 'Harbour story']);
    // The time limit was cancelled; only the next polling tick is waiting.
    expect(one.scheduler.tasks.map((t) => t.ms)).toEqual([POLL_TICK_MS]);
  });

  it('stops waiting after the time limit, says so, and lets the round finish', async () => {
    expect(FIRST_ROUND_LIMIT_MS).toBe(20_000);
    const one = createFeedBot({
      feedsTxt: `${server.url('/gated.xml')}\n`,
      firstRoundLimitMs: 5_000,
    });
    let started = false;
    const start = one.feeds.start().then(() => (started = true));
    // The time limit, and the next tick (the round's reads are jobs; the tick does not wait for them).
    await expect.poll(() => one.scheduler.tasks.map((t) => t.ms).sort()).toEqual([30_000, 5_000]);
    await expect.poll(() => held.length).toBe(1);
    expect(started).toBe(false);
    const limit = one.scheduler.tasks.findIndex((t) => t.ms === 5_000);
    one.scheduler.tasks.splice(limit, 1)[0]?.task();
    await start;
    expect(one.index.size).toBe(0);
    expect(one.log.filter((e) => e.level === 'warn').map((e) => e.message)).toEqual([
      'first feed reads not done in time; starting without them (their items go to later digests)',
    ]);
    release();
    await expect.poll(() => one.titles()).toEqual(['Gated story']);
    await expect.poll(() => one.scheduler.tasks.map((t) => t.ms)).toEqual([POLL_TICK_MS]);
  });

  it('reports a feeds.txt line whose credentials cannot be decoded once, and polls the rest', async () => {
    const one = createFeedBot({
      feedsTxt: `http://%zz:x@example.com/\n${server.url('/harbour.xml')}\n`,
    });
    await one.feeds.start();
    one.clock.advance(60 * 60_000);
    await one.scheduler.tick();
    await one.scheduler.tick();
    expect(one.titles()).toEqual(['Harbour story']);
    expect(one.feeds.poller.trackedUrls()).toEqual([server.url('/harbour.xml')]);
    expect(one.log.filter((e) => e.level !== 'info' && e.level !== 'debug')).toEqual([
      {
        level: 'warn',
        fields: expect.objectContaining({ line: 1 }) as unknown,
        message:
          'feeds.txt line 1: the user name or password in the URL has a % that is not followed by two hex digits',
      },
    ]);
  });
});

describe('feeds shared by several processes', () => {
  it('reads each feed once for the fleet: another process serves its stories from the shared store', async () => {
    const store = new MemoryFeedStore();
    const a = createFeedBot({ store });
    const b = createFeedBot({
      store,
      articles: a.articles,
      feedsTxt: `${server.url('/harbour.xml')}\n`,
    });
    const harbourBefore = server.count('/harbour.xml');
    const ferryBefore = server.count('/ferry.xml');
    await b.feeds.start();
    await a.feeds.start();
    expect(b.titles()).toEqual(['Harbour story']);

    const since = new Date(b.clock.now().getTime() - 1);
    const added = await a.feeds.service.add(CHAT, server.url('/ferry.xml'));
    expect(added.ok).toBe(true);
    // B never read the ferry feed: its story is in the store A wrote to.
    const fresh = await b.feeds.service.freshArticles(CHAT, since);
    expect(fresh.articles.map((x) => x.title)).toEqual(['Ferry story']);
    expect(renderPlainText((await b.bot.services.digests.preview(CHAT)).reply)).toContain(
      'Ferry story',
    );

    // B's tick takes the new feed up; A read it a moment ago, so nobody reads it again yet.
    await b.scheduler.tick();
    await a.scheduler.tick();
    expect(b.feeds.poller.trackedUrls().sort()).toEqual(
      [server.url('/ferry.xml'), server.url('/harbour.xml')].sort(),
    );
    expect(server.count('/harbour.xml') - harbourBefore).toBe(1);
    expect(server.count('/ferry.xml') - ferryBefore).toBe(1);

    await a.feeds.service.remove(CHAT, '1');
    await b.scheduler.tick();
    // Nobody subscribes any more: B stops reading it and its articles go; the operator's stay.
    expect(b.feeds.poller.trackedUrls()).toEqual([server.url('/harbour.xml')]);
    expect(b.titles()).toEqual(['Harbour story']);
  });
});
