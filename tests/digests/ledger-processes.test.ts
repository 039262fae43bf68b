import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'briefly-ledger-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function worker(env: Record<string, string>): {
  child: ChildProcess;
  done: Promise<{ code: number | null; stdout: string }>;
} {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/digest-worker.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const done = new Promise<{ code: number | null; stdout: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout })),
  );
  return { child, done };
}

const lines = (file: string) =>
  existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').filter(Boolean) : [];
const channelsIn = (file: string) => lines(file).map((line) => line.split('\t')[0]);

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

const SLOT = '2026-11-26T08:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(SLOT) + minutes * 60_000).toISOString();

describe('the delivery ledger across real processes', () => {
  it('posts every slot exactly once when a process is killed during fan-out and others take over', async () => {
    const db = join(dir, 'killed.db');
    const out = join(dir, 'killed.txt');
    const channels = 300;
    expect(
      (await worker({ MODE: 'setup', DB: db, CHANNELS: String(channels), NOW: SLOT }).done).code,
    ).toBe(0);

    const first = worker({
      DB: db,
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

    // Restarted 5 minutes later: takes over what the dead process had only claimed.
    expect(
      (await worker({ DB: db, OUT: out, NOW: at(5), IDEMPOTENT: '1', OWNER: 'second' }).done).code,
    ).toBe(0);
    // 40 minutes later: sends cut off mid-call are resent with the same key; the sink drops repeats.
    expect(
      (await worker({ DB: db, OUT: out, NOW: at(40), IDEMPOTENT: '1', OWNER: 'third' }).done).code,
    ).toBe(0);

    const delivered = channelsIn(out);
    expect(new Set(delivered).size).toBe(channels);
    expect(delivered).toHaveLength(channels);
    expect(statuses(db)).toEqual({ sent: channels });
  }, 120_000);

  it('never posts twice on a platform without idempotent sends; a send cut off by the kill is marked unknown', async () => {
    const db = join(dir, 'plain.db');
    const out = join(dir, 'plain.txt');
    const channels = 200;
    await worker({ MODE: 'setup', DB: db, CHANNELS: String(channels), NOW: SLOT }).done;
    const first = worker({ DB: db, OUT: out, NOW: at(0), DELAY_MS: '20', OWNER: 'first' });
    await waitForLines(out, 30);
    first.child.kill('SIGKILL');
    await first.done;
    await worker({ DB: db, OUT: out, NOW: at(5), OWNER: 'second' }).done;
    await worker({ DB: db, OUT: out, NOW: at(40), OWNER: 'third' }).done;

    const delivered = channelsIn(out);
    expect(new Set(delivered).size).toBe(delivered.length);
    const counts = statuses(db);
    expect((counts.sent ?? 0) + (counts.unknown ?? 0)).toBe(channels);
    expect(counts.unknown ?? 0).toBeLessThanOrEqual(64);
    expect(delivered.length).toBeGreaterThanOrEqual(counts.sent ?? 0);
  }, 120_000);

  it('sends each slot once in all when two processes share one SQLite file and are due at the same minute', async () => {
    const db = join(dir, 'two.db');
    const out = join(dir, 'two.txt');
    const channels = 200;
    await worker({ MODE: 'setup', DB: db, CHANNELS: String(channels), NOW: SLOT }).done;
    const [a, b] = await Promise.all([
      worker({ DB: db, OUT: out, NOW: at(0), DELAY_MS: '2', OWNER: 'a' }).done,
      worker({ DB: db, OUT: out, NOW: at(0), DELAY_MS: '2', OWNER: 'b' }).done,
    ]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const delivered = channelsIn(out);
    expect(delivered).toHaveLength(channels);
    expect(new Set(delivered).size).toBe(channels);
    const sentBy = [a, b].map(
      (run) => (JSON.parse(run.stdout) as { results: { sent: number } }).results.sent,
    );
    expect(sentBy[0]! + sentBy[1]!).toBe(channels);
  }, 120_000);

  it('skips a slot missed by more than the catch-up window and logs it in the ledger', async () => {
    const db = join(dir, 'late.db');
    const out = join(dir, 'late.txt');
    await worker({ MODE: 'setup', DB: db, CHANNELS: '3', NOW: SLOT }).done;
    await worker({ DB: db, OUT: out, NOW: at(61) }).done;
    expect(lines(out)).toEqual([]);
    expect(statuses(db)).toEqual({ skipped: 3 });
  }, 60_000);
});
