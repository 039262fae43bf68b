import { beforeEach, describe, expect, it } from 'vitest';
import type { ChatRef } from '../../src/core/ports/chat-memory.js';
import type { FeedItemRecord, FeedRecord, FeedStore } from '../../src/core/ports/feed-store.js';

const ALPHA: ChatRef = { platform: 'telegram', id: '-100123' };
const BETA: ChatRef = { platform: 'discord', id: '555' };
const FEED_A = 'https://a.example/feed.xml';
const FEED_B = 'https://b.example/atom';
const T0 = new Date('2026-11-26T10:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

export function feedRecord(overrides: Partial<FeedRecord> = {}): FeedRecord {
  return {
    url: FEED_A,
    nextPollAt: T0,
    consecutiveFailures: 0,
    paused: false,
    moderatorsTold: false,
    ...overrides,
  };
}

export function itemRecord(overrides: Partial<FeedItemRecord> = {}): FeedItemRecord {
  return {
    feedUrl: FEED_A,
    itemKey: 'guid-1',
    articleKey: 'feed:https://a.example/story-1',
    articleUrl: 'https://a.example/story-1',
    contentHash: 'hash-1',
    firstSeenAt: T0,
    publishedAt: at(-30),
    fresh: true,
    ...overrides,
  };
}

/**
 * The behaviour every FeedStore must have. Call it from a test file with a name and a factory that
 * returns an empty store (it may be async, e.g. to open a fresh database).
 */
export function feedStoreContract(name: string, create: () => FeedStore | Promise<FeedStore>) {
  describe(`FeedStore contract: ${name}`, () => {
    let store: FeedStore;
    beforeEach(async () => {
      store = await create();
    });

    describe('subscriptions', () => {
      it('adds a subscription once and lists it with its time', async () => {
        expect(await store.addSubscription(ALPHA, FEED_A, T0)).toBe(true);
        expect(await store.addSubscription(ALPHA, FEED_A, at(5))).toBe(false);
        expect(await store.listSubscriptions(ALPHA)).toEqual([
          { chat: ALPHA, feedUrl: FEED_A, addedAt: T0 },
        ]);
      });

      it('lists a channel’s feeds oldest first, insertion order breaking ties', async () => {
        await store.addSubscription(ALPHA, FEED_B, at(10));
        await store.addSubscription(ALPHA, 'https://c.example/rss', at(0));
        await store.addSubscription(ALPHA, FEED_A, at(0));
        const urls = (await store.listSubscriptions(ALPHA)).map((s) => s.feedUrl);
        expect(urls).toEqual(['https://c.example/rss', FEED_A, FEED_B]);
      });

      it('keeps channels apart, also across platforms with the same id', async () => {
        await store.addSubscription(ALPHA, FEED_A, T0);
        await store.addSubscription({ platform: 'discord', id: ALPHA.id }, FEED_B, T0);
        expect((await store.listSubscriptions(ALPHA)).map((s) => s.feedUrl)).toEqual([FEED_A]);
        expect(await store.listSubscriptions(BETA)).toEqual([]);
      });

      it('removes a subscription and says whether there was one', async () => {
        await store.addSubscription(ALPHA, FEED_A, T0);
        await store.addSubscription(BETA, FEED_A, T0);
        expect(await store.removeSubscription(ALPHA, FEED_A)).toBe(true);
        expect(await store.removeSubscription(ALPHA, FEED_A)).toBe(false);
        expect(await store.listSubscriptions(ALPHA)).toEqual([]);
        expect(await store.subscribersOf(FEED_A)).toEqual([BETA]);
      });

      it('tells the subscribers of a feed and every subscribed feed once', async () => {
        await store.addSubscription(ALPHA, FEED_B, T0);
        await store.addSubscription(ALPHA, FEED_A, T0);
        await store.addSubscription(BETA, FEED_A, at(1));
        const subscribers = await store.subscribersOf(FEED_A);
        expect(subscribers).toHaveLength(2);
        expect(subscribers).toEqual(expect.arrayContaining([ALPHA, BETA]));
        expect(await store.subscribersOf('https://nobody.example/')).toEqual([]);
        expect(await store.subscribedFeedUrls()).toEqual([FEED_A, FEED_B]);
      });

      it('forgets a feed in subscribedFeedUrls when its last subscriber leaves', async () => {
        await store.addSubscription(ALPHA, FEED_A, T0);
        await store.removeSubscription(ALPHA, FEED_A);
        expect(await store.subscribedFeedUrls()).toEqual([]);
      });
    });

    describe('feed records', () => {
      it('returns undefined for an unknown feed', async () => {
        expect(await store.getFeed(FEED_A)).toBeUndefined();
      });

      it('saves every field and replaces the record on a second save', async () => {
        const full = feedRecord({
          title: 'Harbour Courier — World',
          siteName: 'Harbour Courier',
          etag: 'W/"abc"',
          lastModified: 'Wed, 25 Nov 2026 09:00:00 GMT',
          nextPollAt: at(15),
          consecutiveFailures: 2,
          lastSuccessAt: at(-60),
          lastErrorAt: at(-1),
          lastError: 'the server answered HTTP 500',
          paused: true,
          moderatorsTold: true,
        });
        await store.saveFeed(full);
        expect(await store.getFeed(FEED_A)).toEqual(full);
        const recovered = feedRecord({ title: 'Harbour Courier', lastSuccessAt: at(20) });
        await store.saveFeed(recovered);
        expect(await store.getFeed(FEED_A)).toEqual(recovered);
      });

      it('keeps feeds apart', async () => {
        await store.saveFeed(feedRecord({ title: 'A' }));
        await store.saveFeed(feedRecord({ url: FEED_B, title: 'B' }));
        expect((await store.getFeed(FEED_A))?.title).toBe('A');
        expect((await store.getFeed(FEED_B))?.title).toBe('B');
      });

      it('is not changed through objects handed in or out', async () => {
        const record = feedRecord({ nextPollAt: new Date(T0) });
        await store.saveFeed(record);
        record.nextPollAt.setTime(0);
        const got = await store.getFeed(FEED_A);
        got?.nextPollAt.setTime(0);
        expect((await store.getFeed(FEED_A))?.nextPollAt).toEqual(T0);
      });

      it('claims a due read once: the next claim before the lease ends loses', async () => {
        await store.saveFeed(feedRecord({ title: 'Kept', nextPollAt: at(0) }));
        expect(await store.claimPoll(FEED_A, at(1), at(3))).toBe(true);
        expect(await store.claimPoll(FEED_A, at(2), at(4))).toBe(false);
        const claimed = await store.getFeed(FEED_A);
        expect(claimed?.nextPollAt).toEqual(at(3));
        expect(claimed?.title).toBe('Kept');
        // The lease ran out (the poller died): the read is due again and taken over.
        expect(await store.claimPoll(FEED_A, at(3), at(5))).toBe(true);
      });

      it('claims a feed without a record by making one, and tells every next poll time', async () => {
        const claims = await Promise.all([
          store.claimPoll(FEED_B, at(0), at(2)),
          store.claimPoll(FEED_B, at(0), at(2)),
        ]);
        expect(claims.filter(Boolean)).toHaveLength(1);
        const made = await store.getFeed(FEED_B);
        expect(made).toMatchObject({
          consecutiveFailures: 0,
          paused: false,
          moderatorsTold: false,
        });
        await store.saveFeed(feedRecord({ nextPollAt: at(15) }));
        expect(await store.pollTimes()).toEqual(
          new Map([
            [FEED_A, at(15)],
            [FEED_B, at(2)],
          ]),
        );
      });
    });

    describe('item identities', () => {
      it('knows whether a feed has any items', async () => {
        expect(await store.hasItems(FEED_A)).toBe(false);
        await store.saveItem(itemRecord());
        expect(await store.hasItems(FEED_A)).toBe(true);
        expect(await store.hasItems(FEED_B)).toBe(false);
      });

      it('finds an item by key, then by article URL, then by content hash', async () => {
        const item = itemRecord();
        await store.saveItem(item);
        expect(await store.findItem(FEED_A, { itemKey: 'guid-1', contentHash: 'x' })).toEqual(item);
        expect(
          await store.findItem(FEED_A, {
            itemKey: 'guid-changed',
            articleUrl: 'https://a.example/story-1',
            contentHash: 'x',
          }),
        ).toEqual(item);
        expect(
          await store.findItem(FEED_A, {
            itemKey: 'guid-changed',
            articleUrl: 'https://a.example/moved',
            contentHash: 'hash-1',
          }),
        ).toEqual(item);
        expect(
          await store.findItem(FEED_A, { itemKey: 'other', contentHash: 'other' }),
        ).toBeUndefined();
      });

      it('prefers the key over an article URL match of another item', async () => {
        await store.saveItem(itemRecord({ itemKey: 'k1', articleUrl: 'https://a.example/1' }));
        await store.saveItem(
          itemRecord({ itemKey: 'k2', articleUrl: 'https://a.example/2', contentHash: 'h2' }),
        );
        const found = await store.findItem(FEED_A, {
          itemKey: 'k2',
          articleUrl: 'https://a.example/1',
          contentHash: 'hash-1',
        });
        expect(found?.itemKey).toBe('k2');
      });

      it('finds items only in their own feed', async () => {
        await store.saveItem(itemRecord());
        expect(
          await store.findItem(FEED_B, {
            itemKey: 'guid-1',
            articleUrl: 'https://a.example/story-1',
            contentHash: 'hash-1',
          }),
        ).toBeUndefined();
      });

      it('replaces the record of the same feed and key, and keeps an item without a URL', async () => {
        await store.saveItem(itemRecord());
        const updated = itemRecord({ contentHash: 'hash-2', articleUrl: undefined });
        await store.saveItem(updated);
        const found = await store.findItem(FEED_A, { itemKey: 'guid-1', contentHash: 'none' });
        expect(found?.contentHash).toBe('hash-2');
        expect(found?.articleUrl).toBeUndefined();
      });

      it('lists fresh items first seen after a time, oldest first, optionally of some feeds', async () => {
        await store.saveItem(itemRecord({ itemKey: 'old', firstSeenAt: at(-5) }));
        await store.saveItem(itemRecord({ itemKey: 'late', firstSeenAt: at(20) }));
        await store.saveItem(itemRecord({ itemKey: 'early', firstSeenAt: at(10) }));
        await store.saveItem(itemRecord({ itemKey: 'history', firstSeenAt: at(10), fresh: false }));
        await store.saveItem(itemRecord({ feedUrl: FEED_B, itemKey: 'b1', firstSeenAt: at(15) }));
        await store.saveItem(itemRecord({ itemKey: 'boundary', firstSeenAt: T0 }));
        const all = await store.freshItemsSince(T0);
        expect(all.map((i) => i.itemKey)).toEqual(['early', 'b1', 'late']);
        const onlyA = await store.freshItemsSince(T0, [FEED_A]);
        expect(onlyA.map((i) => i.itemKey)).toEqual(['early', 'late']);
        expect(await store.freshItemsSince(T0, [])).toEqual([]);
        expect(await store.freshItemsSince(T0, ['https://unknown.example/'])).toEqual([]);
      });

      it('forgets the items published before a cutoff (retention), of every feed, and only those', async () => {
        await store.saveItem(itemRecord({ itemKey: 'old', publishedAt: at(-100) }));
        await store.saveItem(itemRecord({ itemKey: 'old-alias', publishedAt: at(-100) }));
        await store.saveItem(
          itemRecord({ feedUrl: FEED_B, itemKey: 'b-old', publishedAt: at(-61) }),
        );
        await store.saveItem(
          itemRecord({ itemKey: 'edge', publishedAt: at(-60), articleUrl: undefined }),
        );
        await store.saveItem(
          itemRecord({ itemKey: 'new', publishedAt: at(-1), articleUrl: undefined }),
        );
        expect(await store.forgetItemsPublishedBefore(at(-60))).toBe(3);
        const find = (feedUrl: string, itemKey: string) =>
          store.findItem(feedUrl, { itemKey, contentHash: 'none' });
        expect(await find(FEED_A, 'old')).toBeUndefined();
        expect(await find(FEED_B, 'b-old')).toBeUndefined();
        expect(await store.hasItems(FEED_B)).toBe(false);
        expect((await find(FEED_A, 'edge'))?.itemKey).toBe('edge');
        expect((await find(FEED_A, 'new'))?.itemKey).toBe('new');
        expect(await store.forgetItemsPublishedBefore(at(-60))).toBe(0);
      });

      it('orders items first seen at the same time by feed URL, then key', async () => {
        await store.saveItem(itemRecord({ feedUrl: FEED_B, itemKey: 'a', firstSeenAt: at(1) }));
        await store.saveItem(itemRecord({ feedUrl: FEED_A, itemKey: 'z', firstSeenAt: at(1) }));
        await store.saveItem(itemRecord({ feedUrl: FEED_A, itemKey: 'b', firstSeenAt: at(1) }));
        const items = await store.freshItemsSince(T0);
        expect(items.map((i) => `${i.feedUrl} ${i.itemKey}`)).toEqual([
          `${FEED_A} b`,
          `${FEED_A} z`,
          `${FEED_B} a`,
        ]);
      });

      it('returns every field of an item as saved', async () => {
        const item = itemRecord({ fresh: false, firstSeenAt: at(3), publishedAt: at(-90) });
        await store.saveItem(item);
        expect(await store.findItem(FEED_A, { itemKey: 'guid-1', contentHash: '' })).toEqual(item);
      });
    });
  });
}
