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
