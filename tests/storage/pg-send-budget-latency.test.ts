import { describe, expect, it } from 'vitest';
import type { PgDatabase } from '../../src/storage/postgres/pg-database.js';
import { PgSendBudget } from '../../src/storage/postgres/pg-send-budget.js';

/** A database that answers each reservation with `wait` (ms), reserved at the server time given. */
function answering(rows: { wait: number; reserved_at: number }[]): PgDatabase {
  return {
    first: () => Promise.resolve(rows.shift()),
    changes: () => Promise.resolve(0),
  } as unknown as PgDatabase;
}

const bucket = [{ key: 'tg:1:all', rate: { count: 29, windowMs: 1000 }, queued: true }];

describe('PgSendBudget: waits counted from the reservation, not from the answer', () => {
  it('takes off the time an answer spent on its way beyond the quickest one', async () => {
    // Server clock 1,000 ms behind this process's; the answers arrive 5, 5, 45 and 5 ms after
    // their reservations (the third one slowed: a busy pool or event loop).
    let arrival = 0;
    const budget = new PgSendBudget(
      answering([
        { wait: 300, reserved_at: 0 },
        { wait: 300, reserved_at: 100 },
        { wait: 300, reserved_at: 200 },
        { wait: -50, reserved_at: 300 },
        { wait: 300, reserved_at: 400 },
      ]),
      undefined,
      () => arrival,
    );
    const answers = [];
    for (const delay of [5, 5, 45, 45, 5]) {
      arrival = 1_000 + answers.length * 100 + delay;
      answers.push(await budget.reserve(bucket, 1000));
    }
    expect(answers).toEqual([
      { reserved: true, waitMs: 300 },
      { reserved: true, waitMs: 300 },
      // The send still leaves 300 ms after the server reserved it, as the others do.
      { reserved: true, waitMs: 260 },
      { reserved: false, retryInMs: 50 },
      { reserved: true, waitMs: 300 },
    ]);
  });

  it('leaves the waits alone with a fixed test clock', async () => {
    const budget = new PgSendBudget(
      answering([
        { wait: 300, reserved_at: 0 },
        { wait: 300, reserved_at: 0 },
      ]),
      () => 0,
      () => 5_000,
    );
    expect(await budget.reserve(bucket, 1000)).toEqual({ reserved: true, waitMs: 300 });
    expect(await budget.reserve(bucket, 1000)).toEqual({ reserved: true, waitMs: 300 });
  });
});
