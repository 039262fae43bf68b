import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draft } from '../support/builders.js';
import { MODERATOR, createTestBot } from '../support/test-services.js';

describe('a stopping digest service', () => {
  it('starts no more slots: due channels are left unclaimed for the next start or another process', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefly-stopping-'));
    const databaseUrl = `sqlite:${join(dir, 'bot.db')}`;
    const bot = createTestBot(
      [draft({ title: 'Harbour tunnel reopens', publishedAt: new Date('2026-11-26T05:00:00Z') })],
      { databaseUrl },
    );
    let posts = 0;
    bot.services.digests.registerPoster({
      platform: 'test',
      post: () => Promise.resolve({ ok: true, messageIds: [String(++posts)] }),
    });
    const chats = ['a', 'b', 'c'].map((id) => ({ platform: 'test', id }));
    bot.clock.set('2026-11-26T07:00:00Z');
    for (const chat of chats) await bot.send('/digest on', chat, MODERATOR);
    bot.clock.set('2026-11-26T08:00:30Z');

    bot.services.digests.stop();
    const stopped = await bot.services.digests.runDue(bot.clock.now());
    expect(stopped.results).toMatchObject({ sent: 0, empty: 0, failed: 0 });
    expect(posts).toBe(0);
    for (const chat of chats) {
      const slot = { chat, slot: new Date('2026-11-26T08:00:00Z'), kind: 'scheduled' as const };
      expect(await bot.storage.digests.getDelivery(slot)).toBeUndefined();
    }

    // The next process on the same database (a restart) sends them.
    const next = createTestBot(
      [draft({ title: 'Harbour tunnel reopens', publishedAt: new Date('2026-11-26T05:00:00Z') })],
      {
        databaseUrl,
        clock: bot.clock,
        owner: 'next-process',
      },
    );
    next.services.digests.registerPoster({
      platform: 'test',
      post: () => Promise.resolve({ ok: true, messageIds: [String(++posts)] }),
    });
    expect((await next.services.digests.runDue(bot.clock.now())).results.sent).toBe(3);
    await bot.storage.close();
    await next.storage.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
