import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryLeaderLock } from '../../src/core/leadership/memory-leader-lock.js';
import { silentLogger } from '../../src/core/ports/logger.js';
import { PgLeaderLock } from '../../src/storage/postgres/pg-leader-lock.js';
import { leaderLockContract } from '../contracts/leader-lock.contract.js';
import { TEST_POSTGRES_URL, useTestSchemas } from '../support/postgres.js';

leaderLockContract('memory', (processes) => {
  const lock = new MemoryLeaderLock();
  return Promise.resolve(Array.from({ length: processes }, () => lock));
});

const schemas = useTestSchemas();
// Each "process" has a lock object (and connections) of its own on one schema.
leaderLockContract('PostgreSQL', async (processes) => {
  const url = await schemas.fresh();
  return Array.from({ length: processes }, () => new PgLeaderLock(url, silentLogger));
});

const admin = new pg.Pool({ connectionString: TEST_POSTGRES_URL, max: 1 });
afterAll(() => admin.end());

/** The server-side process ids of sessions holding a Briefly advisory lock in `schema`. */
async function holders(schema: string): Promise<number[]> {
  const { rows } = await admin.query<{ pid: number }>(
    `SELECT pid FROM pg_locks
      WHERE locktype = 'advisory' AND granted AND objid::int = hashtext($1)`,
    [schema],
  );
  return rows.map((row) => row.pid);
}

describe('PostgreSQL leader lock: connections that die', () => {
  const schemaOf = (url: string) =>
    (new URL(url).searchParams.get('options') ?? '').replace('-c search_path=', '');

  it('a holder whose session is ended by the server learns it lost the lock; another takes it', async () => {
    const url = await schemas.fresh();
    const a = new PgLeaderLock(url, silentLogger, { checkEveryMs: 100 });
    const b = new PgLeaderLock(url, silentLogger, { checkEveryMs: 100 });
    const held = await a.tryAcquire('telegram-poll:1');
    expect(held).toBeDefined();
    const [pid] = await holders(schemaOf(url));
    expect(pid).toBeTypeOf('number');
    // What a server restart or a cut connection does to the holder's session.
    await admin.query('SELECT pg_terminate_backend($1)', [pid]);
    await held!.lost;
    const next = await b.tryAcquire('telegram-poll:1');
    expect(next).toBeDefined();
    await next!.release();
  });

  it('locks of the same name in two schemas (two fleets on one database) do not meet', async () => {
    const [one, two] = [await schemas.fresh(), await schemas.fresh()];
    const a = await new PgLeaderLock(one, silentLogger).tryAcquire('telegram-poll:1');
    const b = await new PgLeaderLock(two, silentLogger).tryAcquire('telegram-poll:1');
    expect(a).toBeDefined();
    expect(b).toBeDefined();
    await Promise.all([a!.release(), b!.release()]);
  });

  it('the database out of reach: tryAcquire rejects (the caller logs it and asks again)', async () => {
    const lock = new PgLeaderLock('postgres://postgres@127.0.0.1:1/test', silentLogger);
    await expect(lock.tryAcquire('poll')).rejects.toThrow();
  });
});
