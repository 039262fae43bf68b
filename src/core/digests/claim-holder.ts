import type { DeliveryKey, DigestStore } from '../ports/digest-store.js';
import type { FleetLocks, LockSession } from '../ports/fleet-locks.js';
import type { Logger } from '../ports/logger.js';

/** The fleet lock group whose live members are the processes holding digest claims. */
const GROUP = 'digest-claim-holders';

export interface ClaimHolderOptions {
  readonly locks: FleetLocks;
  readonly store: DigestStore;
  readonly logger: Logger;
  /**
   * The platforms whose repeated sends are dropped (Discord's nonce): their digests a dead holder
   * left `sending` are released too, and resent with the same key (default: none).
   */
  readonly resendable?: () => readonly string[];
}

/**
 * Lets the live processes of a fleet take over at once the digest claims of a process that died,
 * instead of after the claim's lease (JOB_LEASE_SECONDS, up to 2 min) and the next minute's tick.
 * Each process is a member of GROUP on a fleet lock session of its own, which the database ends
 * the moment the process dies (PostgreSQL: its connection closes), and writes the session's id
 * with each claim it makes (`current`). `release` finds claims whose holder is no longer a member
 * and ends their leases. A claim made while the session is down carries no holder and waits for
 * its lease, as do the claims of a process alive but stuck. Rows marked `sending` keep their
 * handling: on a platform that drops repeats (`resendable`: Discord's nonce) they are released
 * too and resent with their key, as their lease would have had them (only sooner, well inside the
 * platform's window for repeats); elsewhere (Telegram) they wait for their lease and are recorded
 * unknown, never resent. Whoever takes a
 * released slot claims it in the ledger as always, so a process wrongly taken for dead (alive,
 * its lock session lost) only finds at its `sending` mark that the slot is no longer its own, and
 * sends nothing: a mistake here costs work, never a duplicate.
 */
export class ClaimHolder {
  private session: LockSession | undefined;
  private id: string | undefined;
  private closed = false;
  /** Whether the last open failed (logged once until one succeeds). */
  private failing = false;

  constructor(private readonly options: ClaimHolderOptions) {}

  /** This process's holder id while its lock session lives; undefined otherwise. */
  current(): string | undefined {
    return this.id;
  }

  /** Opens the lock session if there is none (again after a loss); false when it cannot now. */
  async open(): Promise<boolean> {
    if (this.session) return true;
    if (this.closed) return false;
    let session: LockSession | undefined;
    try {
      session = await this.options.locks.open();
      await session.join(GROUP);
      const { me } = await session.survey(GROUP, GROUP, 0);
      if (this.isClosed()) throw new Error('closed');
      this.session = session;
      this.id = me;
    } catch (error) {
      await session?.close().catch(() => undefined);
      if (!this.isClosed() && !this.failing)
        this.options.logger.warn(
          { err: error },
          'digest claims carry no holder for now (no fleet lock session): they wait for their lease',
        );
      this.failing = true;
      return false;
    }
    this.failing = false;
    void session.lost.then((reason) => {
      if (this.session !== session) return;
      this.session = undefined;
      this.id = undefined;
      this.options.logger.warn({ reason }, 'claim holder session lost; opening a new one');
    });
    return true;
  }

  /**
   * Ends the lease of the claims whose holder is gone and returns their keys, to be run again. The
   * holders are read from the ledger before the members are surveyed: a holder had joined before
   * it claimed, so a process starting meanwhile is never taken for dead.
   */
  async release(now: Date): Promise<DeliveryKey[]> {
    const { store, logger } = this.options;
    if (!(await this.open()) || !this.session) return [];
    const resendable = this.options.resendable?.() ?? [];
    const holders = await store.claimHolders(now, resendable);
    if (holders.length === 0) return [];
    const { me, members } = await this.session.survey(GROUP, GROUP, 0);
    const live = new Set([me, ...members]);
    const gone = holders.filter((holder) => !live.has(holder));
    if (gone.length === 0) return [];
    const keys = await store.releaseClaims(gone, now, resendable);
    if (keys.length > 0)
      logger.warn(
        { holders: gone, claims: keys.length },
        'claims of a process that died released: they are taken over now',
      );
    return keys;
  }

  /** Read through a method: `close` may come during any await of `open`. */
  private isClosed(): boolean {
    return this.closed;
  }

  /** Ends the session: this process's claims then count as a dead process's. */
  async close(): Promise<void> {
    this.closed = true;
    const session = this.session;
    this.session = undefined;
    this.id = undefined;
    await session?.close();
  }
}
