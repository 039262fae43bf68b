import type { Database } from 'better-sqlite3';

/**
 * The schema, as numbered steps. A step is never edited once released: changes are new steps.
 * The bot applies missing steps at start, inside a transaction, so two processes starting at once
 * cannot both apply one.
 */
export const MIGRATIONS: readonly {
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
        enabled INTEGER NOT NULL,
        minute_of_day INTEGER NOT NULL,
        days TEXT NOT NULL,
        timezone TEXT NOT NULL,
        size INTEGER NOT NULL,
        topics TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1,
        inactive_reason TEXT,
        schedule_from INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (platform, chat_id)
      );
      CREATE TABLE digest_deliveries (
        platform TEXT NOT NULL,
        chat_id TEXT NOT NULL,
        slot INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('scheduled', 'manual')),
        status TEXT NOT NULL,
        owner TEXT NOT NULL,
        attempts INTEGER NOT NULL,
        lease_until INTEGER NOT NULL,
        retry_at INTEGER,
        covered_until INTEGER,
        article_ids TEXT NOT NULL DEFAULT '[]',
        message_ids TEXT NOT NULL DEFAULT '[]',
        error TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
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
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        platform TEXT NOT NULL,
        chat_id TEXT NOT NULL,
        feed_url TEXT NOT NULL,
        added_at INTEGER NOT NULL,
        UNIQUE (platform, chat_id, feed_url)
      );
      CREATE INDEX feed_subscriptions_feed ON feed_subscriptions (feed_url);
      CREATE TABLE feeds (
        url TEXT PRIMARY KEY,
        title TEXT,
        site_name TEXT,
        etag TEXT,
        last_modified TEXT,
        next_poll_at INTEGER NOT NULL,
        consecutive_failures INTEGER NOT NULL,
        last_success_at INTEGER,
        last_error_at INTEGER,
        last_error TEXT,
        paused INTEGER NOT NULL,
        moderators_told INTEGER NOT NULL
      );
      CREATE TABLE feed_items (
        feed_url TEXT NOT NULL,
        item_key TEXT NOT NULL,
        article_key TEXT NOT NULL,
        article_url TEXT,
        content_hash TEXT NOT NULL,
        first_seen_at INTEGER NOT NULL,
        published_at INTEGER NOT NULL,
        fresh INTEGER NOT NULL,
        PRIMARY KEY (feed_url, item_key)
      );
      CREATE INDEX feed_items_url ON feed_items (feed_url, article_url);
      CREATE INDEX feed_items_hash ON feed_items (feed_url, content_hash);
      CREATE INDEX feed_items_fresh ON feed_items (first_seen_at) WHERE fresh = 1;
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
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      );
      CREATE INDEX web_sessions_expires ON web_sessions (expires_at);
      CREATE TABLE known_chats (
        platform TEXT NOT NULL,
        chat_id TEXT NOT NULL,
        title TEXT NOT NULL,
        kind TEXT NOT NULL,
        seen_at INTEGER NOT NULL,
        PRIMARY KEY (platform, chat_id)
      );
    `,
  },
  {
    version: 4,
    name: 'keyword filter rules per channel',
    sql: `
      CREATE TABLE filter_rules (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        platform TEXT NOT NULL,
        chat_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('include', 'exclude')),
        pattern TEXT NOT NULL,
        feed_url TEXT,
        created_at INTEGER NOT NULL
      );
      CREATE INDEX filter_rules_chat ON filter_rules (platform, chat_id, id);
    `,
  },
  {
    version: 5,
    name: 'articles, paragraphs, tags and the full-text index',
    sql: `
      CREATE TABLE articles (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        key TEXT NOT NULL UNIQUE,
        id TEXT NOT NULL,
        base_id TEXT NOT NULL,
        title TEXT NOT NULL,
        url TEXT,
        url_key TEXT,
        publisher TEXT,
        tags TEXT NOT NULL,
        language TEXT,
        published_at INTEGER NOT NULL,
        origin_kind TEXT NOT NULL CHECK (origin_kind IN ('file', 'feed')),
        origin_path TEXT,
        feed_url TEXT,
        item_id TEXT,
        related TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        stored_at INTEGER NOT NULL
      );
      CREATE INDEX articles_id ON articles (id);
      CREATE INDEX articles_base_id ON articles (base_id);
      CREATE INDEX articles_url_key ON articles (url_key);
      CREATE INDEX articles_newest ON articles (published_at DESC, id);
      CREATE INDEX articles_origin ON articles (origin_kind, published_at DESC);
      CREATE INDEX articles_feed ON articles (feed_url);
      CREATE TABLE article_paragraphs (
        article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
        n INTEGER NOT NULL,
        text TEXT NOT NULL,
        source TEXT,
        PRIMARY KEY (article_seq, n)
      ) WITHOUT ROWID;
      CREATE TABLE article_tags (
        tag TEXT NOT NULL,
        article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
        PRIMARY KEY (tag, article_seq)
      ) WITHOUT ROWID;
      CREATE INDEX article_tags_article ON article_tags (article_seq);
      CREATE VIRTUAL TABLE article_search USING fts5 (
        title, body, content = '', contentless_delete = 1, tokenize = 'unicode61'
      );
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
      ALTER TABLE digest_settings ADD COLUMN show_images INTEGER NOT NULL DEFAULT 1;
    `,
  },
  {
    version: 8,
    name: 'article search: the newest matches first, ranked within a bound',
    // Nothing to change on SQLite: FTS5 ranks every match quickly enough (see the benchmark).
    sql: '',
  },
  {
    version: 9,
    name: 'send budget: the next free instant of each rate limit, shared by the fleet',
    sql: `
      CREATE TABLE send_budget (
        key TEXT PRIMARY KEY,
        next_free REAL NOT NULL
      ) WITHOUT ROWID;
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
    sql: `ALTER TABLE articles ADD COLUMN filter_words BLOB;`,
  },
];

/** Brings the database schema up to date; returns the versions applied now. */
export function migrate(db: Database): number[] {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)',
  );
  const applied: number[] = [];
  const apply = db.transaction(() => {
    const done = new Set(
      (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map(
        (row) => row.version,
      ),
    );
    for (const step of MIGRATIONS) {
      if (done.has(step.version)) continue;
      db.exec(step.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        step.version,
        step.name,
        Date.now(),
      );
      applied.push(step.version);
    }
  });
  apply.immediate();
  return applied;
}
