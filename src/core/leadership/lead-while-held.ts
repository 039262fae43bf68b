import type { HeldLock, LeaderLock } from '../ports/leader-lock.js';
import type { Logger } from '../ports/logger.js';

/**
 * Work that only the lock's holder may do (long polling a bot's updates). It runs until `signal`
 * aborts, then stops and resolves; it rejects only when it can never work (a refused token).
 */
export type LeaderWork = (signal: AbortSignal) => Promise<void>;

export interface Leadership {
  /** Whether this process holds the lock (and runs the work) now. */
  leading(): boolean;
  /** Settles after stop(); rejects when the work failed for good. */
  readonly done: Promise<void>;
  stop(): Promise<void>;
}

export interface LeadOptions {
  /** How often a process without the lock asks for it again. */
  readonly retryMs: number;
  readonly logger: Logger;
  /** Waits `ms` or until `signal` aborts (injectable for tests). */
  readonly wait?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/**
 * Runs `work` in whichever process of the fleet holds the lock `name`: every process asks for it
 * every `retryMs`; the holder runs the work until it stops or loses the lock (its connection died:
 * the work stops at once, before another process can be given the lock), then asks again like the
 * others. A holder that dies frees the lock (the database ends its session), and another process
 * takes the work over at its next try.
 */
export function leadWhileHeld(
  lock: LeaderLock,
  name: string,
  work: LeaderWork,
  options: LeadOptions,
): Leadership {
  const { logger } = options;
  const wait = options.wait ?? abortableWait;
  const stopping = new AbortController();
  // A function, not the property: a stop may come while any await below is pending.
  const stopped = () => stopping.signal.aborted;
  let leading = false;
  const done = (async () => {
    while (!stopped()) {
      let held: HeldLock | undefined;
      try {
        held = await lock.tryAcquire(name);
      } catch (error) {
        logger.warn(
          { err: error, lock: name, retryInMs: options.retryMs },
          'could not ask the database for the lock; asking again later',
        );
      }
      if (held && !stopped()) {
        leading = true;
        try {
          await holdAndWork(held, name, work, stopping.signal, logger);
        } finally {
          leading = false;
        }
      } else await held?.release();
      if (!stopped()) await wait(options.retryMs, stopping.signal);
    }
  })();
  return {
    leading: () => leading,
    done,
    async stop() {
      stopping.abort();
      await done.catch(() => undefined);
    },
  };
}

/** One term as holder: the work runs until it ends, the lock is lost, or the process stops. */
async function holdAndWork(
  held: HeldLock,
  name: string,
  work: LeaderWork,
  stopping: AbortSignal,
  logger: Logger,
): Promise<void> {
  logger.info({ lock: name }, 'this process holds the lock and does its work');
  const term = new AbortController();
  const working = work(term.signal);
  const outcome = await Promise.race([
    held.lost.then(() => 'lost' as const),
    abortedPromise(stopping).then(() => 'stopping' as const),
    working.then(
      () => 'ended' as const,
      (error: unknown) => ({ error }),
    ),
  ]);
  term.abort();
  // The work has stopped before anything else happens: no second holder works beside it.
  const failure = await working.then(
    () => undefined,
    (error: unknown) => error,
  );
  await held.release().catch((error: unknown) => {
    logger.warn({ err: error, lock: name }, 'could not release the lock (its session ends anyway)');
  });
  if (outcome === 'lost')
    logger.warn(
      { lock: name },
      'lost the lock (its database connection failed): the work stopped; asking for the lock again',
    );
  else if (outcome === 'ended')
    logger.warn({ lock: name }, 'the work ended by itself; lock released, asking again');
  else if (outcome === 'stopping') logger.info({ lock: name }, 'lock released: stopping');
  if (typeof outcome === 'object') throw outcome.error;
  if (failure !== undefined)
    logger.warn({ err: failure, lock: name }, 'the work failed while it was being stopped');
}

function abortedPromise(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) =>
    signal.addEventListener('abort', () => resolve(), { once: true }),
  );
}

function abortableWait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
