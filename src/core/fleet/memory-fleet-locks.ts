import type { FleetLocks, LockSession, LockSurvey } from '../ports/fleet-locks.js';

/**
 * Fleet locks of a single process (SQLite, tests): the sessions it opens share one table in
 * memory, so with one session that process holds everything; tests open several as several
 * processes and `lose` one as a process whose connection broke.
 */
export class MemoryFleetLocks implements FleetLocks {
  private readonly holders = new Map<string, MemorySession>();
  private readonly groups = new Map<string, Set<MemorySession>>();
  private opened = 0;

  open(): Promise<LockSession> {
    return Promise.resolve(new MemorySession(this, `memory-${++this.opened}`));
  }

  /** Ends a session as a broken connection would: its locks go and its `lost` settles. */
  lose(session: LockSession, reason = 'connection lost'): void {
    if (session instanceof MemorySession) session.end(reason);
  }

  /** @internal */
  take(session: MemorySession, key: string): boolean {
    const holder = this.holders.get(key);
    if (holder && holder !== session) return false;
    this.holders.set(key, session);
    return true;
  }

  /** @internal */
  drop(session: MemorySession, key?: string): void {
    for (const [held, holder] of this.holders)
      if (holder === session && (key === undefined || held === key)) this.holders.delete(held);
    if (key === undefined) for (const members of this.groups.values()) members.delete(session);
  }

  /** @internal */
  join(session: MemorySession, group: string): void {
    const members = this.groups.get(group) ?? new Set();
    members.add(session);
    this.groups.set(group, members);
  }

  /** @internal */
  leave(session: MemorySession, group: string): void {
    this.groups.get(group)?.delete(session);
  }

  /** @internal */
  survey(session: MemorySession, group: string, name: string, count: number): LockSurvey {
    return {
      me: session.id,
      members: [...(this.groups.get(group) ?? [])].map((member) => member.id).sort(),
      holders: Array.from({ length: count }, (_, n) => this.holders.get(keyOf(name, n))?.id),
    };
  }
}

const keyOf = (name: string, n: number) => `${name}#${n}`;

class MemorySession implements LockSession {
  readonly lost: Promise<string>;
  private settle: (reason: string) => void = () => undefined;
  private ended = false;

  constructor(
    private readonly table: MemoryFleetLocks,
    readonly id: string,
  ) {
    this.lost = new Promise((resolve) => (this.settle = resolve));
  }

  async join(group: string): Promise<void> {
    await this.check();
    this.table.join(this, group);
  }

  async leave(group: string): Promise<void> {
    await this.check();
    this.table.leave(this, group);
  }

  async survey(group: string, name: string, count: number): Promise<LockSurvey> {
    await this.check();
    return this.table.survey(this, group, name, count);
  }

  async tryTake(name: string, n: number): Promise<boolean> {
    await this.check();
    return this.table.take(this, keyOf(name, n));
  }

  release(name: string, n: number): Promise<void> {
    if (!this.ended) this.table.drop(this, keyOf(name, n));
    return Promise.resolve();
  }

  close(): Promise<void> {
    this.table.drop(this);
    this.ended = true;
    return Promise.resolve();
  }

  end(reason: string): void {
    if (this.ended) return;
    this.table.drop(this);
    this.ended = true;
    this.settle(reason);
  }

  private check(): Promise<void> {
    // A closed or lost session holds nothing and can take nothing: like a closed connection.
    return this.ended
      ? Promise.reject(new Error('fleet lock session is closed'))
      : Promise.resolve();
  }
}
