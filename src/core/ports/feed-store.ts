import type { ChatRef } from './chat-memory.js';

/** One channel's subscription to a feed. A channel's list is ordered oldest first (`/feeds` numbers). */
export interface FeedSubscription {
  readonly chat: ChatRef;
  readonly feedUrl: string;
  readonly addedAt: Date;
}

/** What the bot knows about one feed, keyed by its URL (normalised, see `normaliseFeedUrl`). */
export interface FeedRecord {
  readonly url: string;
  /** The feed's own title. */
  readonly title?: string | undefined;
  /** The name shown as the publisher and source of the feed's articles. */
  readonly siteName?: string | undefined;
  /** Validators of the last full response, sent back as If-None-Match / If-Modified-Since. */
  readonly etag?: string | undefined;
  readonly lastModified?: string | undefined;
  readonly nextPollAt: Date;
  readonly consecutiveFailures: number;
  readonly lastSuccessAt?: Date | undefined;
  readonly lastErrorAt?: Date | undefined;
  readonly lastError?: string | undefined;
  /** Too many failures in a row: polled only rarely until it answers again. */
  readonly paused: boolean;
  /** The channels subscribed to it have been told that it paused (reset when it recovers). */
  readonly moderatorsTold: boolean;
}

/**
 * The identity of one item of one feed, remembered so that an item seen before is never new again,
 * even when its publisher changes its guid, link or date. One record per item key; when an item is
 * found again under a new key, a second record with the same `articleKey` and `firstSeenAt` is added.
 */
export interface FeedItemRecord {
  readonly feedUrl: string;
  /** guid / Atom id, else link, else a hash of title and date. */
  readonly itemKey: string;
  /** The ArticleIndex key of the article made from the item (shared by feeds carrying one story). */
  readonly articleKey: string;
  /** The canonical URL of the item's article, when it links one. */
  readonly articleUrl?: string | undefined;
  /** A hash of the item's title and text: finds an item whose guid and link both changed. */
  readonly contentHash: string;
  readonly firstSeenAt: Date;
  /** The publish time first reported (a later change of date does not move the article). */
  readonly publishedAt: Date;
  /**
   * Whether digests may count the item as news. False for the back catalogue found when a feed is
   * first read (only its recent items are fresh), so a new feed does not flood the next digest.
   */
  readonly fresh: boolean;
}

/** The ways an item can be recognised; `findItem` tries them in this order. */
export interface ItemIdentity {
  readonly itemKey: string;
  readonly articleUrl?: string | undefined;
  readonly contentHash: string;
}

/**
 * Storage of feed subscriptions, feed state and item identities. Implementations: memory (tests,
 * no database) and the database ones, all held to `tests/contracts/feed-store.contract.ts`.
 */
export interface FeedStore {
  /** Subscribes a channel; false when it already was (its place in the list is kept). */
  addSubscription(chat: ChatRef, feedUrl: string, at: Date): Promise<boolean>;
  /** Unsubscribes a channel; false when it was not subscribed. */
  removeSubscription(chat: ChatRef, feedUrl: string): Promise<boolean>;
  /** A channel's subscriptions, oldest first. */
  listSubscriptions(chat: ChatRef): Promise<FeedSubscription[]>;
  /** The channels subscribed to a feed. */
  subscribersOf(feedUrl: string): Promise<ChatRef[]>;
  /** Every feed at least one channel is subscribed to, each once, sorted. */
  subscribedFeedUrls(): Promise<string[]>;

  getFeed(url: string): Promise<FeedRecord | undefined>;
  /** Inserts or replaces the record of `record.url`. */
  saveFeed(record: FeedRecord): Promise<void>;
  /**
   * Takes a feed's due read for one process of the fleet: when its record is due at `now` (or it has
   * none yet, which is then made), moves its next read to `until` (a lease: the poll's own save sets
   * the real next time; a process that dies mid-poll leaves the feed due again at `until`) and
   * returns true. Atomic: of several callers at once, one wins.
   */
  claimPoll(url: string, now: Date, until: Date): Promise<boolean>;
  /** When each feed with a record is next due (one query, for the poll planner). */
  pollTimes(): Promise<Map<string, Date>>;

  /** The item known by this key, else by this article URL, else by this content hash, in this feed. */
  findItem(feedUrl: string, identity: ItemIdentity): Promise<FeedItemRecord | undefined>;
  /** Inserts or replaces the record of (`feedUrl`, `itemKey`). */
  saveItem(record: FeedItemRecord): Promise<void>;
  /** Whether any item of the feed has been recorded (false: the next read is its first). */
  hasItems(feedUrl: string): Promise<boolean>;
  /**
   * Fresh items first seen strictly after `since`, oldest first (then by feed URL and item key);
   * only of `feedUrls` when given. Aliases of one item share `articleKey`: callers dedupe on it.
   */
  freshItemsSince(since: Date, feedUrls?: readonly string[]): Promise<FeedItemRecord[]>;
  /**
   * Forgets the records of items published before `cutoff` (FEED_RETENTION_DAYS); returns how many.
   * Ingestion skips items that old, so a forgotten item never comes back as new.
   */
  forgetItemsPublishedBefore(cutoff: Date): Promise<number>;
}
