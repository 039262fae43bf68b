import { describe, expect, it, vi } from 'vitest';
import type {
  ChannelPoster,
  PostOptions,
  PostOutcome,
} from '../../../src/core/ports/channel-poster.js';
import type { ChatRef } from '../../../src/core/ports/chat-memory.js';
import { draft } from '../../support/builders.js';
import { createTestBot } from '../../support/test-services.js';

/**
 * A poster whose platform calls hang until released: how many are under way at once is what the
 * digest service lets through. `announces`: it writes the `sending` mark itself, right before the
 * call, as the Telegram and Discord adapters do.
 */
class HeldPoster implements ChannelPoster {
  readonly platform = 'test';
  inFlight = 0;
  posted = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly announcesSends: boolean) {}

  async post(_chat: ChatRef, _reply: unknown, options?: PostOptions): Promise<PostOutcome> {
    if (this.announcesSends && !(await options?.beforeSend?.()))
      return { ok: false, permanent: false, reason: 'not marked' };
    this.inFlight++;
    await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.inFlight--;
    this.posted++;
    return { ok: true, messageIds: [String(this.posted)] };
  }

  releaseAll(): void {
    for (const resolve of this.waiting.splice(0)) resolve();
  }
}

const turns = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
};

async function maxUnderWay(announces: boolean): Promise<{ underWay: number; sent: number }> {
  const bot = createTestBot([
    draft({ title: 'Harbour tunnel reopens', publishedAt: new Date('2026-11-26T05:00:00Z') }),
  ]);
  bot.clock.set('2026-11-26T06:00:00Z');
  const poster = new HeldPoster(announces);
  bot.services.digests.registerPoster(poster);
  const chats = Array.from({ length: 300 }, (_, i) => ({ platform: 'test', id: `c${i}` }));
  const all = Promise.all(chats.map((chat) => bot.services.digests.sendNow(chat)));
  await vi.waitFor(() => expect(poster.inFlight).toBeGreaterThanOrEqual(64), { timeout: 20_000 });
  // No more start, however long the first ones hang.
  await turns(50);
  const underWay = poster.inFlight;
  // Bounded: a send that never comes fails the count below instead of hanging the test.
  for (let round = 0; round < 1_000 && poster.posted < chats.length; round++) {
    poster.releaseAll();
    await turns(5);
  }
  const results = await all;
  await bot.storage.close();
  return { underWay, sent: results.filter((r) => r.result === 'sent').length };
}

describe('sends under way at once', () => {
  it('are at most 64 per platform when the poster does not mark its sends itself', async () => {
    expect(await maxUnderWay(false)).toEqual({ underWay: 64, sent: 300 });
  }, 60_000);

  it('are at most 256 when it marks each right before its platform call', async () => {
    expect(await maxUnderWay(true)).toEqual({ underWay: 256, sent: 300 });
  }, 60_000);
});
