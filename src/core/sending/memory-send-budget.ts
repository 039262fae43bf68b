import type { Reservation, SendBucket, SendBudget } from '../ports/send-budget.js';
import { decide, sortedBuckets } from './pacing.js';

/** A bucket's next free instant is forgotten this long after it passed (memory stays bounded). */
const FORGET_AFTER_MS = 10 * 60_000;

/**
 * The send budget of a single process (tests, benchmarks): each bucket's next free instant in
 * memory. `now` is injectable so that tests can check the reservations without waiting.
 */
export class MemorySendBudget implements SendBudget {
  private readonly nextFree = new Map<string, number>();
  private lastSweep = 0;

  constructor(private readonly now: () => number = Date.now) {}

  reserve(buckets: readonly SendBucket[], horizonMs: number): Promise<Reservation> {
    const now = this.now();
    this.sweep(now);
    const { reservation, updates } = decide(
      sortedBuckets(buckets),
      (key) => this.nextFree.get(key),
      now,
      horizonMs,
    );
    for (const [key, at] of updates) this.nextFree.set(key, at);
    return Promise.resolve(reservation);
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < FORGET_AFTER_MS) return;
    this.lastSweep = now;
    for (const [key, at] of this.nextFree)
      if (at < now - FORGET_AFTER_MS) this.nextFree.delete(key);
  }
}
