import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Logger } from '../core/ports/logger.js';
import { MemoryFleetLocks } from '../core/fleet/memory-fleet-locks.js';
import { migrate } from './sqlite/migrations.js';
import { SqliteArticleStore } from './sqlite/sqlite-article-store.js';
import { SqliteDigestStore } from './sqlite/sqlite-digest-store.js';
import { SqliteFeedStore } from './sqlite/sqlite-feed-store.js';
import { SqliteFilterStore } from './sqlite/sqlite-filter-store.js';
import { SqlitePanelStore } from './sqlite/sqlite-panel-store.js';
import { SqliteSendBudget } from './sqlite/sqlite-send-budget.js';
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
  const db = openSqliteFile(path);
  let applied: number[];
  try {
    applied = migrate(db);
  } catch (error) {
    db.close();
    throw sqliteError(path, error);
  }
  if (applied.length > 0) logger.info({ database: path, applied }, 'database schema updated');
  const cache = new StatementCache(db);
  const digests = new SqliteDigestStore(cache);
  const feeds = new SqliteFeedStore(cache);
  const filters = new SqliteFilterStore(cache);
  return {
    kind: 'sqlite',
    articles: new SqliteArticleStore(cache),
    digests,
    feeds,
    filters,
    panel: new SqlitePanelStore(cache),
    sendBudget: new SqliteSendBudget(cache),
    // SQLite serves one process: it holds every fleet lock itself.
    fleetLocks: new MemoryFleetLocks(),
    lifecycle: storageLifecycle(digests, [feeds, filters], logger),
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

/**
 * Opens the SQLite file in WAL mode. A path that cannot hold a database (a file that is not one, a
 * folder, a read-only place, a path under a file) is a StorageError naming DATABASE_URL and the
 * reason in one line, like PostgreSQL's, not a stack trace.
 */
function openSqliteFile(path: string): BetterSqlite3.Database {
  let db: BetterSqlite3.Database | undefined;
  try {
    if (path !== ':memory:') makeFolder(dirname(path));
    db = new BetterSqlite3(path, { timeout: 10_000 });
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    return db;
  } catch (error) {
    db?.close();
    throw sqliteError(path, error);
  }
}

function sqliteError(path: string, error: unknown): StorageError {
  const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : '';
  const message = error instanceof Error ? error.message : String(error);
  const reason = `${message.split('\n')[0] ?? ''}${code && !message.includes(code) ? ` (${code})` : ''}`;
  return new StorageError(`DATABASE_URL: could not open SQLite at ${path}: ${reason}`);
}

function makeFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : '';
    // mkdir says EEXIST when a file stands where a folder of the path should be.
    if (code === 'EEXIST' || code === 'ENOTDIR')
      throw new Error(`${folder} cannot be created: part of that path is a file (${code})`);
    throw error;
  }
}
