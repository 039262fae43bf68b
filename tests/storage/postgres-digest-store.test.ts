import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/ports/logger.js';
import { openStorage } from '../../src/storage/open-storage.js';
import { PG_MIGRATIONS } from '../../src/storage/postgres/migrations.js';
import { digestStoreContract, settings } from '../contracts/digest-store.contract.js';
import { itemRecord } from '../contracts/feed-store.contract.js';
import { useTestSchemas } from '../support/postgres.js';

const schemas = useTestSchemas();

/** Process `p`'s claim of a scheduled slot at `now` (a 1-minute lease, 5 attempts). */
const scheduledClaim = (
  chat: { platform: string; id: string },
  slot: Date,
  p: number,
  now: Date,
) => ({
  chat,
  slot,
  kind: 'scheduled' as const,
  owner: `p${p}@${now.getTime()}`,
  now,
  leaseMs: 60_000,
  resendUnknown: false,
  maxAttempts: 5,
});

digestStoreContract('PostgreSQL', async () => {
  const storage = await openStorage(await schemas.fresh(), silentLogger);
  return { store: storage.digests, close: () => storage.close() };
});

describe('openStorage on PostgreSQL', () => {
  it('applies each migration once, also when processes start at the same time', async () => {
    const url = await schemas.fresh();
    const starting = await Promise.all([1, 2, 3].map(() => openStorage(url, silentLogger)));
    expect(starting.map((storage) => storage.kind)).toEqual(['postgres', 'postgres', 'postgres']);
    await Promise.all(starting.map((storage) => storage.close()));
    const again = await openStorage(url.replace(/^postgres:/, 'postgresql:'), silentLogger);
    await again.close();
    const versions = await schemas.query<{ version: number; name: string }>(
      url,
      'SELECT version, name FROM schema_migrations ORDER BY version',
    );
    expect(versions).toEqual(PG_MIGRATIONS.map(({ version, name }) => ({ version, name })));
  });

  it('keeps its tables in the schema of its search_path', async () => {
    const url = await schemas.fresh();
    await (await openStorage(url, silentLogger)).close();
    const tables = await schemas.query<{ table_name: string }>(
      url,
      'SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name',
    );
    expect(tables.map((t) => t.table_name)).toEqual([
      'article_paragraphs',
      'article_tags',
      'articles',
      'digest_deliveries',
      'digest_settings',
      'feed_items',
      'feed_subscriptions',
      'feeds',
      'filter_rules',
      'known_chats',
      'schema_migrations',
      'send_budget',
      'web_sessions',
    ]);
  });

  it('gives every slot, and every takeover, to exactly one of several processes claiming at once', async () => {
    const url = await schemas.fresh();
    const processes = await Promise.all([1, 2, 3].map(() => openStorage(url, silentLogger)));
    try {
      const t0 = new Date('2026-11-26T08:00:00Z');
      const slots = Array.from({ length: 40 }, (_, i) => new Date(t0.getTime() - i * 60_000));
      const round = async (now: Date) => {
        const claims = await Promise.all(
          processes.flatMap((storage, p) =>
            slots.map((slot) =>
              storage.digests.claim(scheduledClaim({ platform: 'test', id: 'c1' }, slot, p, now)),
            ),
          ),
        );
        return claims.filter((claim) => claim !== undefined);
      };
      const first = await round(t0);
      expect(first).toHaveLength(slots.length);
      expect(new Set(first.map((claim) => claim.slot.getTime())).size).toBe(slots.length);
      // Every lease has ended: all three try to take over every slot; one wins each.
      const takeover = await round(new Date(t0.getTime() + 120_000));
      expect(takeover).toHaveLength(slots.length);
      expect(new Set(takeover.map((claim) => claim.slot.getTime())).size).toBe(slots.length);
      expect(takeover.every((claim) => claim.attempts === 2)).toBe(true);
    } finally {
      await Promise.all(processes.map((storage) => storage.close()));
    }
  });

  it('splits batched claims of several pools row by row: each slot won once, takeovers too, and only the owner updates', async () => {
    const url = await schemas.fresh();
    const processes = await Promise.all([1, 2, 3].map(() => openStorage(url, silentLogger)));
    try {
      const slot = new Date('2026-11-26T08:00:00Z');
      const chats = Array.from({ length: 600 }, (_, i) => ({ platform: 'test', id: `c${i}` }));
      // Each pool asks for every channel in one turn (its batches of up to 1,000 rows), in an
      // order of its own: the batches overlap on most rows.
      const orderOf = (p: number) => chats.map((_, i) => (i * (p * 2 + 1) + p * 97) % chats.length);
      const round = (now: Date) =>
        Promise.all(
          processes.map((storage, p) =>
            Promise.all(
              orderOf(p).map((i) =>
                storage.digests.claim(
                  scheduledClaim(chats[i] ?? { platform: 'test', id: '?' }, slot, p, now),
                ),
              ),
            ),
          ),
        );
      const won = (claims: Awaited<ReturnType<typeof round>>) =>
        claims.flat().filter((claim) => claim !== undefined);
      const first = won(await round(slot));
      expect(first).toHaveLength(chats.length);
      expect(new Set(first.map((claim) => claim.chat.id)).size).toBe(chats.length);
      // A pool that lost rows still owns the ones it won: its updates apply, a loser's do not.
      const row = first[0];
      if (!row) throw new Error('no claim');
      const other = row.owner.startsWith('p0') ? 'p1' : 'p0';
      expect(
        await processes[0]?.digests.update(row, `${other}@${slot.getTime()}`, {
          status: 'sent',
          now: slot,
        }),
      ).toBe(false);
      expect(
        await processes[1]?.digests.update(row, row.owner, { status: 'sent', now: slot }),
      ).toBe(true);
      // Every lease has ended: all three take over at once, in their batches; one wins each row.
      const takeover = won(await round(new Date(slot.getTime() + 120_000)));
      expect(takeover).toHaveLength(chats.length - 1);
      expect(new Set(takeover.map((claim) => claim.chat.id)).size).toBe(chats.length - 1);
      expect(takeover.every((claim) => claim.attempts === 2)).toBe(true);
    } finally {
      await Promise.all(processes.map((storage) => storage.close()));
    }
  });

  it('reads times back to the millisecond and absent values as undefined', async () => {
    const storage = await openStorage(await schemas.fresh(), silentLogger);
    try {
      const odd = settings({
        scheduleFrom: new Date('2026-11-26T08:00:00.123Z'),
        updatedAt: new Date(Date.UTC(2099, 0, 1, 0, 0, 0, 999)),
      });
      await storage.digests.saveSettings(odd);
      const read = await storage.digests.getSettings(odd.chat);
      expect(read).toEqual(odd);
      expect(read && 'inactiveReason' in read ? read.inactiveReason : undefined).toBeUndefined();
    } finally {
      await storage.close();
    }
  });

  it('keeps working when a newer release adds columns while it runs', async () => {
    const url = await schemas.fresh();
    const storage = await openStorage(url, silentLogger);
    try {
      const key = {
        chat: settings().chat,
        slot: new Date('2026-11-26T08:00:00Z'),
        kind: 'manual',
      } as const;
      const claim = {
        ...key,
        owner: 'a',
        now: key.slot,
        leaseMs: 60_000,
        resendUnknown: false,
        maxAttempts: 5,
      };
      await storage.digests.saveSettings(settings());
      await storage.digests.claim(claim);
      expect(await storage.digests.listDue()).toHaveLength(1);
      expect(await storage.digests.getDelivery(key)).toBeDefined();
      await storage.feeds.saveItem(itemRecord());
      await schemas.query(
        url,
        `ALTER TABLE digest_settings ADD COLUMN later TEXT;
         ALTER TABLE digest_deliveries ADD COLUMN later TEXT;
         ALTER TABLE feed_items ADD COLUMN later TEXT;
         ALTER TABLE feeds ADD COLUMN later TEXT`,
      );
      expect(await storage.digests.listDue()).toHaveLength(1);
      expect(await storage.digests.getDelivery(key)).toMatchObject({ owner: 'a' });
      expect(await storage.digests.claim({ ...claim, owner: 'b' })).toBeUndefined();
      expect(await storage.feeds.findItem(itemRecord().feedUrl, itemRecord())).toEqual(
        itemRecord(),
      );
    } finally {
      await storage.close();
    }
  });
});

describe('PgDigestStore batches', () => {
  it("answers each of many channels' concurrent calls with its own rows", async () => {
    const storage = await openStorage(await schemas.fresh(), silentLogger);
    try {
      const store = storage.digests;
      const slot = new Date('2026-11-26T08:00:00Z');
      const chats = Array.from({ length: 300 }, (_, i) => ({ platform: 'test', id: `c${i}` }));
      const keys = chats.map((chat) => ({ chat, slot, kind: 'scheduled' as const }));
      const claim = (key: (typeof keys)[number], owner: string) =>
        store.claim({
          ...key,
          owner,
          now: slot,
          leaseMs: 60_000,
          resendUnknown: false,
          maxAttempts: 3,
        });
      // Every channel claimed at once (one statement), a second time in the same turn: busy.
      const [first, second] = await Promise.all([
        Promise.all(keys.map((key) => claim(key, 'a'))),
        Promise.all(keys.map((key) => claim(key, 'b'))),
      ]);
      expect(first.map((d) => d?.chat.id)).toEqual(chats.map((c) => c.id));
      expect(second.every((d) => d === undefined)).toBe(true);
      // Each channel's outcome, with its own articles; only the owner's update applies.
      const updated = await Promise.all(
        keys.map((key, i) =>
          store.update(key, i % 2 === 0 ? 'a' : 'b', {
            status: 'sent',
            now: slot,
            coveredUntil: new Date(slot.getTime() + i),
            articleIds: [`article-${i}`],
          }),
        ),
      );
      expect(updated).toEqual(keys.map((_, i) => i % 2 === 0));
      const [last, sent] = await Promise.all([
        Promise.all(chats.map((chat) => store.lastCoveredUntil(chat))),
        Promise.all(chats.map((chat) => store.sentArticleIds(chat, new Date(0)))),
      ]);
      last.forEach((coveredUntil, i) => {
        if (i % 2 === 0) expect(coveredUntil?.getTime()).toBe(slot.getTime() + i);
        else expect(coveredUntil).toBeUndefined();
      });
      expect(sent.map((ids) => [...ids])).toEqual(
        chats.map((_, i) => (i % 2 === 0 ? [`article-${i}`] : [])),
      );
    } finally {
      await storage.close();
    }
  });
});
