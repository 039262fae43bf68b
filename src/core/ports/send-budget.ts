/** A platform limit: at most `count` sends in any `windowMs`. */
export interface SendRate {
  readonly count: number;
  readonly windowMs: number;
}

/** One limit a send counts against, e.g. the bot's overall rate or one chat's. */
export interface SendBucket {
  /** Names the limit for every process of the fleet: platform, bot and scope (`tg:123:chat:-42`). */
  readonly key: string;
  readonly rate: SendRate;
  /**
   * Sends line up in this bucket, reserved up to the horizon ahead (the bot's overall rate). In a
   * bucket without it (a chat's, a group's) a send is reserved only when the bucket is free now: a
   * chat that must wait never holds a place in the line that others could use meanwhile.
   */
  readonly queued?: boolean;
}

/** The answer to a reservation. */
export type Reservation =
  /** One send is reserved: send after waiting `waitMs` (0: now). */
  | { readonly reserved: true; readonly waitMs: number }
  /** No instant within the horizon is free: nothing is reserved; ask again in `retryInMs`. */
  | { readonly reserved: false; readonly retryInMs: number };

/**
 * Send permits shared by every process that holds one bot token: the platform's limits hold for the
 * bot, not for each process. Each bucket paces its sends evenly (one every `windowMs / count`), so
 * no window of `windowMs` ever holds more than `count` sends, while continuous demand uses the
 * whole rate. Implementations: in memory (one process) and PostgreSQL (a fleet).
 */
export interface SendBudget {
  /**
   * Reserves the earliest instant, at most `horizonMs` from now, at which one more send keeps every
   * bucket within its rate, and counts the send there in every bucket; refuses (reserving nothing)
   * while a bucket that is not `queued` is not free now. Atomic over the buckets.
   */
  reserve(buckets: readonly SendBucket[], horizonMs: number): Promise<Reservation>;
}
