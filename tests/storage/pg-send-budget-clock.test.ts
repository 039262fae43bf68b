import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/ports/logger.js';
import { openStorage } from '../../src/storage/open-storage.js';
import { ClockOffset } from '../../src/storage/postgres/pg-send-budget.js';
import { useTestSchemas } from '../support/postgres.js';

const schemas = useTestSchemas();

describe('the send budget on the database server’s clock', () => {
  it('takes the clock offset from the quickest round trip', () => {
    const offset = new ClockOffset();
    // The server is 500 ms ahead; slow round trips blur it, the quick one tells it within 1 ms.
    expect(offset.sample(1_500 + 40, 1_000, 1_120)).toBe(480);
    expect(offset.sample(2_500 + 1, 2_000, 2_002)).toBe(500);
    expect(offset.sample(3_500 + 90, 3_000, 3_100)).toBe(500);
  });

  it('answers each reservation with a wait in this process’s time, within the horizon', async () => {
    const storage = await openStorage(await schemas.fresh(), silentLogger);
    try {
      const bucket = { key: 'dc:bot:all', rate: { count: 10, windowMs: 1000 }, queued: true };
      const answers = [];
      for (let i = 0; i < 3; i++) answers.push(await storage.sendBudget.reserve([bucket], 1000));
      for (const answer of answers) {
        expect(answer.reserved).toBe(true);
        const wait = answer.reserved ? answer.waitMs : NaN;
        expect(wait).toBeGreaterThanOrEqual(0);
        expect(wait).toBeLessThanOrEqual(1000);
      }
    } finally {
      await storage.close();
    }
  });
});
