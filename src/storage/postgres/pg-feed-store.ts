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
import { FEED_COLUMNS, FORGET_ITEMS_BEFORE, ITEM_COLUMNS, UPSERT_ITEM } from '../shared-sql.js';
import { CHAT_AND_TOPICS, chatParams, moveChatSql, moveParams } from './chat-rows.js';
import type { PgDatabase } from './pg-database.js';

/** FeedStore on PostgreSQL: subscriptions, feed state and item identities, shared by processes. */
export class PgFeedStore implements FeedStore {
  constructor(private readonly db: PgDatabase) {}

  async addSubscription(chat: ChatRef, feedUrl: string, at: Date): Promise<boolean> {
    const added = await this.db.changes(
      `INSERT INTO feed_subscriptions (platform, chat_id, feed_url, added_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (platform, chat_id, feed_url) DO NOTHING`,
      [chat.platform, chat.id, feedUrl, at.getTime()],
    );
    return added === 1;
  }

  async removeSubscription(chat: ChatRef, feedUrl: string): Promise<boolean> {
    const removed = await this.db.changes(
      'DELETE FROM feed_subscriptions WHERE platform = $1 AND chat_id = $2 AND feed_url = $3',
      [chat.platform, chat.id, feedUrl],
    );
    return removed === 1;
  }

  async listSubscriptions(chat: ChatRef): Promise<FeedSubscription[]> {
    const rows = await this.db.rows<{ feed_url: string; added_at: number }>(
      'SELECT feed_url, added_at FROM feed_subscriptions WHERE platform = $1 AND chat_id = $2 ORDER BY added_at, seq',
      [chat.platform, chat.id],
    );
    return rows.map((row) => ({
      chat: { ...chat },
      feedUrl: row.feed_url,
      addedAt: new Date(row.added_at),
    }));
  }

  async subscribersOf(feedUrl: string): Promise<ChatRef[]> {
    const rows = await this.db.rows<{ platform: string; chat_id: string }>(
      'SELECT platform, chat_id FROM feed_subscriptions WHERE feed_url = $1 ORDER BY seq',
      [feedUrl],
    );
    return rows.map(toChat);
  }

  async subscribedFeedUrls(): Promise<string[]> {
    const rows = await this.db.rows<{ feed_url: string }>(
      'SELECT DISTINCT feed_url FROM feed_subscriptions ORDER BY feed_url',
    );
    return rows.map((row) => row.feed_url);
  }

  async getFeed(url: string): Promise<FeedRecord | undefined> {
    const row = await this.db.first<FeedRow>(`SELECT ${FEED_COLUMNS} FROM feeds WHERE url = $1`, [
      url,
    ]);
    return row && toFeed(row);
  }

  async saveFeed(record: FeedRecord): Promise<void> {
    await this.db.changes(
      `INSERT INTO feeds (url, title, site_name, etag, last_modified, next_poll_at, consecutive_failures,
           last_success_at, last_error_at, last_error, paused, moderators_told)
         VALUES (@url, @title, @site_name, @etag, @last_modified, @next_poll_at, @consecutive_failures,
           @last_success_at, @last_error_at, @last_error, @paused, @moderators_told)
         ON CONFLICT (url) DO UPDATE SET title = excluded.title, site_name = excluded.site_name,
           etag = excluded.etag, last_modified = excluded.last_modified, next_poll_at = excluded.next_poll_at,
           consecutive_failures = excluded.consecutive_failures, last_success_at = excluded.last_success_at,
           last_error_at = excluded.last_error_at, last_error = excluded.last_error, paused = excluded.paused,
           moderators_told = excluded.moderators_told`,
      feedParams(record),
    );
  }

  async claimPoll(url: string, now: Date, until: Date): Promise<boolean> {
    const changed = await this.db.changes(
      `INSERT INTO feeds (url, next_poll_at, consecutive_failures, paused, moderators_told)
         VALUES (@url, @until, 0, false, false)
         ON CONFLICT (url) DO UPDATE SET next_poll_at = excluded.next_poll_at
         WHERE feeds.next_poll_at <= @now`,
      { url, until: until.getTime(), now: now.getTime() },
    );
    return changed > 0;
  }

  async pollTimes(): Promise<Map<string, Date>> {
    const rows = await this.db.rows<{ url: string; next_poll_at: number }>(
      'SELECT url, next_poll_at FROM feeds',
    );
    return new Map(rows.map((row) => [row.url, new Date(row.next_poll_at)]));
  }

  /** One query: the key's row, else the oldest with the article URL, else the oldest with the hash. */
  async findItem(feedUrl: string, identity: ItemIdentity): Promise<FeedItemRecord | undefined> {
    const row = await this.db.first<ItemRow>(
      `SELECT ${ITEM_COLUMNS} FROM feed_items
         WHERE feed_url = @feed_url AND (item_key = @item_key OR article_url = @article_url OR content_hash = @content_hash)
         ORDER BY CASE WHEN item_key = @item_key THEN 0 WHEN article_url = @article_url THEN 1 ELSE 2 END, seq
         LIMIT 1`,
      {
        feed_url: feedUrl,
        item_key: identity.itemKey,
        article_url: identity.articleUrl ?? null,
        content_hash: identity.contentHash,
      },
    );
    return row && toItem(row);
  }

  async saveItem(record: FeedItemRecord): Promise<void> {
    await this.db.changes(UPSERT_ITEM, itemParams(record));
  }

  async hasItems(feedUrl: string): Promise<boolean> {
    return (
      (await this.db.first('SELECT 1 FROM feed_items WHERE feed_url = $1 LIMIT 1', [feedUrl])) !==
      undefined
    );
  }

  async forgetItemsPublishedBefore(cutoff: Date): Promise<number> {
    return this.db.changes(FORGET_ITEMS_BEFORE, [cutoff.getTime()]);
  }

  async freshItemsSince(since: Date, feedUrls?: readonly string[]): Promise<FeedItemRecord[]> {
    const rows = await this.db.rows<ItemRow>(
      `SELECT ${ITEM_COLUMNS} FROM feed_items WHERE fresh AND first_seen_at > $1 AND ($2::text[] IS NULL OR feed_url = ANY($2::text[]))
         ORDER BY first_seen_at, feed_url, item_key`,
      [since.getTime(), feedUrls ?? null],
    );
    return rows.map(toItem);
  }

  /** A chat the bot can no longer post to reads no feeds (its topics neither). */
  async forgetChat(chat: ChatRef): Promise<void> {
    await this.db.changes(
      `DELETE FROM feed_subscriptions WHERE ${CHAT_AND_TOPICS}`,
      chatParams(chat),
    );
  }

  /** A chat that moved to a new id keeps its feeds (and its topics theirs). */
  async moveChat(from: ChatRef, to: ChatRef): Promise<void> {
    await this.db.changes(moveChatSql('feed_subscriptions', ['feed_url']), moveParams(from, to));
  }
}
