import pg from 'pg';
import { afterAll } from 'vitest';
import { MemoryFleetLocks } from '../../src/core/fleet/memory-fleet-locks.js';
import { PgFleetLocks } from '../../src/storage/postgres/pg-fleet-locks.js';
import { fleetLocksContract } from '../contracts/fleet-locks.contract.js';
import { TEST_POSTGRES_URL, useTestSchemas } from '../support/postgres.js';

fleetLocksContract('memory', () => {
  const locks = new MemoryFleetLocks();
  return Promise.resolve({
    locks,
    breakSession: (session) => Promise.resolve(locks.lose(session)),
  });
});

const schemas = useTestSchemas();
const admin = new pg.Pool({ connectionString: TEST_POSTGRES_URL, max: 1 });
afterAll(() => admin.end());

// Each fleet in a schema of its own: advisory locks are per database, keyed with the schema.
fleetLocksContract('PostgreSQL', async () => ({
  locks: new PgFleetLocks(await schemas.fresh()),
  async breakSession(session) {
    const { me } = await session.survey('-', '-', 0);
    // What a server restart or a cut connection does to the session: the backend is gone.
    await admin.query('SELECT pg_terminate_backend($1)', [Number(me)]);
    // pg_terminate_backend only signals the backend, and its client hears the FATAL before the
    // backend has let its locks go: wait (bounded) until the server holds none for it.
    for (let i = 0; i < 500; i++) {
      const { rows } = await admin.query('SELECT 1 FROM pg_locks WHERE pid = $1 LIMIT 1', [Number(me)]);
      if (rows.length === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`backend ${me} still holds locks 10 s after it was terminated`);
  },
}));
