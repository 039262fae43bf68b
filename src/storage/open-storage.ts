import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { ChatLifecycle } from '../core/ports/chat-lifecycle.js';
import type { DigestStore } from '../core/ports/digest-store.js';
import type { FeedStore } from '../core/ports/feed-store.js';
import type { Logger } from '../core/ports/logger.js';
import { migrate } from './sqlite/migrations.js';
import { SqliteDigestStore } from './sqlite/sqlite-digest-store.js';
import { SqliteFeedStore } from './sqlite/sqlite-feed-store.js';
import { StatementCache } from './sqlite/statement-cache.js';

/** Everything Briefly keeps in its database. */
export interface Storage {
  readonly kind: 'sqlite' | 'postgres';
  readonly digests: DigestStore;
  readonly feeds: FeedStore;
  /** Chats gone or moved, applied to everything kept per chat (digest settings, ledger, feeds). */
  readonly lifecycle: ChatLifecycle;
  close(): Promise<void>;
}

export class StorageError extends Error {
  override readonly name = 'StorageError';
}

/**
 * Opens the database named by DATABASE_URL and brings its schema up to date.
 * `sqlite:PATH` (the folder is created), `sqlite::memory:`; `postgres://…` is refused for now.
 */
export function openStorage(databaseUrl: string, logger: Logger): Storage {
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new StorageError(
      'DATABASE_URL: PostgreSQL storage is not yet supported in this build; use sqlite:PATH (the default is sqlite:./data/briefly.db).',
    );
  }
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
    digests,
    feeds,
    lifecycle: {
      async chatGone(chat, reason) {
        await digests.chatGone(chat, reason);
        feeds.forgetChat(chat);
        logger.warn({ chat, reason }, 'chat unreachable: digests paused, feeds dropped');
      },
      async chatMoved(from, to) {
        await digests.chatMoved(from, to);
        feeds.moveChat(from, to);
        logger.info({ from, to }, 'chat moved: its settings and feeds follow it');
      },
    },
    close() {
      db.close();
      return Promise.resolve();
    },
  };
}
