import { afterAll } from 'vitest';
import { silentLogger } from '../../src/core/ports/logger.js';
import { openStorage, type Storage } from '../../src/storage/open-storage.js';
import { feedStoreContract } from '../contracts/feed-store.contract.js';
import { storageChatsContract } from '../contracts/storage-chats.contract.js';
import { filterStoreContract } from '../contracts/filter-store.contract.js';
import { useTestSchemas } from '../support/postgres.js';

const schemas = useTestSchemas();
const opened: Storage[] = [];
afterAll(async () => {
  await Promise.all(opened.map((storage) => storage.close()));
});

/** A storage on a schema of its own; the one before it is closed (the contract cannot say when). */
async function open(): Promise<Storage> {
  await opened.pop()?.close();
  const storage = await openStorage(await schemas.fresh(), silentLogger);
  opened.push(storage);
  return storage;
}

feedStoreContract('PostgreSQL', async () => (await open()).feeds);
filterStoreContract('PostgreSQL', async () => (await open()).filters);
storageChatsContract('PostgreSQL', open);
