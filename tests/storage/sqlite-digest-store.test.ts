import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/ports/logger.js';
import { openSqliteStorage, openStorage, StorageError } from '../../src/storage/open-storage.js';
import { migrate, MIGRATIONS } from '../../src/storage/sqlite/migrations.js';
import { digestStoreContract } from '../contracts/digest-store.contract.js';

const dir = mkdtempSync(join(tmpdir(), 'briefly-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

digestStoreContract('SQLite file', async () => {
  const storage = await openStorage(`sqlite:${join(dir, `db-${n++}`, 'briefly.db')}`, silentLogger);
  return { store: storage.digests, close: () => storage.close() };
});

digestStoreContract('SQLite in memory', async () => {
  const storage = await openStorage('sqlite::memory:', silentLogger);
  return { store: storage.digests, close: () => storage.close() };
});

describe('openStorage', () => {
  it('creates the folder, uses WAL and applies each migration once', async () => {
    const path = join(dir, 'nested', 'deeper', 'b.db');
    const first = await openStorage(`sqlite:${path}`, silentLogger);
    expect(first.kind).toBe('sqlite');
    await first.close();
    const db = new BetterSqlite3(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(migrate(db)).toEqual([]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get()).toEqual({
      n: MIGRATIONS.length,
    });
    db.close();
  });

  it('names DATABASE_URL, and never its password, when PostgreSQL cannot be reached', async () => {
    const url = 'postgres://briefly:s3cret-pw@127.0.0.1:1/briefly?password=s3cret-pw';
    const failure = await openStorage(url, silentLogger).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(StorageError);
    const message = (failure as StorageError).message;
    expect(message).toMatch(
      /^DATABASE_URL: could not open PostgreSQL at postgres:\/\/briefly@127\.0\.0\.1:1\/briefly: /,
    );
    expect(message).toMatch(/ECONNREFUSED/);
    expect(message).not.toContain('s3cret');
  });

  it('refuses a URL of no known database', () => {
    expect(() => openSqliteStorage('mysql://x', silentLogger)).toThrow(StorageError);
  });
});
