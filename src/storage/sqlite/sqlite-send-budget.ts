import { intervalOf, sortedBuckets } from '../../core/sending/pacing.js';
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
    this.reserveNow = cache.db.transaction(
      (buckets: SendBucket[], horizonMs: number): Reservation => {
        const at0 = now();
        if (at0 - this.lastSweep > FORGET_AFTER_MS) {
          this.lastSweep = at0;
          cache.sql('DELETE FROM send_budget WHERE next_free < ?').run(at0 - FORGET_AFTER_MS);
        }
        let at = at0;
        for (const bucket of buckets) {
          const row = cache
            .sql('SELECT next_free FROM send_budget WHERE key = ?')
            .get(bucket.key) as { next_free: number } | undefined;
          if (row) at = Math.max(at, row.next_free);
        }
        if (at - at0 > horizonMs) return { reserved: false, retryInMs: at - at0 - horizonMs };
        for (const bucket of buckets)
          cache
            .sql(
              'INSERT INTO send_budget (key, next_free) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET next_free = excluded.next_free',
            )
            .run(bucket.key, at + intervalOf(bucket));
        return { reserved: true, waitMs: at - at0 };
      },
    );
  }

  reserve(buckets: readonly SendBucket[], horizonMs: number): Promise<Reservation> {
    return Promise.resolve(this.reserveNow(sortedBuckets(buckets), horizonMs));
  }
}
