import { intervalOf, sortedBuckets } from '../../core/sending/pacing.js';
import type { Reservation, SendBucket, SendBudget } from '../../core/ports/send-budget.js';
import type { PgDatabase } from './pg-database.js';

/** Buckets whose next free instant passed this long ago are deleted, now and then. */
const FORGET_AFTER_MS = 10 * 60_000;
/** The clock offset is taken from the quickest round trip of this many recent reservations. */
const OFFSET_SAMPLES = 64;

const RESERVE = `SELECT r.wait, (extract(epoch FROM clock_timestamp()) * 1000)::float8 AS server_now
  FROM (SELECT briefly_reserve_send($1::text[], $2::float8[], $3::boolean[], $4::float8, $5::float8) AS wait OFFSET 0) AS r`;

/**
 * The fleet's send budget in PostgreSQL: one row per bucket with its next free instant, reserved by
 * one call of `briefly_reserve_send` (migration 8) per send: one round trip, atomic over the
 * buckets, on the server's clock. Processes that send through one bot token therefore share its
 * limits whatever their number.
 */
export class PgSendBudget implements SendBudget {
  private lastSweep = Date.now();
  private readonly offset = new ClockOffset();

  /** `now`: for tests only; by default the database server's clock, which every process shares. */
  constructor(
    private readonly db: PgDatabase,
    private readonly now?: () => number,
  ) {}

  async reserve(buckets: readonly SendBucket[], horizonMs: number): Promise<Reservation> {
    const sorted = sortedBuckets(buckets);
    const asked = Date.now();
    const row = await this.db.first<{ wait: number; server_now: number }>(RESERVE, [
      sorted.map((b) => b.key),
      sorted.map(intervalOf),
      sorted.map((b) => b.queued === true),
      horizonMs,
      this.now?.() ?? null,
    ]);
    const answered = Date.now();
    await this.sweep();
    const wait = row?.wait ?? 0;
    const offset = row && !this.now ? this.offset.sample(row.server_now, asked, answered) : 0;
    if (wait < 0) return { reserved: false, retryInMs: -wait };
    if (this.now || !row) return { reserved: true, waitMs: wait };
    // The turn is an instant of the server's clock: the wait counts from there, not from whenever
    // the answer got through a slow round trip or a busy event loop here (the send would be late
    // by that much and bunch with the next one's).
    return { reserved: true, waitMs: Math.max(0, row.server_now + wait - offset - Date.now()) };
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

/**
 * The database server's clock minus this process's, from the reservations' round trips: the
 * server read its clock between `asked` and `answered` here, so the round trip with the least
 * time between them tells the offset best (within half of it). Recent samples only: clocks drift.
 */
export class ClockOffset {
  private readonly samples: { offset: number; roundTrip: number }[] = [];

  sample(serverNow: number, asked: number, answered: number): number {
    this.samples.push({ offset: serverNow - (asked + answered) / 2, roundTrip: answered - asked });
    if (this.samples.length > OFFSET_SAMPLES) this.samples.shift();
    let best = { offset: 0, roundTrip: Infinity };
    for (const s of this.samples) if (s.roundTrip < best.roundTrip) best = s;
    return best.offset;
  }
}
