import { intervalOf, sortedBuckets } from '../../core/sending/pacing.js';
import type { Reservation, SendBucket, SendBudget } from '../../core/ports/send-budget.js';
import type { PgDatabase } from './pg-database.js';

/** Buckets whose next free instant passed this long ago are deleted, now and then. */
const FORGET_AFTER_MS = 10 * 60_000;

/**
 * The fleet's send budget in PostgreSQL: one row per bucket with its next free instant, reserved by
 * one call of `briefly_reserve_send` (migration 8) per send: one round trip, atomic over the
 * buckets, on the server's clock. Processes that send through one bot token therefore share its
 * limits whatever their number.
 */
export class PgSendBudget implements SendBudget {
  private lastSweep = Date.now();

  /** `now`: for tests only; by default the database server's clock, which every process shares. */
  constructor(
    private readonly db: PgDatabase,
    private readonly now?: () => number,
  ) {}

  async reserve(buckets: readonly SendBucket[], horizonMs: number): Promise<Reservation> {
    const sorted = sortedBuckets(buckets);
    const row = await this.db.first<{ wait: number }>(
      'SELECT briefly_reserve_send($1::text[], $2::float8[], $3::boolean[], $4::float8, $5::float8) AS wait',
      [
        sorted.map((b) => b.key),
        sorted.map(intervalOf),
        sorted.map((b) => b.queued === true),
        horizonMs,
        this.now?.() ?? null,
      ],
    );
    await this.sweep();
    const wait = row?.wait ?? 0;
    return wait >= 0 ? { reserved: true, waitMs: wait } : { reserved: false, retryInMs: -wait };
  }

  /** Rows of chats no longer written to are dropped every few minutes (one process may do it). */
  private async sweep(): Promise<void> {
    if (Date.now() - this.lastSweep < FORGET_AFTER_MS) return;
    this.lastSweep = Date.now();
    await this.db.changes(
      'DELETE FROM send_budget WHERE next_free < extract(epoch FROM clock_timestamp()) * 1000 - $1',
      [FORGET_AFTER_MS],
    );
  }
}
