import type { HeldLock, LeaderLock } from '../ports/leader-lock.js';

interface Holder {
  readonly lose: () => void;
}

/**
 * Locks of one process (SQLite has one process; tests): a name is held by at most one holder of
 * this instance. `lose` ends a holder's lock as a lost database connection would (for tests).
 */
export class MemoryLeaderLock implements LeaderLock {
  private readonly holders = new Map<string, Holder>();

  tryAcquire(name: string): Promise<HeldLock | undefined> {
    if (this.holders.has(name)) return Promise.resolve(undefined);
    let lose: () => void = () => undefined;
    const lost = new Promise<void>((resolve) => (lose = resolve));
    const holder: Holder = { lose };
    this.holders.set(name, holder);
    return Promise.resolve({
      lost,
      release: () => {
        if (this.holders.get(name) === holder) this.holders.delete(name);
        return Promise.resolve();
      },
    });
  }

  /** Ends the lock held on `name`, if any: the name is free and its holder's `lost` settles. */
  lose(name: string): void {
    const holder = this.holders.get(name);
    this.holders.delete(name);
    holder?.lose();
  }
}
