import type { PgDatabase } from './pg-database.js';

/**
 * The PostgreSQL schema, as numbered steps matching SQLite's (same versions, names, tables and
 * columns): times are BIGINT epoch milliseconds, flags BOOLEAN, lists JSON text. Keys that are
 * listed in order compare byte by byte (COLLATE "C"), as in SQLite. A step is never edited once
 * released: changes are new steps.
 */
export const PG_MIGRATIONS: readonly {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}[] = [
  {
    version: 1,
    name: 'digest settings and delivery ledger',
    sql: `
      CREATE TABLE digest_settings (
        platform TEXT NOT NULL,
        chat_id TEXT NOT NULL,
        enabled BOOLEAN NOT NULL,
        minute_of_day INTEGER NOT NULL,
        days TEXT NOT NULL,
        timezone TEXT NOT NULL,
        size INTEGER NOT NULL,
        topics TEXT NOT NULL,
        active BOOLEAN NOT NULL DEFAULT TRUE,
        inactive_reason TEXT,
        schedule_from BIGINT NOT NULL,
        updated_at BIGINT NOT NULL,
        PRIMARY KEY (platform, chat_id)
      );
      CREATE TABLE digest_deliveries (
        platform TEXT NOT NULL,
        chat_id TEXT NOT NULL,
        slot BIGINT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('scheduled', 'manual')),
        status TEXT NOT NULL,
        owner TEXT NOT NULL,
        attempts INTEGER NOT NULL,
        lease_until BIGINT NOT NULL,
        retry_at BIGINT,
        covered_until BIGINT,
        article_ids TEXT NOT NULL DEFAULT '[]',
        message_ids TEXT NOT NULL DEFAULT '[]',
        error TEXT,
        created_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL,
        PRIMARY KEY (platform, chat_id, slot, kind)
      );
      CREATE INDEX digest_deliveries_status ON digest_deliveries (status, lease_until);
    `,
  },
  {
    version: 2,
    name: 'feed subscriptions, feed state and item identities',
    sql: `
      CREATE TABLE feed_subscriptions (
        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        platform TEXT NOT NULL,
        chat_id TEXT NOT NULL,
        feed_url TEXT COLLATE "C" NOT NULL,
        added_at BIGINT NOT NULL,
        UNIQUE (platform, chat_id, feed_url)
      );
      CREATE INDEX feed_subscriptions_feed ON feed_subscriptions (feed_url);
      CREATE TABLE feeds (
        url TEXT PRIMARY KEY,
        title TEXT,
        site_name TEXT,
        etag TEXT,
        last_modified TEXT,
        next_poll_at BIGINT NOT NULL,
        consecutive_failures INTEGER NOT NULL,
        last_success_at BIGINT,
        last_error_at BIGINT,
        last_error TEXT,
        paused BOOLEAN NOT NULL,
        moderators_told BOOLEAN NOT NULL
      );
      CREATE TABLE feed_items (
        seq BIGINT GENERATED ALWAYS AS IDENTITY,
        feed_url TEXT COLLATE "C" NOT NULL,
        item_key TEXT COLLATE "C" NOT NULL,
        article_key TEXT NOT NULL,
        article_url TEXT,
        content_hash TEXT NOT NULL,
        first_seen_at BIGINT NOT NULL,
        published_at BIGINT NOT NULL,
        fresh BOOLEAN NOT NULL,
        PRIMARY KEY (feed_url, item_key)
      );
      CREATE INDEX feed_items_url ON feed_items (feed_url, article_url);
      CREATE INDEX feed_items_hash ON feed_items (feed_url, content_hash);
      CREATE INDEX feed_items_fresh ON feed_items (first_seen_at) WHERE fresh;
    `,
  },
  {
    version: 3,
    name: 'control panel sessions and known chats',
    sql: `
      CREATE TABLE web_sessions (
        id TEXT PRIMARY KEY,
        user_platform TEXT,
        user_id TEXT,
        user_name TEXT,
        csrf TEXT NOT NULL,
        secrets TEXT NOT NULL DEFAULT '{}',
        created_at BIGINT NOT NULL,
        expires_at BIGINT NOT NULL
      );
      CREATE INDEX web_sessions_expires ON web_sessions (expires_at);
      CREATE TABLE known_chats (
        platform TEXT NOT NULL,
        chat_id TEXT NOT NULL,
        title TEXT NOT NULL,
        kind TEXT NOT NULL,
        seen_at BIGINT NOT NULL,
        PRIMARY KEY (platform, chat_id)
      );
    `,
  },
  {
    version: 4,
    name: 'keyword filter rules per channel',
    sql: `
      CREATE TABLE filter_rules (
        id BIGSERIAL PRIMARY KEY,
        platform TEXT NOT NULL,
        chat_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('include', 'exclude')),
        pattern TEXT NOT NULL,
        feed_url TEXT,
        created_at BIGINT NOT NULL
      );
      CREATE INDEX filter_rules_chat ON filter_rules (platform, chat_id, id);
    `,
  },
  {
    version: 5,
    name: 'articles, paragraphs, tags and the full-text index',
    sql: `
      CREATE TABLE articles (
        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        key TEXT COLLATE "C" NOT NULL UNIQUE,
        id TEXT COLLATE "C" NOT NULL,
        base_id TEXT COLLATE "C" NOT NULL,
        title TEXT NOT NULL,
        url TEXT,
        url_key TEXT,
        publisher TEXT,
        tags TEXT NOT NULL,
        language TEXT,
        published_at BIGINT NOT NULL,
        origin_kind TEXT NOT NULL CHECK (origin_kind IN ('file', 'feed')),
        origin_path TEXT,
        feed_url TEXT,
        item_id TEXT,
        related TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        stored_at BIGINT NOT NULL,
        search TSVECTOR NOT NULL,
        title_search TSVECTOR NOT NULL
      );
      CREATE INDEX articles_id ON articles (id);
      CREATE INDEX articles_base_id ON articles (base_id);
      CREATE INDEX articles_url_key ON articles (url_key);
      CREATE INDEX articles_newest ON articles (published_at DESC, id);
      CREATE INDEX articles_origin ON articles (origin_kind, published_at DESC);
      CREATE INDEX articles_feed ON articles (feed_url);
      CREATE INDEX articles_search ON articles USING GIN (search);
      CREATE INDEX articles_title_search ON articles USING GIN (title_search);
      CREATE TABLE article_paragraphs (
        article_seq BIGINT NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
        n INTEGER NOT NULL,
        text TEXT NOT NULL,
        source TEXT,
        PRIMARY KEY (article_seq, n)
      );
      CREATE TABLE article_tags (
        tag TEXT COLLATE "C" NOT NULL,
        article_seq BIGINT NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
        PRIMARY KEY (tag, article_seq)
      );
      CREATE INDEX article_tags_article ON article_tags (article_seq);
    `,
  },
  {
    version: 6,
    name: 'a channel language (/digest language)',
    // NULL: the platform's language applies (Discord server locale, Telegram user language).
    sql: `ALTER TABLE digest_settings ADD COLUMN language TEXT;`,
  },
  {
    version: 7,
    name: 'article pictures, and a per-channel switch for them',
    sql: `
      ALTER TABLE articles ADD COLUMN image TEXT;
      ALTER TABLE digest_settings ADD COLUMN show_images BOOLEAN NOT NULL DEFAULT TRUE;
    `,
  },
  {
    version: 8,
    name: 'article search: the newest matches first, ranked within a bound',
    // ts_rank reads a match's whole tsvector (about 4 KB, out of line), and the planner, asked for
    // the newest matches, walks articles_newest reading the vector of every row on the way: 300 ms
    // for a word in 2 % of 100,000 articles. Here the matches come from the GIN index only (bitmap
    // scans; no plan that reads vectors to filter), the newest window of articles first, then the
    // rest, and only \`wanted\` of them are ranked.
    sql: `
      CREATE FUNCTION briefly_search(q TSQUERY, titles BOOLEAN, all_feeds BOOLEAN, feeds TEXT[], wanted INTEGER, recent_ms BIGINT)
      RETURNS TABLE (seq BIGINT, score REAL) LANGUAGE plpgsql STABLE ROWS 100
      SET enable_seqscan = off SET enable_indexscan = on
      AS $$
      DECLARE
        since BIGINT;
        found BIGINT[];
      BEGIN
        SELECT max(a.published_at) - recent_ms INTO since FROM articles AS a;
        since := coalesce(since, 0);
        -- Only bitmap scans from here (restored when the function returns, by the SET above).
        PERFORM set_config('enable_indexscan', 'off', true);
        IF titles THEN
          found := ARRAY(SELECT a.seq FROM articles AS a WHERE a.title_search @@ q AND a.published_at > since
            AND (a.origin_kind = 'file' OR all_feeds OR a.feed_url = ANY (feeds)) LIMIT wanted);
          IF cardinality(found) < wanted THEN
            found := found || ARRAY(SELECT a.seq FROM articles AS a WHERE a.title_search @@ q AND a.published_at <= since
              AND (a.origin_kind = 'file' OR all_feeds OR a.feed_url = ANY (feeds)) LIMIT wanted - cardinality(found));
          END IF;
          RETURN QUERY SELECT a.seq, ts_rank(a.title_search, q, 1) FROM articles AS a WHERE a.seq = ANY (found);
        ELSE
          found := ARRAY(SELECT a.seq FROM articles AS a WHERE a.search @@ q AND a.published_at > since
            AND (a.origin_kind = 'file' OR all_feeds OR a.feed_url = ANY (feeds)) LIMIT wanted);
          IF cardinality(found) < wanted THEN
            found := found || ARRAY(SELECT a.seq FROM articles AS a WHERE a.search @@ q AND a.published_at <= since
              AND (a.origin_kind = 'file' OR all_feeds OR a.feed_url = ANY (feeds)) LIMIT wanted - cardinality(found));
          END IF;
          RETURN QUERY SELECT a.seq, ts_rank(a.search, q, 1) FROM articles AS a WHERE a.seq = ANY (found);
        END IF;
      END
      $$;
    `,
  },
  {
    version: 9,
    name: 'send budget: the next free instant of each rate limit, shared by the fleet',
    // One call reserves a send in every bucket it names, by the rule of src/core/sending/pacing.ts
    // (decide): rows are locked in key order (callers pass sorted keys, so two callers never
    // deadlock), the instant is read from the server's clock after the locks are held (every
    // process then agrees on time; tests pass a time of their own as fixed_now), and the answer
    // is relative: how long to wait (>= 0), or minus how long to wait before asking again (nothing
    // reserved then).
    sql: `
      CREATE TABLE send_budget (
        key TEXT COLLATE "C" PRIMARY KEY,
        next_free DOUBLE PRECISION NOT NULL
      );
      CREATE FUNCTION briefly_reserve_send(keys TEXT[], intervals DOUBLE PRECISION[], queued BOOLEAN[], horizon DOUBLE PRECISION, fixed_now DOUBLE PRECISION)
      RETURNS DOUBLE PRECISION LANGUAGE plpgsql AS $$
      DECLARE
        now_ms DOUBLE PRECISION;
        blocked DOUBLE PRECISION;
        at_ms DOUBLE PRECISION;
      BEGIN
        INSERT INTO send_budget (key, next_free) SELECT k, 0 FROM unnest(keys) AS k ON CONFLICT DO NOTHING;
        PERFORM 1 FROM send_budget WHERE key = ANY (keys) ORDER BY key FOR UPDATE;
        now_ms := coalesce(fixed_now, extract(epoch FROM clock_timestamp()) * 1000);
        -- A bucket that is not queued (a chat's) must be free now; queued ones (the bot's) line up.
        SELECT max(b.next_free) INTO blocked FROM send_budget AS b
          JOIN unnest(keys, queued) AS k (key, q) ON b.key = k.key WHERE NOT k.q;
        IF blocked > now_ms THEN
          RETURN -(blocked - now_ms);
        END IF;
        SELECT greatest(now_ms, max(b.next_free)) INTO at_ms FROM send_budget AS b
          JOIN unnest(keys, queued) AS k (key, q) ON b.key = k.key WHERE k.q;
        at_ms := coalesce(at_ms, now_ms);
        IF at_ms - now_ms > horizon THEN
          RETURN -greatest(at_ms - now_ms - horizon, 1);
        END IF;
        UPDATE send_budget AS b SET next_free = at_ms + k.step
          FROM unnest(keys, intervals) AS k (key, step) WHERE b.key = k.key;
        RETURN at_ms - now_ms;
      END
      $$;
    `,
  },
  {
    version: 10,
    name: 'an opt-in role a digest pings on Discord (/digest ping)',
    // NULL: a digest pings nobody (the default).
    sql: `ALTER TABLE digest_settings ADD COLUMN ping_role TEXT;`,
  },
  {
    version: 11,
    name: 'where a digest goes on Discord (a thread or a forum) and why it last could not',
    // NULL target: the channel itself. target is JSON {kind, id, tag?}; target_problem a code.
    sql: `ALTER TABLE digest_settings ADD COLUMN target TEXT;
          ALTER TABLE digest_settings ADD COLUMN target_problem TEXT;`,
  },
  {
    version: 12,
    name: 'which live process holds a digest claim, so that the claims of a dead one are taken over at once',
    // The fleet lock session of the claim's process (ClaimHolder); NULL: the claim waits for its lease.
    sql: `ALTER TABLE digest_deliveries ADD COLUMN holder TEXT;`,
  },
  {
    version: 14,
    name: "the word index of each article's filter text, written with the article",
    // NULL for articles written before: keyword filters build their index when first needed.
    sql: `ALTER TABLE articles ADD COLUMN filter_words BYTEA;`,
  },
];

/**
 * Brings the schema (of the connection's search_path) up to date in one transaction and returns the
 * versions applied now. The transaction first takes an advisory lock for this schema, so processes
 * starting at once apply the steps one after the other: the first applies them, the others find
 * them done. The lock ends with the transaction.
 */
export async function migratePostgres(db: PgDatabase): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.exec(
      "SELECT pg_advisory_xact_lock(hashtext('briefly schema_migrations'), hashtext(coalesce(current_schema(), '')))",
    );
    await tx.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)',
    );
    const done = new Set(
      (await tx.rows<{ version: number }>('SELECT version FROM schema_migrations')).map(
        (row) => row.version,
      ),
    );
    const applied: number[] = [];
    for (const step of PG_MIGRATIONS) {
      if (done.has(step.version)) continue;
      await tx.exec(step.sql);
      await tx.changes(
        'INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)',
        [step.version, step.name, Date.now()],
      );
      applied.push(step.version);
    }
    return applied;
  });
}
