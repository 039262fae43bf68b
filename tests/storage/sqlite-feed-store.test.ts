import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/ports/logger.js';
import { openStorage, type Storage } from '../../src/storage/open-storage.js';
import { feedStoreContract } from '../contracts/feed-store.contract.js';
import { settings } from '../contracts/digest-store.contract.js';

const dir = mkdtempSync(join(tmpdir(), 'briefly-sqlite-feeds-'));
const opened: Storage[] = [];
afterAll(async () => {
  await Promise.all(opened.map((storage) => storage.close()));
  rmSync(dir, { recursive: true, force: true });
});
let n = 0;

function open(url: string): Storage {
  const storage = openStorage(url, silentLogger);
  opened.push(storage);
  return storage;
}

feedStoreContract('SQLite file', () => open(`sqlite:${join(dir, `feeds-${n++}.db`)}`).feeds);
feedStoreContract('SQLite in memory', () => open('sqlite::memory:').feeds);

describe('SQLite storage: chats gone and moved', () => {
  const group = { platform: 'telegram', id: '-100' };
  const topic = { platform: 'telegram', id: '-100:7' };
  const other = { platform: 'telegram', id: '-1000' };

  it('keeps subscriptions and digest settings of a chat and its topics under its new id', async () => {
    const storage = open('sqlite::memory:');
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
    const storage = open('sqlite::memory:');
    await storage.feeds.addSubscription(topic, 'https://b.test/feed', new Date());
    await storage.feeds.addSubscription(other, 'https://c.test/feed', new Date());
    await storage.digests.saveSettings(settings({ chat: topic }));
    await storage.lifecycle.chatGone(group, '403 Forbidden: bot was kicked');
    expect(await storage.feeds.listSubscriptions(topic)).toEqual([]);
    expect(await storage.feeds.subscribedFeedUrls()).toEqual(['https://c.test/feed']);
    expect(await storage.digests.getSettings(topic)).toMatchObject({
      active: false,
      inactiveReason: '403 Forbidden: bot was kicked',
    });
  });
});
