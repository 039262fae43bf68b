import { describe, expect, it } from 'vitest';
import {
  OutboundQueue,
  type MessageSender,
  type OutboundMessage,
} from '../../../src/adapters/telegram/outbound-queue.js';
import { TELEGRAM_LIMITS } from '../../../src/adapters/telegram/queue-limits.js';
import { silentLogger } from '../../../src/core/ports/logger.js';
import type { SendBudget } from '../../../src/core/ports/send-budget.js';
import { MemorySendBudget } from '../../../src/core/sending/memory-send-budget.js';
import { FakeTimer } from './fake-timer.js';

/** The most of `instants` in any window of `windowMs`. */
function busiest(instants: readonly number[], windowMs: number): number {
  const sorted = [...instants].sort((a, b) => a - b);
  let most = 0;
  for (let end = 0, start = 0; end < sorted.length; end++) {
    while ((sorted[end] ?? 0) - (sorted[start] ?? 0) >= windowMs) start++;
    most = Math.max(most, end - start + 1);
  }
  return most;
}

describe('OutboundQueue in a fleet', () => {
  it("keeps Telegram's limits for two processes together, using over 90 % of the overall rate", async () => {
    const timer = new FakeTimer();
    // One budget for both queues, as the database's is for every process of a fleet.
    const memory = new MemorySendBudget(() => timer.now());
    // Asks of the budget for private chats' sends (those no chat or group limit ever holds back).
    let privateAsks = 0;
    const budget: SendBudget = {
      reserve(buckets, horizonMs) {
        if (!buckets.some((b) => b.key.includes(':group:') || b.key.endsWith(':-5'))) privateAsks++;
        return memory.reserve(buckets, horizonMs);
      },
    };
    const sent: { chatId: number; at: number }[] = [];
    const sender: MessageSender = {
      sendMessage(chatId: number, _message: OutboundMessage) {
        sent.push({ chatId, at: timer.now() });
        return Promise.resolve(sent.length);
      },
    };
    const events = { chatGone: () => Promise.resolve(), chatMoved: () => Promise.resolve() };
    const queues = [1, 2].map(
      () =>
        new OutboundQueue(sender, events, silentLogger, TELEGRAM_LIMITS, timer, undefined, {
          budget,
          botId: '42',
        }),
    );
    const deliveries = queues.flatMap((queue, q) => [
      // 120 private chats each, and 15 messages each to one group both processes post to.
      ...Array.from({ length: 120 }, (_, i) => queue.send(1000 * (q + 1) + i, { html: 'news' })),
      ...Array.from({ length: 15 }, () => queue.send(-5, { html: 'group news' })),
    ]);
    await timer.run();
    const results = await Promise.all(deliveries);
    expect(results.every((d) => d.ok)).toBe(true);
    expect(sent).toHaveLength(270);
    const all = sent.map((s) => s.at);
    expect(busiest(all, 1000)).toBeLessThanOrEqual(30);
    const group = sent.filter((s) => s.chatId === -5).map((s) => s.at);
    expect(busiest(group, 60_000)).toBeLessThanOrEqual(20);
    expect(busiest(group, 1000)).toBe(1);
    // The 240 private messages go out back to back, at over 90 % of the 30 a second Telegram allows.
    const privateTimes = sent.filter((s) => s.chatId > 0).map((s) => s.at);
    const seconds = (Math.max(...privateTimes) - Math.min(...privateTimes)) / 1000;
    expect(239 / seconds / 30).toBeGreaterThanOrEqual(0.9);
    // Each of them asked the budget once: every send in flight gets its turn in one round trip.
    expect(privateAsks).toBe(240);
  });
});
