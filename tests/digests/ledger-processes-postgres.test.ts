import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { afterSlot, channelsIn, digestWorker, sentIn, SLOT } from '../support/digest-processes.js';
import { useTestSchemas } from '../support/postgres.js';

const dir = mkdtempSync(join(tmpdir(), 'briefly-ledger-pg-'));
const schemas = useTestSchemas();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the delivery ledger across real processes on PostgreSQL', () => {
  it('sends each slot once in all when two processes share one database and are due at the same minute', async () => {
    const url = await schemas.fresh();
    const out = join(dir, 'two.txt');
    const channels = 200;
    const setup = digestWorker({
      MODE: 'setup',
      DATABASE_URL: url,
      CHANNELS: String(channels),
      NOW: SLOT,
    });
    expect((await setup.done).code).toBe(0);
    const start = join(dir, 'start');
    const workers = ['a', 'b'].map((owner) =>
      digestWorker({
        DATABASE_URL: url,
        OUT: out,
        NOW: afterSlot(0),
        DELAY_MS: '10',
        OWNER: owner,
        START_FILE: start,
      }),
    );
    // Both connected and ready before either runs, so they really compete for every slot.
    await Promise.all(workers.map((worker) => worker.ready));
    writeFileSync(start, '');
    const [a, b] = await Promise.all(workers.map((worker) => worker.done));
    if (!a || !b) throw new Error('two workers');
    expect([a.code, b.code]).toEqual([0, 0]);
    const delivered = channelsIn(out);
    expect(delivered).toHaveLength(channels);
    expect(new Set(delivered).size).toBe(channels);
    expect(sentIn(a) + sentIn(b)).toBe(channels);
    expect(Math.min(sentIn(a), sentIn(b))).toBeGreaterThan(0);
    const rows = await schemas.query<{
      status: string;
      owner: string;
      attempts: number;
      n: string;
    }>(
      url,
      'SELECT status, owner, attempts, COUNT(*) AS n FROM digest_deliveries GROUP BY status, owner, attempts ORDER BY owner',
    );
    expect(rows.every((row) => row.status === 'sent' && row.attempts === 1)).toBe(true);
    expect(rows.reduce((sum, row) => sum + Number(row.n), 0)).toBe(channels);
  }, 60_000);
});
