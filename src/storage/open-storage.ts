import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Logger } from '../core/ports/logger.js';
import { migrate } from './sqlite/migrations.js';
import { SqliteArticleStore } from './sqlite/sqlite-article-store.js';
import { SqliteDigestStore } from './sqlite/sqlite-digest-store.js';
import { SqliteFeedStore } from './sqlite/sqlite-feed-store.js';
import { SqlitePanelStore } from './sqlite/sqlite-panel-store.js';
import { StatementCache } from './sqlite/statement-cache.js';
import { StorageError, storageLifecycle, type Storage } from './storage.js';

export { StorageError, type Storage } from './storage.js';

const POSTGRES_URL = /^postgres(ql)?:\/\//;

/**
 * Opens the database named by DATABASE_URL and brings its schema up to date:
 * `sqlite:PATH` (the folder is created), `sqlite::memory:`, or `postgres://…` / `postgresql://…`.
 */
export async function openStorage(databaseUrl: string, logger: Logger): Promise<Storage> {
  if (POSTGRES_URL.test(databaseUrl)) {
    // node-postgres loads only when it is used.
    const { openPostgresStorage } = await import('./postgres/open-postgres.js');
    return openPostgresStorage(databaseUrl, logger);
  }
  return openSqliteStorage(databaseUrl, logger);
}

/** Opens `sqlite:PATH` or `sqlite::memory:` synchronously (tests and benchmarks build on it). */
export function openSqliteStorage(databaseUrl: string, logger: Logger): Storage {
  if (!databaseUrl.startsWith('sqlite:'))
    throw new StorageError('DATABASE_URL: must be sqlite:PATH, sqlite::memory: or postgres://…');
  const path = databaseUrl.slice('sqlite:'.length);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new BetterSqlite3(path, { timeout: 10_000 });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  const applied = migrate(db);
  if (applied.length > 0) logger.info({ database: path, applied }, 'database schema updated');
  const cache = new StatementCache(db);
  const digests = new SqliteDigestStore(cache);
  const feeds = new SqliteFeedStore(cache);
  return {
    kind: 'sqlite',
    articles: new SqliteArticleStore(cache),
    digests,
    feeds,
    panel: new SqlitePanelStore(cache),
    lifecycle: storageLifecycle(digests, feeds, logger),
    ping() {
      db.prepare('SELECT 1').get();
      return Promise.resolve();
    },
    close() {
      db.close();
      return Promise.resolve();
    },
  };
}
