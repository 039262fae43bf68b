import { backoffDelay } from '../async/retry.js';
import type { Logger } from '../ports/logger.js';
import type { SendBucket, SendBudget } from '../ports/send-budget.js';

/** How far ahead a send may be reserved: a queue holds no more than about a second of the rate. */
export const RESERVE_HORIZON_MS = 1_000;
/** While the budget cannot be asked (the database restarts), sends wait and ask again. */
const OUTAGE_BACKOFF = { firstMs: 250, maxMs: 5_000 };

export interface AcquireOptions {
  readonly logger: Logger;
  /** Resolves after `ms`, or rejects once `signal` is aborted. */
  readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly signal?: AbortSignal | undefined;
  readonly horizonMs?: number;
  /**
   * Returns up to this long before the reserved instant (default 0: at it), with the time still to
   * wait: a caller with a step of its own before the send (Telegram's `sending` mark, a database
   * write) takes it meanwhile, and the send still leaves at its instant.
   */
  readonly leadMs?: number;
  /** How widely refused senders spread their next ask (default: a quarter of the horizon). */
  readonly spreadMs?: number;
}

/**
 * Waits until one send is allowed by every bucket, for the whole fleet, and returns when the
 * caller may send. When the budget cannot be asked (its database is down) the send waits and asks
 * again with backoff, logged, rather than going out unpaced: N processes would send N times the
 * limit. Rejects only when `signal` is aborted (the queue is closing).
 */
export async function acquireSend(
  budget: SendBudget,
  buckets: readonly SendBucket[],
  options: Omit<AcquireOptions, 'leadMs'>,
): Promise<void> {
  await acquireTurn(budget, buckets, options);
}

/** acquireSend, returning up to `leadMs` before the turn: resolves with the ms still to wait. */
export async function acquireTurn(
  budget: SendBudget,
  buckets: readonly SendBucket[],
  options: AcquireOptions,
): Promise<number> {
  let failures = 0;
  const horizon = options.horizonMs ?? RESERVE_HORIZON_MS;
  for (;;) {
    options.signal?.throwIfAborted();
    let wait: number;
    try {
      const answer = await budget.reserve(buckets, horizon);
      if (failures > 0) options.logger.info({ failures }, 'send budget reachable again');
      failures = 0;
      if (answer.reserved) {
        const early = Math.min(answer.waitMs, Math.max(0, options.leadMs ?? 0));
        if (answer.waitMs > early) await options.sleep(answer.waitMs - early, options.signal);
        return early;
      }
      // Spread (a quarter of the horizon): senders refused together do not all ask again at once.
      wait = Math.max(1, answer.retryInMs) + Math.random() * (options.spreadMs ?? horizon * 0.25);
    } catch (error) {
      failures++;
      wait = backoffDelay(OUTAGE_BACKOFF, failures);
      options.logger.warn(
        { err: error, failures, retryInMs: wait },
        'send budget unavailable; the send waits and asks again',
      );
    }
    await options.sleep(wait, options.signal);
  }
}
