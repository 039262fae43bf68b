import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { runBot } from '../../support/run-bot.js';

const dir = mkdtempSync(join(tmpdir(), 'briefly-console-digest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('console digests across restarts', () => {
  it('sends a digest missed while the bot was down once on restart, and never again', async () => {
    const content = join(dir, 'content');
    const db = join(dir, 'briefly.db');
    rmSync(content, { recursive: true, force: true });
    const { mkdirSync } = await import('node:fs');
    mkdirSync(content);
    writeFileSync(
      join(content, 'fresh.txt'),
      'Fresh harbour news\n\nThe harbour reopened today after repairs. (Attribution: Port office)\n',
    );
    const env = { CONTENT_DIR: content, DATABASE_URL: `sqlite:${db}`, LOG_LEVEL: 'info' };

    // A slot ten minutes ago, in a zone other than UTC.
    const tenMinutesAgo = new Date(Date.now() - 10 * 60_000);
    const local = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Kolkata',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(tenMinutesAgo);
    const first = await runBot(
      `/digest on\n/digest timezone Asia/Kolkata\n/digest time ${local}\n`,
      env,
    );
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`${local} Asia/Kolkata`);
    expect(first.stdout).not.toContain('Briefly digest —');

    // Pretend the schedule was set an hour earlier: that slot was then missed while the bot was down.
    const handle = new BetterSqlite3(db);
    handle.prepare('UPDATE digest_settings SET schedule_from = schedule_from - 3600000').run();
    handle.close();

    const second = await runBot('', env);
    expect(second.code).toBe(0);
    expect(second.stdout.match(/Briefly digest —/g)).toHaveLength(1);
    expect(second.stdout).toContain('Fresh harbour news');
    expect(second.stdout).toContain('Source: Port office');

    const third = await runBot('', env);
    expect(third.code).toBe(0);
    expect(third.stdout).not.toContain('Briefly digest —');
  }, 60_000);
});
