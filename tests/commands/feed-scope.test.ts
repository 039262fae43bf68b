import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ChatRef } from '../../src/core/ports/chat-memory.js';
import { draft } from '../support/builders.js';
import { createFeedBot, stopFeedBots } from '../support/feed-bot.js';
import { longText, rssDocument, type ItemSpec } from '../support/feed-documents.js';
import { send, startFixtureServer, type FixtureServer } from '../support/fixture-server.js';
import { MODERATOR } from '../support/test-services.js';

/** The chat whose moderator added a feed of their own. */
const OWNER: ChatRef = { platform: 'test', id: 'owner' };
/** Any other chat: it has no feeds of its own. */
const OTHER: ChatRef = { platform: 'test', id: 'other' };

let server: FixtureServer;
const story = (title: string, path: string, topic: string): ItemSpec => ({
  title,
  link: server.url(path),
  date: new Date('2026-11-26T11:00:00Z'),
  content: `<p>${longText(topic)}</p>`,
});
beforeAll(async () => {
  server = await startFixtureServer();
  server.route(
    '/operator.xml',
    send(rssDocument({ title: 'Harbour Courier' }, [story('Harbour story', '/a/1', 'harbour')])),
  );
  server.route(
    '/own.xml',
    send(rssDocument({ title: 'Private Letter' }, [story('Secret plans', '/p/1', 'harbour')])),
  );
  // A channel's feed that claims the operator's story with words of its own.
  server.route(
    '/claim.xml',
    send(rssDocument({ title: 'Claimer' }, [story('FAKE: harbour closed', '/a/1', 'lies')])),
  );
});
afterEach(stopFeedBots);
afterAll(() => server.close());

async function setup() {
  const one = createFeedBot({
    feedsTxt: `${server.url('/operator.xml')}\n`,
    files: [
      draft({ title: 'Town hall file story', publishedAt: new Date('2026-11-26T10:00:00Z') }),
    ],
  });
  await one.feeds.start();
  const added = await one.bot.send(`/feeds add ${server.url('/own.xml')}`, OWNER, MODERATOR);
  expect(added.text).toContain('Added Private Letter');
  return one;
}

describe('what a chat sees of feeds', () => {
  it('lists files, the operator’s feeds and its own feeds in /news, not other chats’ feeds', async () => {
    const { bot } = await setup();
    const other = (await bot.send('/news', OTHER)).text;
    expect(other).toContain('Harbour story');
    expect(other).toContain('Town hall file story');
    expect(other).not.toContain('Secret plans');
    expect(other).toContain('(2 of 2)');
    expect((await bot.send('/news', OWNER)).text).toContain('Secret plans');
  });

  it('searches only what the chat may see', async () => {
    const { bot } = await setup();
    const other = (await bot.send('/search harbour', OTHER)).text;
    expect(other).toContain('Harbour story');
    expect(other).not.toContain('Secret plans');
    expect((await bot.send('/search harbour', OWNER)).text).toContain('Secret plans');
  });

  it('resolves no reference to another chat’s feed article: title, URL, id or number', async () => {
    const { bot, index } = await setup();
    const secret = index.all().find((a) => a.title === 'Secret plans');
    expect(secret).toBeDefined();
    expect((await bot.send('/summary Secret plans', OTHER)).text).toContain(
      'No article title matches "Secret plans".',
    );
    expect((await bot.send(`/summary ${server.url('/p/1')}`, OTHER)).text).toContain(
      'No loaded article has that URL.',
    );
    expect(secret?.id).toBe('secret-plans');
    expect((await bot.send('/source secret-plans', OTHER)).text).toContain(
      'No article title matches "secret-plans".',
    );
    // Before any list, numbers count the articles /news would show this chat.
    expect((await bot.send('/summary 3', OTHER)).text).toContain(
      'There are 2 articles; there is no number 3.',
    );
    expect((await bot.send('/summary Secret plans', OWNER)).text).toContain('Secret plans');
  });

  it('keeps the operator’s version of a story that a channel’s feed also claims', async () => {
    const one = createFeedBot({ feedsTxt: `${server.url('/operator.xml')}\n` });
    const since = new Date(one.clock.now().getTime() - 1);
    // The channel's feed is read first (before the operator's list is), as after a restart.
    expect((await one.feeds.service.add(OWNER, server.url('/claim.xml'))).ok).toBe(true);
    expect(one.titles()).toEqual(['FAKE: harbour closed']);
    await one.feeds.start();
    expect(one.titles()).toEqual(['Harbour story']);
    const digest = await one.feeds.service.freshArticles(OTHER, since);
    expect(digest.articles.map((a) => [a.title, a.publisher])).toEqual([
      ['Harbour story', 'Harbour Courier'],
    ]);
    // Read again, the channel's feed does not take it back.
    one.clock.advance(60 * 60_000);
    await one.scheduler.tick();
    expect(one.titles()).toEqual(['Harbour story']);
  });
});
