/**
 * SQL both stores can use as it is: standard SQL with named parameters (@name), which better-sqlite3
 * binds itself and the PostgreSQL store turns into $1, $2, …, and the column lists of the rows.
 * Only what the two dialects agree on word for word is here; the rest stays with each store.
 */

import type { DeliveryRow, FeedRow, ItemRow, SettingsRow } from './rows.js';

/**
 * When a ledger row that exists may be taken by a new owner (see DigestStore.claim): a claim whose
 * lease ended, a failure whose retry time has come, a send whose lease ended where resending is
 * safe; never past the attempt limit. Parameters: @now, @max, @resend (1 or 0).
 */
export const TAKE_OVER_CONDITION = `attempts < @max AND (
  (status = 'claimed' AND lease_until < @now) OR
  (status = 'failed' AND retry_at IS NOT NULL AND retry_at <= @now) OR
  (status = 'sending' AND lease_until < @now AND @resend = 1))`;

/**
 * Scheduled slots' claims whose lease still runs and whose holder is known, `claimed` or, on the
 * platforms `resendable` names (each dialect's test of `platform` against @resendable), `sending`
 * (DigestStore.claimHolders, releaseClaims). Parameters: @now, @resendable.
 */
export const heldClaims = (resendable: string) => `kind = 'scheduled' AND lease_until >= @now
  AND holder IS NOT NULL AND (status = 'claimed' OR (status = 'sending' AND ${resendable}))`;

/** Inserts or replaces a channel's settings (`settingsParams`); both dialects take it as it is. */
export const UPSERT_SETTINGS = `INSERT INTO digest_settings (platform, chat_id, enabled, minute_of_day, days, timezone, size, topics, language, show_images, ping_role, target, target_problem, active, inactive_reason, schedule_from, updated_at)
         VALUES (@platform, @chat_id, @enabled, @minute_of_day, @days, @timezone, @size, @topics, @language, @show_images, @ping_role, @target, @target_problem, @active, @inactive_reason, @schedule_from, @updated_at)
         ON CONFLICT (platform, chat_id) DO UPDATE SET enabled = excluded.enabled, minute_of_day = excluded.minute_of_day,
           days = excluded.days, timezone = excluded.timezone, size = excluded.size, topics = excluded.topics,
           language = excluded.language, show_images = excluded.show_images, ping_role = excluded.ping_role,
           target = excluded.target, target_problem = excluded.target_problem,
           active = excluded.active, inactive_reason = excluded.inactive_reason, schedule_from = excluded.schedule_from,
           updated_at = excluded.updated_at`;

/** Records why a channel's digest missed its target (@problem, null to clear); nothing else. */
export const NOTE_TARGET_PROBLEM = `UPDATE digest_settings SET target_problem = @problem
         WHERE platform = @platform AND chat_id = @chat_id`;

/**
 * A channel's ledger rows from a time on (the delivery log); positional parameters platform, chat id,
 * since, written `?` (SQLite) or `$n` (PostgreSQL) by `mark`. The primary key (platform, chat_id,
 * slot, kind) serves both the filter and the newest-first order.
 */
export const deliveryLogWhere = (mark: (n: number) => string) =>
  `digest_deliveries WHERE platform = ${mark(1)} AND chat_id = ${mark(2)} AND slot >= ${mark(3)}`;

/** Inserts or replaces the record of (feed, item key), keeping its place (`itemParams`). */
/** Feed retention: item records published before the cutoff ($1, epoch milliseconds). */
export const FORGET_ITEMS_BEFORE = 'DELETE FROM feed_items WHERE published_at < $1';

export const UPSERT_ITEM = `INSERT INTO feed_items (feed_url, item_key, article_key, article_url, content_hash, first_seen_at, published_at, fresh)
         VALUES (@feed_url, @item_key, @article_key, @article_url, @content_hash, @first_seen_at, @published_at, @fresh)
         ON CONFLICT (feed_url, item_key) DO UPDATE SET article_key = excluded.article_key, article_url = excluded.article_url,
           content_hash = excluded.content_hash, first_seen_at = excluded.first_seen_at,
           published_at = excluded.published_at, fresh = excluded.fresh`;

/**
 * The columns of the rows the stores read. The PostgreSQL store names them rather than `*`, so a
 * running process's prepared statements stay valid when a newer release's migration adds a column.
 */
export const SETTINGS_COLUMNS = (
  [
    'platform',
    'chat_id',
    'enabled',
    'minute_of_day',
    'days',
    'timezone',
    'size',
    'topics',
    'language',
    'show_images',
    'ping_role',
    'target',
    'target_problem',
    'active',
    'inactive_reason',
    'schedule_from',
    'updated_at',
  ] satisfies (keyof SettingsRow)[]
).join(', ');
export const DELIVERY_COLUMNS = (
  [
    'platform',
    'chat_id',
    'slot',
    'kind',
    'status',
    'owner',
    'attempts',
    'lease_until',
    'retry_at',
    'covered_until',
    'article_ids',
    'message_ids',
    'error',
    'updated_at',
  ] satisfies (keyof DeliveryRow)[]
).join(', ');
export const FEED_COLUMNS = (
  [
    'url',
    'title',
    'site_name',
    'etag',
    'last_modified',
    'next_poll_at',
    'consecutive_failures',
    'last_success_at',
    'last_error_at',
    'last_error',
    'paused',
    'moderators_told',
  ] satisfies (keyof FeedRow)[]
).join(', ');
export const ITEM_COLUMNS = (
  [
    'feed_url',
    'item_key',
    'article_key',
    'article_url',
    'content_hash',
    'first_seen_at',
    'published_at',
    'fresh',
  ] satisfies (keyof ItemRow)[]
).join(', ');
