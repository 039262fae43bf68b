import { describe, expect, it } from 'vitest';
import {
  OutboundQueue,
  type MessageSender,
  type OutboundMessage,
} from '../../../src/adapters/telegram/outbound-queue.js';
import { MarkLead, MAX_LEAD_MS } from '../../../src/adapters/telegram/fleet-turn.js';
import { TELEGRAM_LIMITS } from '../../../src/adapters/telegram/queue-limits.js';
import { silentLogger } from '../../../src/core/ports/logger.js';
import type { SendBudget } from '../../../src/core/ports/send-budget.js';
import { MemorySendBudget } from '../../../src/core/sending/memory-send-budget.js';
import { FakeTimer } from './fake-timer.js';

/** A queue in a fleet (a shared send budget) whose sender records what it sent, and when. */
function fleetQueue(
  timer = new FakeTimer(),
  budget: SendBudget = new MemorySendBudget(() => timer.now()),
  events: string[] = [],
) {
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
    { budget, botId: '42' },
  );
  return { timer, events, queue, budget };
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

describe('OutboundQueue: the sending mark written while the fleet turn comes', () => {
  it('sends on the turns when marks take uneven time (no bunching into 429s)', async () => {
    // Two processes of a fleet, each with more digests than its share of the rate: sends wait
    // for their turns.
    const first = fleetQueue();
    const second = fleetQueue(first.timer, first.budget, first.events);
    const { timer, events } = first;
    // Marks taking 0 or 90 ms in turn, as database writes do on a loaded machine.
    let marks = 0;
    const mark = async () => {
      await timer.sleep(marks++ % 2 === 0 ? 0 : 90, new AbortController().signal);
      return true;
    };
    const sends = [first.queue, second.queue].flatMap((queue, q) =>
      Array.from({ length: 100 }, (_, i) => queue.send(1000 * (q + 1) + i, { html: 'd' }, mark)),
    );
    await timer.run();
    expect((await Promise.all(sends)).every((d) => d.ok)).toBe(true);
    const times = events.map((e) => Number(/at (\d+(\.\d+)?)$/.exec(e)?.[1]));
    // Once the queues know how long marks take (their first sends), each send leaves on its turn:
    // one fleet interval (its rate's, 2 % more) after the one before, never less.
    const { count, windowMs } = TELEGRAM_LIMITS.fleetOverall;
    const interval = (windowMs / count) * 1.02;
    const gaps = times.slice(40).map((t, i) => t - (times[39 + i] ?? 0));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(interval - 0.01);
  });

  it('writes a mark at most MAX_LEAD_MS before its turn, however slow marks are', async () => {
    const timer = new FakeTimer();
    const memory = new MemorySendBudget(() => timer.now());
    // The fleet turn of each chat's send, as the budget reserved it.
    const turns = new Map<number, number>();
    const budget: SendBudget = {
      async reserve(buckets, horizonMs) {
        const answer = await memory.reserve(buckets, horizonMs);
        const chat = Number(buckets.map((b) => /:chat:(-?\d+)$/.exec(b.key)?.[1]).find(Boolean));
        if (answer.reserved) turns.set(chat, timer.now() + answer.waitMs);
        return answer;
      },
    };
    const events: string[] = [];
    const queues = [fleetQueue(timer, budget, events), fleetQueue(timer, budget, events)];
    const markedAt = new Map<number, number>();
    const sends = queues.flatMap(({ queue }, q) =>
      Array.from({ length: 100 }, (_, i) => {
        const chat = 1000 * (q + 1) + i;
        return queue.send(chat, { html: 'digest' }, async () => {
          markedAt.set(chat, timer.now());
          await timer.sleep(400, new AbortController().signal);
          return true;
        });
      }),
    );
    await timer.run();
    expect((await Promise.all(sends)).every((d) => d.ok)).toBe(true);
    const leads = [...markedAt].map(([chat, at]) => (turns.get(chat) ?? NaN) - at);
    // Marks take 400 ms: the later ones start MAX_LEAD_MS before their turns, never earlier, and
    // their sends leave as soon as they are marked.
    expect(Math.max(...leads)).toBeCloseTo(MAX_LEAD_MS, 6);
    for (const e of events) {
      const [, chat, at] = /^sent (\d+) .* at (\d+(\.\d+)?)$/.exec(e) ?? [];
      const turn = turns.get(Number(chat)) ?? NaN;
      expect(Number(at)).toBeCloseTo(Math.max(turn, (markedAt.get(Number(chat)) ?? NaN) + 400), 6);
    }
    expect(new MarkLead().ms).toBe(0);
    const lead = new MarkLead();
    // The last 64 marks: 95 % of them took 10 ms or less, then no longer.
    for (let i = 0; i < 64; i++) lead.record(i < 61 ? 10 : 5_000);
    expect(lead.ms).toBe(10);
    lead.record(5_000);
    expect(lead.ms).toBe(MAX_LEAD_MS);
  });
});
