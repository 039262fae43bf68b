import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { runBot } from './run-bot.js';

/**
 * The console bot, run three times on one database: the first run turns a digest on for a slot ten
 * minutes ago; `shiftScheduleBack` then moves `schedule_from` back an hour, as if that slot had been
 * missed while the bot was down; the second run sends it once, the third not again.
 */
export async function missedDigestScenario(
  databaseUrl: string,
  shiftScheduleBack: () => Promise<void>,
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'briefly-console-digest-'));
  try {
    const content = join(dir, 'content');
    mkdirSync(content);
    writeFileSync(
      join(content, 'fresh.txt'),
      'Fresh harbour news\n\nThe harbour reopened today after repairs. (Attribution: Port office)\n',
    );
    const env = { CONTENT_DIR: content, DATABASE_URL: databaseUrl, LOG_LEVEL: 'info' };

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

    await shiftScheduleBack();

    const second = await runBot('', env);
    expect(second.code).toBe(0);
    expect(second.stdout.match(/Briefly digest —/g)).toHaveLength(1);
    expect(second.stdout).toContain('Fresh harbour news');
    expect(second.stdout).toContain('Source: Port office');

    const third = await runBot('', env);
    expect(third.code).toBe(0);
    expect(third.stdout).not.toContain('Briefly digest —');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
