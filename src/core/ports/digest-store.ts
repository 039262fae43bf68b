import type { ChatLifecycle } from './chat-lifecycle.js';
import type { ChatRef } from './chat-memory.js';
import type { DigestTarget, TargetProblem } from './places.js';

export { TARGET_PROBLEMS, type DigestTarget, type TargetProblem } from './places.js';

/** A channel's digest settings, as moderators set them. */
export interface DigestSettings {
  readonly chat: ChatRef;
  readonly enabled: boolean;
  /** Local time of day, minutes after midnight. */
  readonly minuteOfDay: number;
  /** Weekdays, 0 = Sunday. */
  readonly days: readonly number[];
  readonly timezone: string;
  /** Stories per digest, 1 to 20. */
  readonly size: number;
  /** Topic tags; empty means every topic. */
  readonly topics: readonly string[];
  /** Whether digests and /news show articles' pictures (on unless a moderator turned them off). */
  readonly showImages: boolean;
  /** Discord: the id of the one role a digest pings (opt-in; unset: a digest pings nobody). */
  readonly pingRole?: string | undefined;
  /** Where digests go; unset: the channel itself. */
  readonly target?: DigestTarget | undefined;
  /** What kept the last digest from its target (cleared by a delivery there or a new target). */
  readonly targetProblem?: TargetProblem | undefined;
  /** The channel's language (a supported locale, e.g. `de`) as a moderator set it; unset: the platform's. */
  readonly language?: string | undefined;
  /** False once the bot can no longer post there (removed, blocked, channel deleted). */
  readonly active: boolean;
  readonly inactiveReason?: string | undefined;
  /** Only slots after this instant are due: turning a digest on never sends a slot already past. */
  readonly scheduleFrom: Date;
  readonly updatedAt: Date;
}

/** `scheduled`: a slot of the schedule. `manual`: /digest now, which does not use up a slot. */
export type DeliveryKind = 'scheduled' | 'manual';

/**
 * claimed: a process owns the slot and has not called the platform yet (safe to take over when its
 * lease ends). sending: the platform call has started (a crash here leaves delivery unknown).
 * sent, empty (nothing new to send), skipped (too late), failed (will be retried while in the catch-up
 * window), unknown (a crash during sending on a platform without idempotent sends: never resent).
 */
export type DeliveryStatus =
  'claimed' | 'sending' | 'sent' | 'empty' | 'skipped' | 'failed' | 'unknown';

export interface DeliveryKey {
  readonly chat: ChatRef;
  readonly slot: Date;
  readonly kind: DeliveryKind;
}

/** A row of the delivery ledger: one per (channel, slot, kind), never two. */
export interface Delivery extends DeliveryKey {
  readonly status: DeliveryStatus;
  readonly owner: string;
  readonly attempts: number;
  readonly leaseUntil: Date;
  readonly retryAt?: Date | undefined;
  /** Stories published up to this instant were considered for this digest. */
  readonly coveredUntil?: Date | undefined;
  readonly articleIds: readonly string[];
  readonly messageIds: readonly string[];
  readonly error?: string | undefined;
  readonly updatedAt: Date;
}

export interface ClaimRequest extends DeliveryKey {
  readonly owner: string;
  readonly now: Date;
  readonly leaseMs: number;
  /** Take over a `sending` row whose lease ended (only where the platform drops repeats). */
  readonly resendUnknown: boolean;
  readonly maxAttempts: number;
  /**
   * The claiming process's live fleet lock session (ClaimHolder): once that session is gone (the
   * process died), `releaseClaims` may end the claim's lease early. Unset: only the lease ends it.
   */
  readonly holder?: string | undefined;
}

export interface DeliveryUpdate {
  readonly status: Exclude<DeliveryStatus, 'claimed'>;
  readonly now: Date;
  readonly leaseMs?: number;
  readonly retryAt?: Date | undefined;
  readonly coveredUntil?: Date | undefined;
  readonly articleIds?: readonly string[];
  readonly messageIds?: readonly string[];
  readonly error?: string | undefined;
}

/** One page of a channel's delivery ledger, newest slot first. */
export interface DeliveryLogPage {
  readonly rows: readonly Delivery[];
  /** Rows of the channel in the period, on every page. */
  readonly total: number;
}

export interface DeliveryLogQuery {
  /** Rows whose slot is at or after this instant. */
  readonly since: Date;
  readonly offset: number;
  readonly limit: number;
}

/** Digest settings and the delivery ledger. Implementations: SQLite (and any other SQL database). */
export interface DigestStore extends ChatLifecycle {
  getSettings(chat: ChatRef): Promise<DigestSettings | undefined>;
  saveSettings(settings: DigestSettings): Promise<void>;
  /** Settings of every channel whose digest is on and that the bot can still post to. */
  listDue(): Promise<DigestSettings[]>;
  /**
   * Records (or clears, with undefined) why the channel's digest could not reach its target; only
   * that column changes, so a moderator's change made meanwhile stays. No-op without settings.
   */
  noteTargetProblem(chat: ChatRef, problem: TargetProblem | undefined): Promise<void>;

  /**
   * Takes a slot for `owner`: inserts the ledger row, or takes over a row nobody is working on (a
   * `claimed` row whose lease ended, a `failed` one whose retry time came, a `sending` one whose
   * lease ended when `resendUnknown`). Returns the row when the caller now owns it, else undefined.
   * Atomic: of any number of processes, one wins.
   */
  claim(request: ClaimRequest): Promise<Delivery | undefined>;
  /**
   * Records progress or the outcome; only the owner's update applies. Returns whether it did.
   * A process's updates take effect in the order it made them, even before their promises settle
   * (a digest's outcome is written no later than the `sending` mark that follows it).
   */
  update(key: DeliveryKey, owner: string, update: DeliveryUpdate): Promise<boolean>;
  getDelivery(key: DeliveryKey): Promise<Delivery | undefined>;
  /**
   * Where the coverage of this channel's latest delivery that posted something or found nothing
   * new ends (undefined: none, or one without). Only the instant: a digest run asks it of 10,000
   * channels, and a whole row each (with its article ids) was most of what the read carried.
   */
  lastCoveredUntil(chat: ChatRef): Promise<Date | undefined>;
  /** Ids of articles this channel received in digests since `since`. */
  sentArticleIds(chat: ChatRef, since: Date): Promise<Set<string>>;
  /**
   * The holders of scheduled slots' claims whose lease still runs: `claimed` rows, and `sending`
   * rows of the `resendable` platforms (where a repeat of a send is dropped: Discord's nonce).
   */
  claimHolders(now: Date, resendable: readonly string[]): Promise<string[]>;
  /**
   * Ends (just before `now`) the lease of those claims (as `claimHolders` counts them) held by
   * `holders`, processes known to be gone, so that they can be claimed (or resent) at once; returns
   * their keys.
   */
  releaseClaims(
    holders: readonly string[],
    now: Date,
    resendable: readonly string[],
  ): Promise<DeliveryKey[]>;
  /** `sending` rows whose lease ended: crashes in the middle of a send. */
  abandonedSends(now: Date): Promise<Delivery[]>;
  /** The channel's ledger since `since`, newest slot first (the control panel's delivery log). */
  deliveryLog(chat: ChatRef, query: DeliveryLogQuery): Promise<DeliveryLogPage>;
}
