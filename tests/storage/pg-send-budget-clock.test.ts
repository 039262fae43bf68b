import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/ports/logger.js';
import { openStorage } from '../../src/storage/open-storage.js';
import { PgDatabase } from '../../src/storage/postgres/pg-database.js';
import { PgSendBudget } from '../../src/storage/postgres/pg-send-budget.js';
import { useTestSchemas } from '../support/postgres.js';

const schemas = useTestSchemas();

describe('the send budget on a real PostgreSQL: waits counted from the server’s clock', () => {
  it('takes off the time an answer spent on its way beyond the quickest one', async () => {
    const url = await schemas.fresh();
    await (await openStorage(url, silentLogger)).close();
    const pool = new pg.Pool({ connectionString: url, max: 1 });
    try {
      // This process's clock as the budget reads it: the second answer seems 300 ms slower.
      let slowedBy = 0;
      const budget = new PgSendBudget(new PgDatabase(pool), undefined, () => Date.now() + slowedBy);
      // One send a second, queued: the second send's turn is about 1 s after the first's.
      const bucket = { key: 'dc:bot:all', rate: { count: 1, windowMs: 1000 }, queued: true };
      const first = await budget.reserve([bucket], 5000);
      slowedBy = 300;
      const second = await budget.reserve([bucket], 5000);
      expect(first).toMatchObject({ reserved: true });
      // Counted from the answer's arrival it would be 1,020 ms less the time between the two
      // reservations; from the server's clock, 300 ms less again (the server's clock is read as a
      // number: a string would leave the wait uncorrected).
      const wait = second.reserved ? second.waitMs : NaN;
      expect(wait).toBeGreaterThanOrEqual(0);
      expect(wait).toBeLessThan(800);
    } finally {
      await pool.end();
    }
  });
});
