import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { silentLogger } from '../../src/core/ports/logger.js';
import { openSqliteStorage, type Storage } from '../../src/storage/open-storage.js';
import { feedStoreContract } from '../contracts/feed-store.contract.js';
import { storageChatsContract } from '../contracts/storage-chats.contract.js';
import { filterStoreContract } from '../contracts/filter-store.contract.js';

const dir = mkdtempSync(join(tmpdir(), 'briefly-sqlite-feeds-'));
const opened: Storage[] = [];
afterAll(async () => {
  await Promise.all(opened.map((storage) => storage.close()));
  rmSync(dir, { recursive: true, force: true });
});
let n = 0;

function open(url: string): Storage {
  const storage = openSqliteStorage(url, silentLogger);
  opened.push(storage);
  return storage;
}

feedStoreContract('SQLite file', () => open(`sqlite:${join(dir, `feeds-${n++}.db`)}`).feeds);
feedStoreContract('SQLite in memory', () => open('sqlite::memory:').feeds);

filterStoreContract('SQLite file', () => open(`sqlite:${join(dir, `filters-${n++}.db`)}`).filters);
filterStoreContract('SQLite in memory', () => open('sqlite::memory:').filters);

storageChatsContract('SQLite', () => Promise.resolve(open('sqlite::memory:')));
