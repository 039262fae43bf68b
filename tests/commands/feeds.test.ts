import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ChatRef } from '../../src/core/ports/chat-memory.js';
import { POLL_TICK_MS } from '../../src/feeds/start-feeds.js';
import { createFeedBot, stopFeedBots } from '../support/feed-bot.js';
import { longText, rssDocument } from '../support/feed-documents.js';
import { send, startFixtureServer, type FixtureServer } from '../support/fixture-server.js';
import { MEMBER, MODERATOR, TEST_CHAT } from '../support/test-services.js';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
  const items = [1, 2, 3].map((n) => ({
    title: `Harbour story ${n}`,
    link: server.url(`/articles/${n}`),
    guid: `h-${n}`,
    date: new Date(Date.parse('2026-11-26T11:00:00Z') - n * 60_000),
    content: `<p>${longText(`harbour ${n}`)}</p>`,
  }));
  server.route('/feed.xml', send(rssDocument({ title: 'Harbour Courier' }, items)));
  server.route('/other.xml', send(rssDocument({ title: 'Other Gazette' }, [])));
  server.route(
    '/private.xml',
    send(
      rssDocument({ title: 'Private Letter' }, [
        {
          title: 'Private story about the harbour',
          link: server.url('/private/1'),
          date: new Date('2026-11-26T11:30:00Z'),
          content: `<p>${longText('private harbour')}</p>`,
        },
      ]),
    ),
  );
  server.route(
    '/page.html',
    send('<!doctype html><html><body>Not a feed</body></html>', { 'content-type': 'text/html' }),
  );
});
afterEach(stopFeedBots);
afterAll(() => server.close());

function setup(options: { allowPrivate?: boolean; feedsTxt?: string } = {}) {
  return createFeedBot(options);
}

describe('/feeds', () => {
  it('says a channel without feeds draws on the bot’s articles and the operator’s feeds', async () => {
    const { bot } = setup();
    const { text } = await bot.send('/feeds');
    expect(text).toContain(
      'This channel has no feeds of its own: its digest draws on the bot’s own articles and the operator’s feeds.',
    );
  });

  it('refuses changes from members', async () => {
    const { bot } = setup();
    const { reply, text } = await bot.send(
      `/feeds add ${server.url('/feed.xml')}`,
      TEST_CHAT,
      MEMBER,
    );
    expect(reply.tone).toBe('refusal');
    expect(text).toContain('Only moderators can change the feeds of this channel.');
    expect(server.count('/feed.xml')).toBe(0);
  });

  it('adds a feed after reading it, then lists it and shows its items in /news', async () => {
    const { bot } = setup();
    const added = await bot.send(`/feeds add ${server.url('/feed.xml')}`, TEST_CHAT, MODERATOR);
    expect(added.reply.tone).toBe('answer');
    expect(added.text).toContain('Added Harbour Courier');
    expect(added.text).toContain('— 3 items now.');
    const listed = await bot.send('/feeds');
    expect(listed.text).toMatch(
      /1\. Harbour Courier <http:\/\/127\.0\.0\.1:\d+\/feed\.xml> — last read just now/,
    );
    const news = await bot.send('/news');
    expect(news.text).toContain('1. Harbour story 1');
    expect(news.text).toContain('Harbour Courier');
    const again = await bot.send(`/feeds add ${server.url('/feed.xml')}`, TEST_CHAT, MODERATOR);
    expect(again.text).toContain('Already a feed of this channel');
  });

  it('takes Discord-style option values as well as words', async () => {
    const { bot } = setup();
    const reply = await bot.dispatcher.dispatch({
      name: 'feeds',
      args: { kind: 'values', values: { action: 'add', target: server.url('/other.xml') } },
      chat: TEST_CHAT,
      caller: MODERATOR,
    });
    expect(reply.tone).toBe('answer');
  });

  it.each([
    ['/missing.xml', 'the server answered HTTP 404 Not Found'],
    ['/page.html', 'it is a web page, not an RSS or Atom feed'],
  ])('explains why %s cannot be added', async (path, reason) => {
    const { bot, store } = setup();
    const { reply, text } = await bot.send(`/feeds add ${server.url(path)}`, TEST_CHAT, MODERATOR);
    expect(reply.tone).toBe('error');
    expect(text).toBe(`Could not add ${server.url(path)}: ${reason}.`);
    expect(await store.listSubscriptions(TEST_CHAT)).toEqual([]);
  });

  it('refuses file: URLs, and private addresses unless allowed, without echoing credentials', async () => {
    const { bot } = setup({ allowPrivate: false });
    expect((await bot.send('/feeds add file:///etc/passwd', TEST_CHAT, MODERATOR)).text).toBe(
      'Could not add file:///etc/passwd: only http and https addresses can be feeds, not file:.',
    );
    const url = `http://admin:hunter2@127.0.0.1:${server.port}/feed.xml`;
    const { text } = await bot.send(`/feeds add ${url}`, TEST_CHAT, MODERATOR);
    expect(text).toBe(
      `Could not add http://127.0.0.1:${server.port}/feed.xml: refused: 127.0.0.1 is a private or internal address (FEEDS_ALLOW_PRIVATE is off).`,
    );
    expect(text).not.toContain('hunter2');
  });

  it('removes a feed by number or URL, and its articles with it', async () => {
    const { bot, index } = setup();
    await bot.send(`/feeds add ${server.url('/feed.xml')}`, TEST_CHAT, MODERATOR);
    await bot.send(`/feeds add ${server.url('/other.xml')}`, TEST_CHAT, MODERATOR);
    expect((await bot.send('/feeds remove 3', TEST_CHAT, MODERATOR)).text).toContain(
      'This channel has feeds 1 to 2; there is no number 3.',
    );
    const removed = await bot.send('/feeds remove 1', TEST_CHAT, MODERATOR);
    expect(removed.text).toContain('Removed Harbour Courier');
    expect(removed.text).toContain('One feed is left.');
    expect(index.size).toBe(0);
    const byUrl = await bot.send(`/feeds remove ${server.url('/other.xml')}`, TEST_CHAT, MODERATOR);
    expect(byUrl.text).toContain('This channel has no feeds left');
  });

  it('asks for what is missing', async () => {
    const { bot } = setup();
    const { reply, text } = await bot.send('/feeds add', TEST_CHAT, MODERATOR);
    expect(reply.tone).toBe('usage');
    expect(text).toContain('add needs the feed’s URL.');
  });
});

describe('feeds for digests and the operator list', () => {
  it('gives a channel the fresh articles of its own feeds, or of the operator’s when it has none', async () => {
    const { bot, feeds } = setup({ feedsTxt: `${server.url('/feed.xml')}\n` });
    const since = new Date(bot.clock.now().getTime() - 1);
    await feeds.start();
    const other: ChatRef = { platform: 'test', id: 'other' };
    await bot.send(`/feeds add ${server.url('/other.xml')}`, TEST_CHAT, MODERATOR);
    await bot.send(`/feeds add ${server.url('/private.xml')}`, other, MODERATOR);
    expect(await feeds.service.freshArticles(TEST_CHAT, since)).toEqual({ articles: [] });
    const forOther = await feeds.service.freshArticles(other, since);
    expect(forOther.articles.map((a) => a.title)).toEqual(['Private story about the harbour']);
    // A channel without feeds gets the operator's feeds, never another channel's.
    const newcomer = await feeds.service.freshArticles({ platform: 'test', id: 'new' }, since);
    expect(newcomer.articles.map((a) => a.title).sort()).toEqual([
      'Harbour story 1',
      'Harbour story 2',
      'Harbour story 3',
    ]);
    expect(newcomer.unresolvedFrom).toBeUndefined();
  });

  it('reads feeds.txt at start and polls its feeds for everyone on the scheduler’s beat', async () => {
    const { bot, feeds, index, scheduler } = setup({
      feedsTxt: `# operator feeds\n${server.url('/feed.xml')}  # the courier\n\nnot a url\n`,
    });
    await feeds.start();
    expect(index.size).toBe(3);
    expect(scheduler.tasks.map((t) => t.ms)).toEqual([POLL_TICK_MS]);
    expect((await bot.send('/feeds')).text).toContain(
      'The operator’s list adds one feed for every channel.',
    );
    await feeds.stop();
    expect(scheduler.tasks).toEqual([]);
  });
});
