import { describe, expect, it } from 'vitest';
import type { SendBucket, SendBudget } from '../../src/core/ports/send-budget.js';

/**
 * Budgets sharing one state, as the processes of a fleet share one database (in memory: one
 * budget, the only process), all reading the time from `now`, which the test moves.
 */
export type OpenBudgets = (now: () => number, processes: number) => Promise<SendBudget[]>;

const overall: SendBucket = {
  key: 'tg:1:overall',
  rate: { count: 30, windowMs: 1000 },
  queued: true,
};
const chat = (id: number): SendBucket => ({
  key: `tg:1:chat:${id}`,
  rate: { count: 1, windowMs: 1000 },
});
const group = (id: number): SendBucket => ({
  key: `tg:1:group:${id}`,
  rate: { count: 20, windowMs: 60_000 },
});

/** The most of `instants` that fall into any window of `windowMs` (half open). */
function busiestWindow(instants: readonly number[], windowMs: number): number {
  const sorted = [...instants].sort((a, b) => a - b);
  let most = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while ((sorted[end] ?? 0) - (sorted[start] ?? 0) >= windowMs) start++;
    most = Math.max(most, end - start + 1);
  }
  return most;
}

/**
 * Sends every entry of `wanted` through the processes (entry i through process i mod n), as their
 * queues would: each asks, waits when told to, and asks again, on the test's clock. Returns the
 * instant each send was reserved for.
 */
async function sendAll(
  budgets: readonly SendBudget[],
  clock: { now: number },
  wanted: readonly (readonly SendBucket[])[],
  horizonMs = 1000,
): Promise<number[]> {
  const instants: number[] = Array.from(wanted, () => NaN);
  let waiting = wanted.map((buckets, i) => ({ i, buckets, askAt: clock.now }));
  while (waiting.length > 0) {
    clock.now = Math.min(...waiting.map((w) => w.askAt));
    const asking = waiting.filter((w) => w.askAt === clock.now);
    // The processes ask at the same instant; within one process, one after another.
    const byProcess = budgets.map((_, p) => asking.filter((w) => w.i % budgets.length === p));
    await Promise.all(
      byProcess.map(async (mine, p) => {
        for (const w of mine) {
          const answer = await budgets[p]!.reserve(w.buckets, horizonMs);
          if (answer.reserved) instants[w.i] = clock.now + answer.waitMs;
          // Spread out, as acquireSend does, so that not every waiting sender asks at once.
          else w.askAt = clock.now + answer.retryInMs + (w.i % 8) * 30;
        }
      }),
    );
    waiting = waiting.filter((w) => Number.isNaN(instants[w.i]));
  }
  return instants;
}

/** What every SendBudget must do (memory, SQLite, PostgreSQL). */
export function sendBudgetContract(name: string, open: OpenBudgets): void {
  describe(`SendBudget contract: ${name}`, () => {
    it('lines sends up in a queued bucket, and takes a chat only when it is free now', async () => {
      const clock = { now: 1_000_000 };
      const [budget] = await open(() => clock.now, 1);
      expect(await budget!.reserve([chat(1), overall], 5_000)).toEqual({
        reserved: true,
        waitMs: 0,
      });
      // Another chat lines up behind the first send (34 ms: 30/s, 2 % slower).
      const other = await budget!.reserve([overall, chat(2)], 5_000);
      expect(other.reserved && other.waitMs).toBeCloseTo(34, 6);
      // Chat 1 is not free for 1,020 ms: nothing is reserved, so its place in line is not held.
      const again = await budget!.reserve([overall, chat(1)], 5_000);
      expect(again).toEqual({ reserved: false, retryInMs: expect.closeTo(1020, 6) as number });
      const third = await budget!.reserve([overall, chat(3)], 5_000);
      expect(third.reserved && third.waitMs).toBeCloseTo(68, 6);
    });

    it('reserves nothing beyond the horizon, and says when to ask again', async () => {
      const clock = { now: 2_000_000 };
      const [budget] = await open(() => clock.now, 1);
      const slow = { ...overall, key: 'slow', rate: { count: 1, windowMs: 1000 } };
      await budget!.reserve([slow], 100);
      const refused = await budget!.reserve([slow], 100);
      expect(refused).toEqual({ reserved: false, retryInMs: expect.closeTo(920, 6) as number });
      const later = await budget!.reserve([slow], 2_000);
      expect(later.reserved && later.waitMs).toBeCloseTo(1020, 6);
    });

    it('keeps three processes within every limit together', async () => {
      const clock = { now: 3_000_000 };
      const budgets = await open(() => clock.now, 3);
      // 150 messages: to 10 private chats and to 20 groups, a chat's messages from any process.
      const wanted = Array.from({ length: 150 }, (_, i) =>
        i % 3 === 0 ? [overall, chat(i % 10)] : [overall, chat(-(i % 20)), group(i % 20)],
      );
      const instants = await sendAll(budgets, clock, wanted);
      expect(busiestWindow(instants, 1000)).toBeLessThanOrEqual(30);
      const byKey = new Map<string, number[]>();
      wanted.forEach((buckets, i) => {
        for (const bucket of buckets)
          byKey.set(bucket.key, [...(byKey.get(bucket.key) ?? []), instants[i] ?? NaN]);
      });
      for (const [key, times] of byKey) {
        if (key.includes(':chat:')) expect(busiestWindow(times, 1000), key).toBe(1);
        if (key.includes(':group:'))
          expect(busiestWindow(times, 60_000), key).toBeLessThanOrEqual(20);
      }
    });

    it('uses at least 90 % of the overall rate while three processes have more to send', async () => {
      const clock = { now: 4_000_000 };
      const budgets = await open(() => clock.now, 3);
      // 90 messages to 90 chats (3 s of the rate): only the overall limit holds them back.
      const wanted = Array.from({ length: 90 }, (_, i) => [overall, chat(1000 + i)]);
      const instants = await sendAll(budgets, clock, wanted);
      expect(busiestWindow(instants, 1000)).toBeLessThanOrEqual(30);
      const seconds = (Math.max(...instants) - Math.min(...instants)) / 1000;
      expect(89 / seconds / 30).toBeGreaterThanOrEqual(0.9);
    });
  });
}
