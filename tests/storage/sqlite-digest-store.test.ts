import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/ports/logger.js';
import { openStorage, StorageError } from '../../src/storage/open-storage.js';
import { migrate, MIGRATIONS } from '../../src/storage/sqlite/migrations.js';
import { digestStoreContract } from '../contracts/digest-store.contract.js';

const dir = mkdtempSync(join(tmpdir(), 'briefly-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

digestStoreContract('SQLite file', () => {
  const storage = openStorage(`sqlite:${join(dir, `db-${n++}`, 'briefly.db')}`, silentLogger);
  return Promise.resolve({ store: storage.digests, close: () => storage.close() });
});

digestStoreContract('SQLite in memory', () => {
  const storage = openStorage('sqlite::memory:', silentLogger);
  return Promise.resolve({ store: storage.digests, close: () => storage.close() });
});

describe('openStorage', () => {
  it('creates the folder, uses WAL and applies each migration once', async () => {
    const path = join(dir, 'nested', 'deeper', 'b.db');
    const first = openStorage(`sqlite:${path}`, silentLogger);
    await first.close();
    const db = new BetterSqlite3(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(migrate(db)).toEqual([]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get()).toEqual({
      n: MIGRATIONS.length,
    });
    db.close();
  });

  it('says clearly that PostgreSQL is not supported yet', () => {
    expect(() => openStorage('postgres://localhost/test', silentLogger)).toThrow(StorageError);
    expect(() => openStorage('postgres://localhost/test', silentLogger)).toThrow(
      /not yet supported/,
    );
  });
});
