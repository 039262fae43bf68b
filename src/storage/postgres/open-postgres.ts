import pg from 'pg';
import type { Logger } from '../../core/ports/logger.js';
import { storageLifecycle, StorageError, type Storage } from '../storage.js';
import { migratePostgres } from './migrations.js';
import { PgDatabase } from './pg-database.js';
import { PgArticleStore } from './pg-article-store.js';
import { PgDigestStore } from './pg-digest-store.js';
import { PgFeedStore } from './pg-feed-store.js';
import { PgFilterStore } from './pg-filter-store.js';
import { PgPanelStore } from './pg-panel-store.js';
import { PgFleetLocks } from './pg-fleet-locks.js';
import { PgSendBudget } from './pg-send-budget.js';

/** Connections per process: the ledger's statements are short, and several processes share a server. */
const POOL_SIZE = 5;

/** BIGINT columns hold epoch milliseconds, well inside a double: read them as numbers. */
const types = new pg.TypeOverrides();
types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));

/**
 * Opens `postgres://…` / `postgresql://…` (parsed by node-postgres: user, password, host, port,
 * database, and query parameters such as `sslmode` or `options=-c search_path=…`) with a small pool,
 * and brings the schema up to date. Fails with a StorageError naming DATABASE_URL, never its password.
 */
export async function openPostgresStorage(databaseUrl: string, logger: Logger): Promise<Storage> {
  const target = describePostgresUrl(databaseUrl);
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: POOL_SIZE,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
    types,
  });
  // An idle connection the server closed (restart, failover) must not stop the bot; the pool
  // opens a new one when it is next needed.
  pool.on('error', (error) =>
    logger.warn({ database: target, reason: error.message }, 'PostgreSQL connection lost'),
  );
  let applied: number[];
  try {
    applied = await migratePostgres(new PgDatabase(pool));
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new StorageError(
      `DATABASE_URL: could not open PostgreSQL at ${target}: ${reasonOf(error)}`,
    );
  }
  if (applied.length > 0) logger.info({ database: target, applied }, 'database schema updated');
  // Once open, a statement whose connection was lost (a restart) runs again on a new one.
  const db = new PgDatabase(pool, (error, attempt, delayMs) =>
    logger.warn(
      { database: target, reason: reasonOf(error), attempt, retryInMs: delayMs },
      'PostgreSQL connection lost; the statement runs again on a new connection',
    ),
  );
  const digests = new PgDigestStore(db);
  const feeds = new PgFeedStore(db);
  const filters = new PgFilterStore(db);
  let closed: Promise<void> | undefined;
  return {
    kind: 'postgres',
    articles: new PgArticleStore(db),
    digests,
    feeds,
    filters,
    panel: new PgPanelStore(db),
    sendBudget: new PgSendBudget(db),
    fleetLocks: new PgFleetLocks(databaseUrl),
    lifecycle: storageLifecycle(digests, [feeds, filters], logger),
    // Not run again on a lost connection: readiness says at once when the database is away.
    ping: async () => {
      await pool.query('SELECT 1');
    },
    close: () => (closed ??= pool.end()),
  };
}

/** user@host:port/database, for messages and logs: no password, no query parameters. */
export function describePostgresUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    const user = url.username ? `${decodeURIComponent(url.username)}@` : '';
    return `${url.protocol}//${user}${url.host}${url.pathname}`;
  } catch {
    return 'a PostgreSQL URL that cannot be parsed';
  }
}

function reasonOf(error: unknown): string {
  // A host name with several addresses fails with an AggregateError whose own message is empty.
  if (error instanceof AggregateError && error.message === '')
    return error.errors.map(reasonOf).join('; ');
  return error instanceof Error ? error.message : String(error);
}
