import { describe, expect, it } from 'vitest';
import {
  OutboundQueue,
  type MessageSender,
  type OutboundMessage,
} from '../../../src/adapters/telegram/outbound-queue.js';
import { TELEGRAM_LIMITS } from '../../../src/adapters/telegram/queue-limits.js';
import { silentLogger } from '../../../src/core/ports/logger.js';
import { MemorySendBudget } from '../../../src/core/sending/memory-send-budget.js';
import { FakeTimer } from './fake-timer.js';

/** A queue in a fleet (a shared send budget) whose sender records what it sent, and when. */
function fleetQueue() {
  const timer = new FakeTimer();
  const events: string[] = [];
  const sender: MessageSender = {
    sendMessage(chatId: number, message: OutboundMessage) {
      events.push(`sent ${chatId} ${message.html} at ${timer.now()}`);
      return Promise.resolve(events.length);
    },
  };
  const queue = new OutboundQueue(
    sender,
    { chatGone: () => Promise.resolve(), chatMoved: () => Promise.resolve() },
    silentLogger,
    TELEGRAM_LIMITS,
    timer,
    undefined,
    { budget: new MemorySendBudget(() => timer.now()), botId: '42' },
  );
  return { timer, events, queue };
}

describe('OutboundQueue: a digest announced right before its send', () => {
  it('asks after the rate-limit wait, once per message, right before the call', async () => {
    const { timer, events, queue } = fleetQueue();
    const announce = (chat: number) => () => {
      events.push(`announced ${chat} at ${timer.now()}`);
      return Promise.resolve(true);
    };
    // Two messages to one chat: the second waits a second (1 a second per chat).
    const sends = [
      queue.send(7, { html: 'one' }, announce(7)),
      queue.send(7, { html: 'two' }, announce(7)),
    ];
    await timer.run();
    expect((await Promise.all(sends)).every((d) => d.ok)).toBe(true);
    const second = events.findIndex((e) => e.startsWith('sent 7 two'));
    expect(events[second - 1]).toMatch(/^announced 7 at /);
    expect(Number(/at (\d+)/.exec(events[second]!)?.[1])).toBeGreaterThanOrEqual(1000);
    expect(events[second - 1]!.split(' at ')[1]).toBe(events[second]!.split(' at ')[1]);
  });

  it('sends nothing when the announcement is refused (the digest was taken over)', async () => {
    const { timer, events, queue } = fleetQueue();
    const refused = queue.send(8, { html: 'digest' }, () => Promise.resolve(false));
    const other = queue.send(9, { html: 'answer' });
    await timer.run();
    expect(await refused).toMatchObject({ ok: false, permanent: false });
    expect((await other).ok).toBe(true);
    expect(events).toEqual([expect.stringMatching(/^sent 9 answer/)]);
  });
});
