import { intervalOf, sortedBuckets } from '../../core/sending/pacing.js';
import type { Reservation, SendBucket, SendBudget } from '../../core/ports/send-budget.js';
import type { PgDatabase } from './pg-database.js';

/** Buckets whose next free instant passed this long ago are deleted, now and then. */
const FORGET_AFTER_MS = 10 * 60_000;
/** Answers whose way back is remembered, for the quickest of them (see `reserve`). */
const LATENCIES_REMEMBERED = 128;

/**
 * The fleet's send budget in PostgreSQL: one row per bucket with its next free instant, reserved by
 * one call of `briefly_reserve_send` (migration 8) per send: one round trip, atomic over the
 * buckets, on the server's clock. Processes that send through one bot token therefore share its
 * limits whatever their number.
 */
export class PgSendBudget implements SendBudget {
  private lastSweep = Date.now();
  /** For each recent answer: its arrival here minus the server's clock when it reserved. */
  private readonly latencies: number[] = [];

  /**
   * `now`: for tests only; by default the database server's clock, which every process shares.
   * `local`: this process's clock, which answers arrive by (injectable for tests).
   */
  constructor(
    private readonly db: PgDatabase,
    private readonly now?: () => number,
    private readonly local: () => number = Date.now,
  ) {}

  async reserve(buckets: readonly SendBucket[], horizonMs: number): Promise<Reservation> {
    const sorted = sortedBuckets(buckets);
    const row = await this.db.first<{ wait: number; reserved_at: number }>(
      `SELECT briefly_reserve_send($1::text[], $2::float8[], $3::boolean[], $4::float8, $5::float8) AS wait,
         (extract(epoch FROM clock_timestamp()) * 1000)::float8 AS reserved_at`,
      [
        sorted.map((b) => b.key),
        sorted.map(intervalOf),
        sorted.map((b) => b.queued === true),
        horizonMs,
        this.now?.() ?? null,
      ],
    );
    const late = this.lateBy(row?.reserved_at);
    await this.sweep();
    const wait = row?.wait ?? 0;
    return wait >= 0
      ? { reserved: true, waitMs: Math.max(0, wait - late) }
      : { reserved: false, retryInMs: -wait };
  }

  /**
   * How much later than the quickest recent answer this one arrived: a wait counted from the
   * answer's arrival would put the send that much after its turn (a busy pool or event loop makes
   * it tens of milliseconds, differently for each send), bunching sends that the server spaced
   * evenly. Counted from the server's clock at the reservation instead (plus the quickest way back
   * seen, which also absorbs any difference between the clocks). Not with a fixed test clock.
   */
  private lateBy(reservedAt: number | undefined): number {
    if (this.now || typeof reservedAt !== 'number') return 0;
    this.latencies.push(this.local() - reservedAt);
    if (this.latencies.length > LATENCIES_REMEMBERED) this.latencies.shift();
    return Math.max(0, (this.latencies.at(-1) ?? 0) - Math.min(...this.latencies));
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
