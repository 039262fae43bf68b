import type { FleetLocks, LockSession } from '../ports/fleet-locks.js';
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
 * Runs `work` in whichever process of the fleet holds lock 0 of `name` (FleetLocks): every process
 * asks for it every `retryMs` on a lock session of its own; the holder runs the work until it stops
 * or its session is lost (its connection broke: the work stops at once, before the database can
 * have given the lock to another), then asks again like the others, on a new session. A holder
 * that dies frees the lock (the database ends its session), and another process takes the work
 * over at its next try.
 */
export function leadWhileHeld(
  locks: FleetLocks,
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
  // The lock session, kept between tries; a lost one is replaced at the next try.
  let current: { readonly session: LockSession; lost: boolean } | undefined;
  const openSession = async () => {
    if (current && !current.lost) return current.session;
    const entry = { session: await locks.open(), lost: false };
    void entry.session.lost.then(() => (entry.lost = true));
    current = entry;
    return entry.session;
  };
  const done = (async () => {
    try {
      while (!stopped()) {
        let held: LockSession | undefined;
        try {
          const session = await openSession();
          if (await session.tryTake(name, 0)) held = session;
        } catch (error) {
          logger.warn(
            { err: error, lock: name, retryInMs: options.retryMs },
            'could not ask the database for the lock; asking again later',
          );
          await current?.session.close();
          current = undefined;
        }
        if (held && !stopped()) {
          leading = true;
          try {
            await holdAndWork(held, name, work, stopping.signal, logger);
          } finally {
            leading = false;
          }
        }
        if (!stopped()) await wait(options.retryMs, stopping.signal);
      }
    } finally {
      await current?.session.close();
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

/** One term as holder: the work runs until it ends, the session is lost, or the process stops. */
async function holdAndWork(
  session: LockSession,
  name: string,
  work: LeaderWork,
  stopping: AbortSignal,
  logger: Logger,
): Promise<void> {
  logger.info({ lock: name }, 'this process holds the lock and does its work');
  const term = new AbortController();
  const working = work(term.signal);
  const outcome = await Promise.race([
    session.lost.then((reason) => ({ lost: reason })),
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
  if (typeof outcome === 'object' && 'lost' in outcome)
    logger.warn(
      { lock: name, reason: outcome.lost },
      'lost the lock (its database session failed): the work stopped; asking for the lock again',
    );
  else
    await session.release(name, 0).catch((error: unknown) => {
      logger.warn(
        { err: error, lock: name },
        'could not release the lock (its session ends anyway)',
      );
    });
  if (outcome === 'ended')
    logger.warn({ lock: name }, 'the work ended by itself; lock released, asking again');
  else if (outcome === 'stopping') logger.info({ lock: name }, 'lock released: stopping');
  if (typeof outcome === 'object' && 'error' in outcome) throw outcome.error;
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
