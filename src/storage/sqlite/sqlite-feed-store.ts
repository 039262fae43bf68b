import type { ChatRef } from '../../core/ports/chat-memory.js';
import type {
  FeedItemRecord,
  FeedRecord,
  FeedStore,
  FeedSubscription,
  ItemIdentity,
} from '../../core/ports/feed-store.js';
import {
  feedParams,
  itemParams,
  toChat,
  toFeed,
  toItem,
  type FeedRow,
  type ItemRow,
} from '../rows.js';
import { FORGET_ITEMS_BEFORE, UPSERT_ITEM } from '../shared-sql.js';
import type { StatementCache } from './statement-cache.js';

/** FeedStore on SQLite: subscriptions, feed state and item identities survive restarts. */
export class SqliteFeedStore implements FeedStore {
  constructor(private readonly cache: StatementCache) {}

  addSubscription(chat: ChatRef, feedUrl: string, at: Date): Promise<boolean> {
    const result = this.cache
      .sql(
        'INSERT OR IGNORE INTO feed_subscriptions (platform, chat_id, feed_url, added_at) VALUES (?, ?, ?, ?)',
      )
      .run(chat.platform, chat.id, feedUrl, at.getTime());
    return Promise.resolve(result.changes === 1);
  }

  removeSubscription(chat: ChatRef, feedUrl: string): Promise<boolean> {
    const result = this.cache
      .sql('DELETE FROM feed_subscriptions WHERE platform = ? AND chat_id = ? AND feed_url = ?')
      .run(chat.platform, chat.id, feedUrl);
    return Promise.resolve(result.changes === 1);
  }

  listSubscriptions(chat: ChatRef): Promise<FeedSubscription[]> {
    const rows = this.cache
      .sql(
        'SELECT feed_url, added_at FROM feed_subscriptions WHERE platform = ? AND chat_id = ? ORDER BY added_at, seq',
      )
      .all(chat.platform, chat.id) as { feed_url: string; added_at: number }[];
    return Promise.resolve(
      rows.map((row) => ({
        chat: { ...chat },
        feedUrl: row.feed_url,
        addedAt: new Date(row.added_at),
      })),
    );
  }

  subscribersOf(feedUrl: string): Promise<ChatRef[]> {
    const rows = this.cache
      .sql('SELECT platform, chat_id FROM feed_subscriptions WHERE feed_url = ? ORDER BY seq')
      .all(feedUrl) as { platform: string; chat_id: string }[];
    return Promise.resolve(rows.map(toChat));
  }

  subscribedFeedUrls(): Promise<string[]> {
    const rows = this.cache
      .sql('SELECT DISTINCT feed_url FROM feed_subscriptions ORDER BY feed_url')
      .all() as { feed_url: string }[];
    return Promise.resolve(rows.map((row) => row.feed_url));
  }

  getFeed(url: string): Promise<FeedRecord | undefined> {
    const row = this.cache.sql('SELECT * FROM feeds WHERE url = ?').get(url) as FeedRow | undefined;
    return Promise.resolve(row && toFeed(row));
  }

  saveFeed(record: FeedRecord): Promise<void> {
    this.cache
      .sql(
        `INSERT OR REPLACE INTO feeds (url, title, site_name, etag, last_modified, next_poll_at, consecutive_failures,
           last_success_at, last_error_at, last_error, paused, moderators_told)
         VALUES (@url, @title, @site_name, @etag, @last_modified, @next_poll_at, @consecutive_failures,
           @last_success_at, @last_error_at, @last_error, @paused, @moderators_told)`,
      )
      .run(feedParams(record));
    return Promise.resolve();
  }

  claimPoll(url: string, now: Date, until: Date): Promise<boolean> {
    const result = this.cache
      .sql(
        `INSERT INTO feeds (url, next_poll_at, consecutive_failures, paused, moderators_told)
           VALUES (?, ?, 0, 0, 0)
           ON CONFLICT (url) DO UPDATE SET next_poll_at = excluded.next_poll_at
           WHERE feeds.next_poll_at <= ?`,
      )
      .run(url, until.getTime(), now.getTime());
    return Promise.resolve(result.changes > 0);
  }

  pollTimes(): Promise<Map<string, Date>> {
    const rows = this.cache.sql('SELECT url, next_poll_at FROM feeds').all() as {
      url: string;
      next_poll_at: number;
    }[];
    return Promise.resolve(new Map(rows.map((row) => [row.url, new Date(row.next_poll_at)])));
  }

  findItem(feedUrl: string, identity: ItemIdentity): Promise<FeedItemRecord | undefined> {
    const byKey = this.cache
      .sql('SELECT * FROM feed_items WHERE feed_url = ? AND item_key = ?')
      .get(feedUrl, identity.itemKey) as ItemRow | undefined;
    const byUrl =
      byKey ??
      (identity.articleUrl === undefined
        ? undefined
        : (this.cache
            .sql(
              'SELECT * FROM feed_items WHERE feed_url = ? AND article_url = ? ORDER BY rowid LIMIT 1',
            )
            .get(feedUrl, identity.articleUrl) as ItemRow | undefined));
    const found =
      byUrl ??
      (this.cache
        .sql(
          'SELECT * FROM feed_items WHERE feed_url = ? AND content_hash = ? ORDER BY rowid LIMIT 1',
        )
        .get(feedUrl, identity.contentHash) as ItemRow | undefined);
    return Promise.resolve(found && toItem(found));
  }

  saveItem(record: FeedItemRecord): Promise<void> {
    this.cache.sql(UPSERT_ITEM).run(itemParams(record));
    return Promise.resolve();
  }

  hasItems(feedUrl: string): Promise<boolean> {
    return Promise.resolve(
      this.cache.sql('SELECT 1 FROM feed_items WHERE feed_url = ? LIMIT 1').get(feedUrl) !==
        undefined,
    );
  }

  forgetItemsPublishedBefore(cutoff: Date): Promise<number> {
    const { changes } = this.cache
      .sql(FORGET_ITEMS_BEFORE.replace('$1', '?'))
      .run(cutoff.getTime());
    return Promise.resolve(changes);
  }

  freshItemsSince(since: Date, feedUrls?: readonly string[]): Promise<FeedItemRecord[]> {
    const rows = this.cache
      .sql(
        'SELECT * FROM feed_items WHERE fresh = 1 AND first_seen_at > ? ORDER BY first_seen_at, feed_url, item_key',
      )
      .all(since.getTime()) as ItemRow[];
    const wanted = feedUrls ? new Set(feedUrls) : undefined;
    return Promise.resolve(rows.filter((row) => !wanted || wanted.has(row.feed_url)).map(toItem));
  }

  /** A chat the bot can no longer post to reads no feeds (its topics neither). */
  forgetChat(chat: ChatRef): void {
    this.cache
      .sql(
        `DELETE FROM feed_subscriptions WHERE platform = ? AND (chat_id = ? OR chat_id LIKE ? || ':%')`,
      )
      .run(chat.platform, chat.id, chat.id);
  }

  /** A chat that moved to a new id keeps its feeds (and its topics theirs). */
  moveChat(from: ChatRef, to: ChatRef): void {
    this.cache
      .sql(
        `UPDATE OR IGNORE feed_subscriptions SET platform = ?, chat_id = ? || substr(chat_id, length(?) + 1)
         WHERE platform = ? AND (chat_id = ? OR chat_id LIKE ? || ':%')`,
      )
      .run(to.platform, to.id, from.id, from.platform, from.id, from.id);
  }
}
