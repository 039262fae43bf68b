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
