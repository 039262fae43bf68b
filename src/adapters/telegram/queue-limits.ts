import { setTimeout as sleep } from 'node:timers/promises';
import type { Backoff } from '../../core/async/retry.js';

/** Time, injectable so that tests run the queue without waiting. */
export interface QueueTimer {
  now(): number;
  sleep(ms: number, signal: AbortSignal): Promise<void>;
}

export const systemTimer: QueueTimer = {
  now: () => Date.now(),
  sleep: (ms, signal) => sleep(ms, undefined, { signal }),
};

export interface Rate {
  readonly count: number;
  readonly windowMs: number;
}

export interface QueueLimits {
  readonly perChat: Rate;
  /** Extra limit for groups, supergroups and channels (negative chat ids). */
  readonly perGroup: Rate;
  readonly overall: Rate;
  /**
   * The overall rate all processes of a fleet share through the send budget, a little below
   * `overall`: their sends reach Telegram with the jitter of each process's event loop and of the
   * way to Telegram (tens of ms on a loaded machine), and at this pace one arriving up to ~75 ms
   * late still leaves every second within Telegram's 30.
   */
  readonly fleetOverall: Rate;
  readonly maxInFlight: number;
  /** Attempts for 5xx and network errors before a message is given up. */
  readonly maxAttempts: number;
  /** 429 waits for one message before it is given up. */
  readonly maxRateLimitWaits: number;
  /** The wait before the next attempt after a 5xx or network error. */
  readonly retryBackoff: Backoff;
  /**
   * How far ahead a send may reserve its turn in the fleet's budget. Far enough that every send a
   * fleet has in flight (maxInFlight a process) gets its turn in one round trip: a shorter horizon
   * refuses the rest, which ask again and again (10 asks a send were measured with 3 processes),
   * and the database those asks keep busy delays the `sending` marks between turn and send, which
   * bunches the sends into 429s. A process that dies wastes at most its maxInFlight turns.
   */
  readonly fleetHorizonMs: number;
}

/**
 * Telegram's published limits, with a little room for network jitter: about 1 message/s per
 * chat, 20/min per group and 30/s overall.
 */
export const TELEGRAM_LIMITS: QueueLimits = {
  perChat: { count: 1, windowMs: 1050 },
  perGroup: { count: 20, windowMs: 61_000 },
  overall: { count: 29, windowMs: 1000 },
  fleetOverall: { count: 29, windowMs: 1020 },
  maxInFlight: 30,
  maxAttempts: 5,
  maxRateLimitWaits: 10,
  retryBackoff: { firstMs: 1000, maxMs: 30_000 },
  fleetHorizonMs: 10_000,
};
