import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../src/core/i18n/catalogue.js';
import { inWords } from '../../src/core/i18n/translator.js';
import type { ChatRef } from '../../src/core/ports/chat-memory.js';
import type { FeedItemRecord } from '../../src/core/ports/feed-store.js';
import {
  HOLD_BACK_LIMIT_MS,
  MAX_FEEDS_PER_CHAT,
  MAX_SUBSCRIBED_FEEDS,
} from '../../src/feeds/feed-service.js';
import { MemoryFeedStore } from '../../src/feeds/memory-feed-store.js';
import { createFeedBot, stopFeedBots } from '../support/feed-bot.js';
import { rssDocument } from '../support/feed-documents.js';
import { send, startFixtureServer, type FixtureServer } from '../support/fixture-server.js';

const CHAT: ChatRef = { platform: 'test', id: 'newsroom' };
const HOUR = 3_600_000;

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
  server.route('/empty.xml', send(rssDocument({ title: 'Empty Gazette' }, [])));
  server.route('/other.xml', send(rssDocument({ title: 'Other Gazette' }, [])));
});
afterEach(stopFeedBots);
afterAll(() => server.close());

function itemRecord(feedUrl: string, firstSeenAt: Date, key = 'item-1'): FeedItemRecord {
  return {
    feedUrl,
    itemKey: key,
    articleKey: `feed:${feedUrl}#${key}`,
    contentHash: key,
    firstSeenAt,
    publishedAt: firstSeenAt,
    fresh: true,
  };
}

describe('fresh feed articles for a digest', () => {
  it('waits for an item of a feed this process cannot read for at most a day', async () => {
    const one = createFeedBot();
    const url = 'https://unread.example/feed.xml';
    await one.store.addSubscription(CHAT, url, one.clock.now());
    const now = one.clock.now().getTime();
    const recent = new Date(now - HOLD_BACK_LIMIT_MS + HOUR);
    await one.store.saveItem(itemRecord(url, new Date(now - HOLD_BACK_LIMIT_MS - HOUR), 'old'));
    await one.store.saveItem(itemRecord(url, recent, 'recent'));
    const fresh = await one.feeds.service.freshArticles(
      CHAT,
      new Date(now - 3 * HOLD_BACK_LIMIT_MS),
    );
    expect(fresh).toEqual({ articles: [], unresolvedFrom: recent });
  });
});

describe('limits of /feeds add', () => {
  const moderator = { isModerator: () => Promise.resolve(true) };
  /** `n` subscriptions; the first is to the loopback feed /empty.xml (the others are never read). */
  const subscribe = (n: number, chat: (i: number) => ChatRef, store: MemoryFeedStore) =>
    Promise.all(
      Array.from({ length: n }, (_, i) =>
        store.addSubscription(
          chat(i),
          i === 0 ? server.url('/empty.xml') : `https://feed-${i}.example/rss`,
          new Date(0),
        ),
      ),
    );

  it(`refuses a channel's feed number ${MAX_FEEDS_PER_CHAT + 1} without reading it`, async () => {
    expect(MAX_FEEDS_PER_CHAT).toBe(20);
    const store = new MemoryFeedStore();
    await subscribe(MAX_FEEDS_PER_CHAT, () => CHAT, store);
    const { bot } = createFeedBot({ store });
    const requests = server.requests.length;
    const { text } = await bot.send(`/feeds add ${server.url('/other.xml')}`, CHAT, moderator);
    expect(text).toBe(
      `Could not add ${server.url('/other.xml')}: this channel already has 20 feeds, the most one channel may have; remove one first with /feeds remove <number>.`,
    );
    expect(server.requests.length).toBe(requests);
    // One it already has is checked again, as before.
    const again = await bot.send(`/feeds add ${server.url('/empty.xml')}`, CHAT, moderator);
    expect(again.text).toContain('Already a feed of this channel');
  });

  it(`refuses a new feed once channels read ${MAX_SUBSCRIBED_FEEDS}, but not one already read`, async () => {
    expect(MAX_SUBSCRIBED_FEEDS).toBe(500);
    const store = new MemoryFeedStore();
    await subscribe(MAX_SUBSCRIBED_FEEDS, (i) => ({ platform: 'test', id: `chat-${i}` }), store);
    const { feeds } = createFeedBot({ store });
    const requests = server.requests.length;
    const refused = await feeds.service.add(CHAT, server.url('/other.xml'));
    expect(refused).toMatchObject({ ok: false, url: server.url('/other.xml'), full: true });
    expect(!refused.ok && inWords(refused.reason, catalogue.translator('en'))).toBe(
      'the bot already reads 500 feeds for its channels, the most it takes on; ask its operator, or subscribe to a feed another channel already reads',
    );
    expect(server.requests.length).toBe(requests);
    expect(await feeds.service.add(CHAT, server.url('/empty.xml'))).toMatchObject({
      ok: true,
      alreadySubscribed: false,
    });
  });
});
