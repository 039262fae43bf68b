import { MemoryFleetLocks } from '../../src/core/fleet/memory-fleet-locks.js';
import { silentLogger } from '../../src/core/ports/logger.js';
import { openStorage } from '../../src/storage/open-storage.js';
import { PgFleetLocks } from '../../src/storage/postgres/pg-fleet-locks.js';
import { claimHolderContract } from '../contracts/claim-holder.contract.js';
import { useTestSchemas } from '../support/postgres.js';

claimHolderContract('SQLite, fleet locks in memory', async () => {
  const storage = await openStorage('sqlite::memory:', silentLogger);
  return { store: storage.digests, locks: new MemoryFleetLocks(), close: () => storage.close() };
});

const schemas = useTestSchemas();

// Real advisory locks: each ClaimHolder's session is a connection of its own, as in a process.
claimHolderContract('PostgreSQL, its advisory locks', async () => {
  const url = await schemas.fresh();
  const storage = await openStorage(url, silentLogger);
  return { store: storage.digests, locks: new PgFleetLocks(url), close: () => storage.close() };
});
