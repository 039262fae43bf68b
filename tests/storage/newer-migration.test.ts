import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/core/digests/digest-settings.js';
import { EVERY_ARTICLE } from '../../src/core/ports/article-store.js';
import { openStorage } from '../../src/storage/open-storage.js';
import type { Storage } from '../../src/storage/storage.js';
import { draft } from '../support/builders.js';
import { createRecordingLogger } from '../support/recording-logger.js';
import { useTestSchemas } from '../support/postgres.js';

const schemas = useTestSchemas();
const now = new Date('2026-12-07T10:00:00Z');

/** What a process does with each store, read back as plain values to compare before and after. */
async function workOn(storage: Storage, round: number) {
  const chat = { platform: 'telegram', id: `-100${round}` };
  await storage.digests.saveSettings({
    ...defaultSettings(chat, { minuteOfDay: 480, timezone: 'UTC', size: 5 }, now),
    enabled: true,
  });
  const claimed = await storage.digests.claim({
    chat,
    slot: now,
    kind: 'manual',
    owner: `p${round}`,
    now,
    leaseMs: 60_000,
    resendUnknown: false,
    maxAttempts: 5,
  });
  await storage.feeds.addSubscription(chat, `https://feed${round}.example/rss`, now);
  await storage.filters.addRule(chat, { kind: 'exclude', pattern: 'lottery', createdAt: now });
  await storage.articles.put(
    `file:${round}.md`,
    draft({ title: `Harbour tunnel reopens, round ${round}`, url: `https://n.example/${round}` }),
  );
  await storage.panel.noteChat({ chat, title: `Chat ${round}`, kind: 'group', seenAt: now });
  return {
    settings: (await storage.digests.getSettings(chat))?.enabled,
    claimed: claimed?.owner,
    feeds: (await storage.feeds.listSubscriptions(chat)).map((s) => s.feedUrl),
    rules: (await storage.filters.listRules(chat)).map((r) => r.pattern),
    found: (await storage.articles.search('harbour tunnel', { scope: EVERY_ARTICLE, limit: 10 })).length,
    due: (await storage.digests.listDue()).length,
    known: (await storage.panel.knownChats('telegram')).length,
  };
}

describe('PostgreSQL: a newer release migrates while an older process still runs', () => {
  it('keeps the running process working, and an older process starts on the newer schema', async () => {
    const url = await schemas.fresh();
    const older = await openStorage(url, createRecordingLogger());
    try {
      expect(await workOn(older, 1)).toMatchObject({ settings: true, claimed: 'p1', found: 1 });
      // What a newer release's migration does (steps only add): a column on every table, with
      // a default, a new table and an index, and its version recorded.
      const tables = await schemas.query<{ name: string }>(
        url,
        "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'",
      );
      expect(tables.length).toBeGreaterThan(5);
      await schemas.query(
        url,
        [
          ...tables.map((t) => `ALTER TABLE ${t.name} ADD COLUMN newer_note TEXT DEFAULT 'x'`),
          'CREATE TABLE newer_feature (id BIGINT PRIMARY KEY, note TEXT)',
          "INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, 'newer', 0)",
        ].join(';'),
      );
      // The running process's prepared statements still answer, with the same results.
      expect(await workOn(older, 2)).toMatchObject({
        settings: true,
        claimed: 'p2',
        feeds: ['https://feed2.example/rss'],
        rules: ['lottery'],
        found: 2,
      });
      // An older process that restarts now skips the version it does not know and works.
      const restarted = await openStorage(url, createRecordingLogger());
      try {
        expect(await workOn(restarted, 3)).toMatchObject({ claimed: 'p3', found: 3, due: 3 });
      } finally {
        await restarted.close();
      }
    } finally {
      await older.close();
    }
  });
});
