import { decide, sortedBuckets } from '../../core/sending/pacing.js';
import type { Reservation, SendBucket, SendBudget } from '../../core/ports/send-budget.js';
import type { StatementCache } from './statement-cache.js';

/** Buckets whose next free instant passed this long ago are deleted, now and then. */
const FORGET_AFTER_MS = 10 * 60_000;

/**
 * The send budget on SQLite (one process per database file): the same rows as PostgreSQL's, so a
 * restarted process keeps pacing where the last one stopped. One transaction per reservation.
 */
export class SqliteSendBudget implements SendBudget {
  private lastSweep = 0;
  private readonly reserveNow: (buckets: SendBucket[], horizonMs: number) => Reservation;

  constructor(cache: StatementCache, now: () => number = Date.now) {
    this.reserveNow = cache.db.transaction((buckets: SendBucket[], horizonMs: number) => {
      const at = now();
      if (at - this.lastSweep > FORGET_AFTER_MS) {
        this.lastSweep = at;
        cache.sql('DELETE FROM send_budget WHERE next_free < ?').run(at - FORGET_AFTER_MS);
      }
      const read = cache.sql('SELECT next_free FROM send_budget WHERE key = ?');
      const { reservation, updates } = decide(
        buckets,
        (key) => (read.get(key) as { next_free: number } | undefined)?.next_free,
        at,
        horizonMs,
      );
      const write = cache.sql(
        'INSERT INTO send_budget (key, next_free) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET next_free = excluded.next_free',
      );
      for (const [key, next] of updates) write.run(key, next);
      return reservation;
    });
  }

  reserve(buckets: readonly SendBucket[], horizonMs: number): Promise<Reservation> {
    return Promise.resolve(this.reserveNow(sortedBuckets(buckets), horizonMs));
  }
}
