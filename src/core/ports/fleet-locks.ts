/**
 * Locks that divide work among the processes of a fleet (Discord's gateway shards, one Telegram
 * poller). A lock belongs to a session, and the database ends the session when its process dies
 * (a SIGKILL, a lost machine), so a dead process's locks free themselves: nothing to expire, no
 * lease to renew. Implementations: PostgreSQL (session advisory locks on a connection of their
 * own) and in memory (one process).
 */
export interface FleetLocks {
  /** Opens a session of this process: its locks live as long as it does. */
  open(): Promise<LockSession>;
}

/** Which process holds what, as one session sees it at one instant. */
export interface LockSurvey {
  /** This session's id among `members` and `holders`. */
  readonly me: string;
  /** The live sessions that joined the group, sorted (the same order in every process). */
  readonly members: readonly string[];
  /** For each numbered lock 0 … count-1: the session holding it, or undefined when free. */
  readonly holders: readonly (string | undefined)[];
}

export interface LockSession {
  /** Counts this session among the live members of `group` (until it closes or is lost). */
  join(group: string): Promise<void>;
  /** Stops counting this session among the members of `group` (its locks stay held). */
  leave(group: string): Promise<void>;
  /** The members of `group` and the holder of each of the `count` numbered locks named `name`. */
  survey(group: string, name: string, count: number): Promise<LockSurvey>;
  /** Takes lock number `n` of `name` if no session holds it; true when this session holds it. */
  tryTake(name: string, n: number): Promise<boolean>;
  /** Lets lock number `n` of `name` go (nothing when this session does not hold it). */
  release(name: string, n: number): Promise<void>;
  /**
   * Settles, with the reason, when the session is lost (its connection broke or stopped
   * answering): every lock and membership of it must be taken as gone. Once lost it stays lost.
   */
  readonly lost: Promise<string>;
  /** Ends the session: its locks and memberships go. */
  close(): Promise<void>;
}
