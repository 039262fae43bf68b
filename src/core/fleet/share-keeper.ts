import type { FleetLocks, LockSession } from '../ports/fleet-locks.js';
import type { Logger } from '../ports/logger.js';
import { planShare } from './share-plan.js';

/** Rounds a process sits out after work of its failed to begin. */
const BENCH_ROUNDS = 6;

export interface ShareKeeperOptions {
  readonly locks: FleetLocks;
  /** The members that share the work (e.g. `discord:<bot id>:2`). */
  readonly group: string;
  /** The numbered locks, one per piece of work (e.g. `discord:<bot id>:2:shard`). */
  readonly name: string;
  readonly count: number;
  /** Begins the work of lock `n`, held now; rejects when it cannot (the lock is let go). */
  readonly begin: (n: number) => Promise<void>;
  /** Ends the work of lock `n` (before its lock is let go, never after). */
  readonly end: (n: number) => Promise<void>;
  readonly logger: Logger;
}

/**
 * Holds this process's fair share of `count` numbered fleet locks and does their work: each
 * `round` surveys the fleet, lets go what the share plan says (ending the work first, so no piece
 * is ever done by two processes), and takes free locks (then begins their work). When the lock
 * session is lost, all work ends at once, since the locks may already belong to others; the
 * next round opens a new session.
 */
export class ShareKeeper {
  private session: LockSession | undefined;
  private readonly heldLocks = new Set<number>();
  private freeBefore = new Set<number>();
  private closed = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Rounds left that this process sits out, not a member, after work failed to begin. */
  private benched = 0;

  constructor(private readonly options: ShareKeeperOptions) {}

  /** The locks held (their work begun or beginning), in order. */
  held(): number[] {
    return [...this.heldLocks].sort((a, b) => a - b);
  }

  /** One survey, then releases and takes. Failures are logged; the next round tries again. */
  async round(): Promise<void> {
    const { name, count, group, logger } = this.options;
    if (this.closed) return;
    try {
      const session = this.session ?? (await this.openSession());
      if (this.benched > 0) {
        if (--this.benched === 0) await session.join(group);
        return;
      }
      const survey = await session.survey(group, name, count);
      const plan = planShare(survey, count, this.freeBefore);
      this.freeBefore = new Set(survey.holders.flatMap((holder, n) => (holder ? [] : [n])));
      for (const n of plan.release) {
        await this.endWork(n);
        await session.release(name, n);
        logger.info({ lock: name, n, members: survey.members.length }, 'fleet lock handed over');
      }
      let room = plan.room;
      for (const n of plan.take) {
        if (room === 0 || !this.current(session)) break;
        if (!(await session.tryTake(name, n))) continue;
        room--;
        if (await this.beginWork(session, n)) continue;
        if (!this.current(session)) break; // the session was lost meanwhile: not this work's fault
        // This process cannot do the work now (its platform connection fails): it stops counting
        // as a member for a while, so the others' fair share grows and they take the work.
        this.benched = BENCH_ROUNDS;
        await session.leave(group);
        break;
      }
    } catch (error) {
      logger.warn({ err: error, lock: name }, 'fleet lock round failed; the next one tries again');
    }
  }

  /** Runs a round now and then every `everyMs` until closed; resolves after the first round. */
  async start(everyMs: number): Promise<void> {
    await this.round();
    const next = () => {
      if (this.closed) return;
      this.timer = setTimeout(() => void this.round().finally(next), everyMs);
      this.timer.unref();
    };
    next();
  }

  /** Ends all work and the session (its locks go with it). */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    const session = this.session;
    this.session = undefined;
    await this.endAll();
    await session?.close();
  }

  private async openSession(): Promise<LockSession> {
    const session = await this.options.locks.open();
    if (this.closed) {
      await session.close();
      throw new Error('closed');
    }
    await session.join(this.options.group);
    this.session = session;
    void session.lost.then((reason) => this.lose(session, reason));
    return session;
  }

  /** Whether `session` is still this keeper's, and the keeper still open (both change meanwhile). */
  private current(session: LockSession): boolean {
    return this.session === session && !this.closed;
  }

  /** Whether the work began (else the lock was let go again). */
  private async beginWork(session: LockSession, n: number): Promise<boolean> {
    const { name, logger } = this.options;
    this.heldLocks.add(n);
    try {
      await this.options.begin(n);
    } catch (error) {
      logger.error({ err: error, lock: name, n }, 'work of a fleet lock could not begin; let go');
      await this.endWork(n);
      await session.release(name, n).catch(() => undefined);
      return false;
    }
    // Lost or closed while it began: the loss already ended the work it knew of; end this too.
    if (this.session !== session) await this.endWork(n);
    return true;
  }

  private async endWork(n: number): Promise<void> {
    if (!this.heldLocks.delete(n)) return;
    try {
      await this.options.end(n);
    } catch (error) {
      this.options.logger.error({ err: error, lock: this.options.name, n }, 'ending work failed');
    }
  }

  private async endAll(): Promise<void> {
    for (const n of this.held()) await this.endWork(n);
  }

  private async lose(session: LockSession, reason: string): Promise<void> {
    if (this.session !== session) return;
    this.session = undefined;
    this.freeBefore = new Set();
    this.benched = 0;
    this.options.logger.error(
      { lock: this.options.name, reason, held: this.held() },
      'fleet lock session lost: its work stops until the locks are taken again',
    );
    await this.endAll();
  }
}
