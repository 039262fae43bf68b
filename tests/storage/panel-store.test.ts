import { silentLogger } from '../../src/core/ports/logger.js';
import { openStorage } from '../../src/storage/open-storage.js';
import { panelStoreContract } from '../contracts/panel-store.contract.js';
import { useTestSchemas } from '../support/postgres.js';

const schemas = useTestSchemas();

panelStoreContract('SQLite in memory', async () => {
  const storage = await openStorage('sqlite::memory:', silentLogger);
  return { store: storage.panel, close: () => storage.close() };
});

panelStoreContract('PostgreSQL', async () => {
  const storage = await openStorage(await schemas.fresh(), silentLogger);
  return { store: storage.panel, close: () => storage.close() };
});
