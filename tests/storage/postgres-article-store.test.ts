import { afterAll } from 'vitest';
import { silentLogger } from '../../src/core/ports/logger.js';
import { openStorage, type Storage } from '../../src/storage/open-storage.js';
import { articleStoreContract } from '../contracts/article-store.contract.js';
import { articleWordIndexContract } from '../contracts/article-word-index.contract.js';
import { useTestSchemas } from '../support/postgres.js';

const schemas = useTestSchemas();
const opened: Storage[] = [];
afterAll(async () => {
  await Promise.all(opened.map((storage) => storage.close()));
});

articleStoreContract('PostgreSQL', async () => {
  const storage = await openStorage(await schemas.fresh(), silentLogger);
  opened.push(storage);
  return storage.articles;
});

articleWordIndexContract('PostgreSQL', async () => {
  const storage = await openStorage(await schemas.fresh(), silentLogger);
  opened.push(storage);
  return storage.articles;
});
