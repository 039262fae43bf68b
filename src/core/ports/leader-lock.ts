/**
 * A lock that one process of the fleet holds at a time, named per job that must run exactly once
 * (e.g. `telegram-poll:<bot id>`: only one process may long-poll a bot's updates). Implementations:
 * PostgreSQL's session-level advisory locks (a fleet; the server frees a lock when its holder's
 * connection ends, so a dead process's lock is freed without leases of our own) and in memory (one
 * process, SQLite).
 */
export interface LeaderLock {
  /**
   * Takes the lock named `name` if nobody holds it: resolves to the held lock, or to undefined when
   * another holder has it. Rejects when it cannot tell (the database cannot be reached).
   */
  tryAcquire(name: string): Promise<HeldLock | undefined>;
}

export interface HeldLock {
  /**
   * Settles once the lock can no longer be counted on (its connection was lost or stopped
   * answering): the holder must stop the lock's work at once, since another may take it soon.
   */
  readonly lost: Promise<void>;
  /** Gives the lock up; another may take it at once. */
  release(): Promise<void>;
}
