/**
 * Exponential backoff: the wait after the n-th failure in a row is `firstMs`, then `factor` times
 * the one before, never more than `maxMs`. Every retry schedule in Briefly is one of these (the
 * Telegram queue, digest slots in the ledger, feed polls, the Telegram start-up check).
 */
export interface Backoff {
  readonly firstMs: number;
  readonly maxMs?: number;
  /** Growth per failure (default 2: doubling). */
  readonly factor?: number;
}

/** The wait after `failures` failures in a row (1 for the first; 0 counts as 1). */
export function backoffDelay(backoff: Backoff, failures: number): number {
  // The exponent is capped so that a long run of failures cannot overflow to Infinity or NaN.
  const exponent = Math.min(Math.max(failures, 1) - 1, 40);
  const delay = backoff.firstMs * (backoff.factor ?? 2) ** exponent;
  return Math.min(backoff.maxMs ?? Number.MAX_SAFE_INTEGER, delay);
}

export interface RetryOptions {
  /** Tries in all, the first included. */
  readonly attempts: number;
  readonly backoff: Backoff;
  /** Whether a failure may succeed on another try (default: every failure may). */
  readonly retryable?: (error: unknown) => boolean;
  /** Called before each wait, e.g. to log the failure. */
  readonly onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
  /** Injectable for tests. */
  readonly sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `task` until it resolves, a failure is not retryable, or `attempts` tries have failed;
 * then rejects with the last failure. `task` receives the number of the try (from 1).
 */
export async function retry<T>(
  task: (attempt: number) => Promise<T>,
  options: RetryOptions,
): Promise<T> {
  const sleep = options.sleep ?? realSleep;
  for (let attempt = 1; ; attempt++) {
    try {
      return await task(attempt);
    } catch (error) {
      if (attempt >= options.attempts || options.retryable?.(error) === false) throw error;
      const delay = backoffDelay(options.backoff, attempt);
      options.onRetry?.(error, attempt, delay);
      await sleep(delay);
    }
  }
}
