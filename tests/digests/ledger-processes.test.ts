import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import {
  afterSlot as at,
  channelsIn,
  digestWorker as worker,
  postLines as lines,
  sentIn,
  SLOT,
} from '../support/digest-processes.js';

const dir = mkdtempSync(join(tmpdir(), 'briefly-ledger-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function waitForLines(file: string, count: number, timeoutMs = 30_000): Promise<void> {
  const started = Date.now();
  while (lines(file).length < count) {
    if (Date.now() - started > timeoutMs)
      throw new Error(`only ${lines(file).length} lines after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function statuses(db: string): Record<string, number> {
  const handle = new BetterSqlite3(db, { readonly: true });
  const rows = handle
    .prepare('SELECT status, COUNT(*) AS n FROM digest_deliveries GROUP BY status')
    .all() as { status: string; n: number }[];
  handle.close();
  return Object.fromEntries(rows.map((row) => [row.status, row.n]));
}

describe('the delivery ledger across real processes', () => {
  it('posts every slot exactly once when a process is killed during fan-out and others take over', async () => {
    const db = join(dir, 'killed.db');
    const url = `sqlite:${db}`;
    const out = join(dir, 'killed.txt');
    const channels = 300;
    expect(
      (
        await worker({ MODE: 'setup', DATABASE_URL: url, CHANNELS: String(channels), NOW: SLOT })
          .done
      ).code,
    ).toBe(0);

    const first = worker({
      DATABASE_URL: url,
      OUT: out,
      NOW: at(0),
      DELAY_MS: '20',
      IDEMPOTENT: '1',
      OWNER: 'first',
    });
    await waitForLines(out, 40);
    first.child.kill('SIGKILL');
    await first.done;
    const before = lines(out).length;
    expect(before).toBeLessThan(channels);

    // Restarted 2.5 minutes later: takes over what the dead process had only claimed (2-minute
    // leases), and resends what it was sending (90-second leases) with the same keys while the
    // platform still drops repeats (a few minutes); the sink drops the repeats.
    expect(
      (
        await worker({
          DATABASE_URL: url,
          OUT: out,
          NOW: at(2.5),
          IDEMPOTENT: '1',
          OWNER: 'second',
        }).done
      ).code,
    ).toBe(0);
    // Later runs find nothing left to do.
    expect(
      (
        await worker({ DATABASE_URL: url, OUT: out, NOW: at(40), IDEMPOTENT: '1', OWNER: 'third' })
          .done
      ).code,
    ).toBe(0);

    const delivered = channelsIn(out);
    expect(new Set(delivered).size).toBe(channels);
    expect(delivered).toHaveLength(channels);
    expect(statuses(db)).toEqual({ sent: channels });
  }, 120_000);

  it('does not resend a cut-off send once the platform would no longer drop the repeat', async () => {
    const url = `sqlite:${join(dir, 'late-idempotent.db')}`;
    const out = join(dir, 'late-idempotent.txt');
    const channels = 200;
    await worker({ MODE: 'setup', DATABASE_URL: url, CHANNELS: String(channels), NOW: SLOT }).done;
    const first = worker({
      DATABASE_URL: url,
      OUT: out,
      NOW: at(0),
      DELAY_MS: '20',
      IDEMPOTENT: '1',
      OWNER: 'first',
    });
    await waitForLines(out, 30);
    first.child.kill('SIGKILL');
    await first.done;
    // Back 10 minutes later: the cut-off sends are too old to resend safely.
    await worker({ DATABASE_URL: url, OUT: out, NOW: at(10), IDEMPOTENT: '1', OWNER: 'second' })
      .done;
    const delivered = channelsIn(out);
    expect(new Set(delivered).size).toBe(delivered.length);
    const counts = statuses(join(dir, 'late-idempotent.db'));
    expect((counts.sent ?? 0) + (counts.unknown ?? 0)).toBe(channels);
    expect(counts.unknown ?? 0).toBeGreaterThan(0);
  }, 120_000);

  it('never posts twice on a platform without idempotent sends; a send cut off by the kill is marked unknown', async () => {
    const db = join(dir, 'plain.db');
    const url = `sqlite:${db}`;
    const out = join(dir, 'plain.txt');
    const channels = 200;
    await worker({ MODE: 'setup', DATABASE_URL: url, CHANNELS: String(channels), NOW: SLOT }).done;
    const first = worker({
      DATABASE_URL: url,
      OUT: out,
      NOW: at(0),
      DELAY_MS: '20',
      OWNER: 'first',
    });
    await waitForLines(out, 30);
    first.child.kill('SIGKILL');
    await first.done;
    await worker({ DATABASE_URL: url, OUT: out, NOW: at(5), OWNER: 'second' }).done;
    await worker({ DATABASE_URL: url, OUT: out, NOW: at(40), OWNER: 'third' }).done;

    const delivered = channelsIn(out);
    expect(new Set(delivered).size).toBe(delivered.length);
    const counts = statuses(db);
    expect((counts.sent ?? 0) + (counts.unknown ?? 0)).toBe(channels);
    expect(counts.unknown ?? 0).toBeLessThanOrEqual(64);
    expect(delivered.length).toBeGreaterThanOrEqual(counts.sent ?? 0);
  }, 120_000);

  it('sends each slot once in all when two processes share one SQLite file and are due at the same minute', async () => {
    const db = join(dir, 'two.db');
    const url = `sqlite:${db}`;
    const out = join(dir, 'two.txt');
    const channels = 200;
    await worker({ MODE: 'setup', DATABASE_URL: url, CHANNELS: String(channels), NOW: SLOT }).done;
    const [a, b] = await Promise.all([
      worker({ DATABASE_URL: url, OUT: out, NOW: at(0), DELAY_MS: '2', OWNER: 'a' }).done,
      worker({ DATABASE_URL: url, OUT: out, NOW: at(0), DELAY_MS: '2', OWNER: 'b' }).done,
    ]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const delivered = channelsIn(out);
    expect(delivered).toHaveLength(channels);
    expect(new Set(delivered).size).toBe(channels);
    expect(sentIn(a) + sentIn(b)).toBe(channels);
  }, 120_000);

  it('skips a slot missed by more than the catch-up window and logs it in the ledger', async () => {
    const db = join(dir, 'late.db');
    const url = `sqlite:${db}`;
    const out = join(dir, 'late.txt');
    await worker({ MODE: 'setup', DATABASE_URL: url, CHANNELS: '3', NOW: SLOT }).done;
    await worker({ DATABASE_URL: url, OUT: out, NOW: at(61) }).done;
    expect(lines(out)).toEqual([]);
    expect(statuses(db)).toEqual({ skipped: 3 });
  }, 60_000);
});
