import { describe, expect, it } from 'vitest';
import type { Storage } from '../../src/storage/open-storage.js';
import { settings } from './digest-store.contract.js';

/**
 * What every Storage does with chats that are gone or moved, topics ("<chat>:<topic>") included:
 * digests paused and feeds dropped; settings and feeds follow a move. `open` returns an empty one.
 */
export function storageChatsContract(name: string, open: () => Promise<Storage>) {
  describe(`${name} storage: chats gone and moved`, () => {
    const group = { platform: 'telegram', id: '-100' };
    const topic = { platform: 'telegram', id: '-100:7' };
    const other = { platform: 'telegram', id: '-1000' };

    it('keeps subscriptions and digest settings of a chat and its topics under its new id', async () => {
      const storage = await open();
      const at = new Date('2026-11-26T10:00:00Z');
      await storage.feeds.addSubscription(group, 'https://a.test/feed', at);
      await storage.feeds.addSubscription(topic, 'https://b.test/feed', at);
      await storage.feeds.addSubscription(other, 'https://c.test/feed', at);
      await storage.digests.saveSettings(settings({ chat: topic, size: 7 }));
      const moved = { platform: 'telegram', id: '-200' };
      await storage.lifecycle.chatMoved(group, moved);
      expect((await storage.feeds.listSubscriptions(moved)).map((s) => s.feedUrl)).toEqual([
        'https://a.test/feed',
      ]);
      expect(
        (await storage.feeds.listSubscriptions({ ...moved, id: '-200:7' })).map((s) => s.feedUrl),
      ).toEqual(['https://b.test/feed']);
      expect(await storage.digests.getSettings({ ...moved, id: '-200:7' })).toMatchObject({
        size: 7,
      });
      expect((await storage.feeds.listSubscriptions(other)).map((s) => s.feedUrl)).toEqual([
        'https://c.test/feed',
      ]);
    });

    it('drops the feeds and pauses the digests of a chat that is gone, topics included', async () => {
      const storage = await open();
      await storage.feeds.addSubscription(topic, 'https://b.test/feed', new Date());
      await storage.feeds.addSubscription(other, 'https://c.test/feed', new Date());
      await storage.digests.saveSettings(settings({ chat: topic }));
      await storage.digests.saveSettings(settings({ chat: other }));
      await storage.lifecycle.chatGone(group, '403 Forbidden: bot was kicked');
      expect(await storage.feeds.listSubscriptions(topic)).toEqual([]);
      expect(await storage.feeds.subscribedFeedUrls()).toEqual(['https://c.test/feed']);
      expect(await storage.digests.getSettings(topic)).toMatchObject({
        active: false,
        inactiveReason: '403 Forbidden: bot was kicked',
      });
      expect((await storage.digests.listDue()).map((s) => s.chat)).toEqual([other]);
    });

    it('leaves what the new id already has in place, and the old rows where they were', async () => {
      const storage = await open();
      const moved = { platform: 'telegram', id: '-200' };
      const at = new Date('2026-11-26T10:00:00Z');
      await storage.digests.saveSettings(settings({ chat: group, size: 3 }));
      await storage.digests.saveSettings(settings({ chat: moved, size: 9 }));
      await storage.feeds.addSubscription(group, 'https://a.test/feed', at);
      await storage.feeds.addSubscription(group, 'https://b.test/feed', at);
      await storage.feeds.addSubscription(moved, 'https://a.test/feed', at);
      await storage.lifecycle.chatMoved(group, moved);
      expect(await storage.digests.getSettings(moved)).toMatchObject({ size: 9 });
      expect(await storage.digests.getSettings(group)).toMatchObject({ size: 3 });
      expect((await storage.feeds.listSubscriptions(moved)).map((s) => s.feedUrl).sort()).toEqual([
        'https://a.test/feed',
        'https://b.test/feed',
      ]);
      expect((await storage.feeds.listSubscriptions(group)).map((s) => s.feedUrl)).toEqual([
        'https://a.test/feed',
      ]);
    });

    it('moves a chat’s filter rules, its topics’ too, and drops those of a chat that is gone', async () => {
      const storage = await open();
      const at = new Date('2026-11-26T10:00:00Z');
      await storage.filters.addRule(group, { kind: 'exclude', pattern: 'crypto', createdAt: at });
      await storage.filters.addRule(topic, {
        kind: 'include',
        pattern: '/harbou?r/',
        createdAt: at,
      });
      await storage.filters.addRule(other, { kind: 'exclude', pattern: 'sport', createdAt: at });
      const moved = { platform: 'telegram', id: '-200' };
      await storage.lifecycle.chatMoved(group, moved);
      expect((await storage.filters.listRules(moved)).map((r) => r.pattern)).toEqual(['crypto']);
      expect(
        (await storage.filters.listRules({ ...moved, id: '-200:7' })).map((r) => r.pattern),
      ).toEqual(['/harbou?r/']);
      expect(await storage.filters.listRules(group)).toEqual([]);
      await storage.lifecycle.chatGone(moved, '403 Forbidden: bot was kicked');
      expect(await storage.filters.listRules(moved)).toEqual([]);
      expect(await storage.filters.listRules({ ...moved, id: '-200:7' })).toEqual([]);
      expect((await storage.filters.listRules(other)).map((r) => r.pattern)).toEqual(['sport']);
    });
  });
}
