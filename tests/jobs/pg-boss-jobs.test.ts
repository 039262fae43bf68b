import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/ports/logger.js';
import { createPgBossJobs, schemaOf } from '../../src/jobs/pg-boss-jobs.js';
import { jobQueueContract } from '../contracts/job-queue.contract.js';
import { useTestSchemas } from '../support/postgres.js';

const schemas = useTestSchemas();
const open = (url: string) => () =>
  createPgBossJobs({ databaseUrl: url, logger: silentLogger, pollSeconds: 0.5 });

jobQueueContract('PostgreSQL (pg-boss)', async () => {
  const url = await schemas.fresh();
  return { open: open(url), second: open(url) };
});

describe('pg-boss job tables', () => {
  it('live in the schema that DATABASE_URL selects', () => {
    expect(schemaOf('postgres://u@h/db?options=-c%20search_path%3Dfleet_1')).toBe('fleet_1');
    expect(schemaOf('postgres://u@h/db')).toBe('pgboss');
  });
});

describe('pg-boss jobs', () => {
  it('records every job that ran completed (their completes gathered per turn)', async () => {
    const url = await schemas.fresh();
    const jobs = await open(url)();
    try {
      await jobs.work('done', { concurrency: 16, leaseSeconds: 60 }, () => Promise.resolve());
      await jobs.enqueue(
        'done',
        Array.from({ length: 100 }, (_, n) => ({ key: `k${n}`, data: { n } })),
      );
      await jobs.idle('done');
      // idle() counts this process's running jobs; the records are what another process sees.
      await expect
        .poll(
          async () =>
            await schemas.query<{ state: string; jobs: number }>(
              url,
              "SELECT state, count(*)::int AS jobs FROM job WHERE name = 'done' GROUP BY state",
            ),
          { timeout: 15_000 },
        )
        .toEqual([{ state: 'completed', jobs: 100 }]);
    } finally {
      await jobs.stop();
    }
  });

  // A worker that found nothing sleeps a poll (here 60 s, past the test's timeout): these pass only
  // when this process's own doings wake it (or `stop`) at once.
  it('starts at once on jobs this process adds, and stops every worker of a queue at once', async () => {
    const url = await schemas.fresh();
    const jobs = await createPgBossJobs({
      databaseUrl: url,
      logger: silentLogger,
      pollSeconds: 60,
    });
    const seen: number[] = [];
    const handler = (data: unknown) => {
      seen.push(Number((data as { n: unknown }).n));
      return Promise.resolve();
    };
    await jobs.work('asleep', { concurrency: 4, leaseSeconds: 60 }, handler);
    await jobs.work('asleep', { concurrency: 4, leaseSeconds: 60 }, handler);
    await new Promise((resolve) => setTimeout(resolve, 300)); // both looked, found nothing, sleep
    await jobs.enqueue('asleep', [{ key: 'k1', data: { n: 1 } }]);
    await jobs.idle('asleep');
    expect(seen).toEqual([1]);
    await jobs.stop();
  }, 20_000);
});
