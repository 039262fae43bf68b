import { chatKey, type ChatRef } from '../core/ports/chat-memory.js';
import type {
  FeedItemRecord,
  FeedRecord,
  FeedStore,
  FeedSubscription,
  ItemIdentity,
} from '../core/ports/feed-store.js';

/** Feed storage in memory: for tests and for running without a database. Lost at exit. */
export class MemoryFeedStore implements FeedStore {
  private readonly subscriptions: FeedSubscription[] = [];
  private readonly feeds = new Map<string, FeedRecord>();
  /** feed URL → item key → record */
  private readonly items = new Map<string, Map<string, FeedItemRecord>>();

  addSubscription(chat: ChatRef, feedUrl: string, at: Date): Promise<boolean> {
    if (this.indexOf(chat, feedUrl) !== -1) return Promise.resolve(false);
    this.subscriptions.push({ chat: { ...chat }, feedUrl, addedAt: new Date(at) });
    return Promise.resolve(true);
  }

  removeSubscription(chat: ChatRef, feedUrl: string): Promise<boolean> {
    const at = this.indexOf(chat, feedUrl);
    if (at !== -1) this.subscriptions.splice(at, 1);
    return Promise.resolve(at !== -1);
  }

  listSubscriptions(chat: ChatRef): Promise<FeedSubscription[]> {
    const key = chatKey(chat);
    return Promise.resolve(
      this.subscriptions
        .filter((s) => chatKey(s.chat) === key)
        .sort((a, b) => a.addedAt.getTime() - b.addedAt.getTime())
        .map(copySubscription),
    );
  }

  subscribersOf(feedUrl: string): Promise<ChatRef[]> {
    return Promise.resolve(
      this.subscriptions.filter((s) => s.feedUrl === feedUrl).map((s) => ({ ...s.chat })),
    );
  }

  subscribedFeedUrls(): Promise<string[]> {
    return Promise.resolve([...new Set(this.subscriptions.map((s) => s.feedUrl))].sort());
  }

  getFeed(url: string): Promise<FeedRecord | undefined> {
    const record = this.feeds.get(url);
    return Promise.resolve(record && copyFeed(record));
  }

  saveFeed(record: FeedRecord): Promise<void> {
    this.feeds.set(record.url, copyFeed(record));
    return Promise.resolve();
  }

  claimPoll(url: string, now: Date, until: Date): Promise<boolean> {
    const record = this.feeds.get(url);
    if (record && record.nextPollAt.getTime() > now.getTime()) return Promise.resolve(false);
    this.feeds.set(
      url,
      copyFeed({
        ...(record ?? { url, consecutiveFailures: 0, paused: false, moderatorsTold: false }),
        nextPollAt: until,
      }),
    );
    return Promise.resolve(true);
  }

  pollTimes(): Promise<Map<string, Date>> {
    return Promise.resolve(
      new Map([...this.feeds.values()].map((feed) => [feed.url, new Date(feed.nextPollAt)])),
    );
  }

  findItem(feedUrl: string, identity: ItemIdentity): Promise<FeedItemRecord | undefined> {
    const items = this.items.get(feedUrl);
    if (!items) return Promise.resolve(undefined);
    const all = [...items.values()];
    const found =
      items.get(identity.itemKey) ??
      (identity.articleUrl === undefined
        ? undefined
        : all.find((item) => item.articleUrl === identity.articleUrl)) ??
      all.find((item) => item.contentHash === identity.contentHash);
    return Promise.resolve(found && copyItem(found));
  }

  saveItem(record: FeedItemRecord): Promise<void> {
    let items = this.items.get(record.feedUrl);
    if (!items) {
      items = new Map();
      this.items.set(record.feedUrl, items);
    }
    items.set(record.itemKey, copyItem(record));
    return Promise.resolve();
  }

  hasItems(feedUrl: string): Promise<boolean> {
    return Promise.resolve((this.items.get(feedUrl)?.size ?? 0) > 0);
  }

  forgetItemsPublishedBefore(cutoff: Date): Promise<number> {
    let forgotten = 0;
    for (const [feedUrl, items] of this.items) {
      for (const [key, item] of items) {
        if (item.publishedAt.getTime() >= cutoff.getTime()) continue;
        items.delete(key);
        forgotten++;
      }
      if (items.size === 0) this.items.delete(feedUrl);
    }
    return Promise.resolve(forgotten);
  }

  freshItemsSince(since: Date, feedUrls?: readonly string[]): Promise<FeedItemRecord[]> {
    const urls = feedUrls ? feedUrls.filter((url) => this.items.has(url)) : [...this.items.keys()];
    const found = urls
      .flatMap((url) => [...(this.items.get(url)?.values() ?? [])])
      .filter((item) => item.fresh && item.firstSeenAt.getTime() > since.getTime())
      .sort(
        (a, b) =>
          a.firstSeenAt.getTime() - b.firstSeenAt.getTime() ||
          compare(a.feedUrl, b.feedUrl) ||
          compare(a.itemKey, b.itemKey),
      );
    return Promise.resolve(found.map(copyItem));
  }

  private indexOf(chat: ChatRef, feedUrl: string): number {
    const key = chatKey(chat);
    return this.subscriptions.findIndex((s) => s.feedUrl === feedUrl && chatKey(s.chat) === key);
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Copies keep callers from changing stored state through the objects they were given or got back.
function copySubscription(s: FeedSubscription): FeedSubscription {
  return { chat: { ...s.chat }, feedUrl: s.feedUrl, addedAt: new Date(s.addedAt) };
}

function copyFeed(record: FeedRecord): FeedRecord {
  return {
    ...record,
    nextPollAt: new Date(record.nextPollAt),
    lastSuccessAt: record.lastSuccessAt && new Date(record.lastSuccessAt),
    lastErrorAt: record.lastErrorAt && new Date(record.lastErrorAt),
  };
}

function copyItem(record: FeedItemRecord): FeedItemRecord {
  return {
    ...record,
    firstSeenAt: new Date(record.firstSeenAt),
    publishedAt: new Date(record.publishedAt),
  };
}
