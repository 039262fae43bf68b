import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { answersOf } from '../support/run-bot.js';
import { repositoryRoot } from '../support/run-script.js';
import { spawnInRepository } from '../support/spawned.js';

const readme = readFileSync(join(repositoryRoot, 'README.md'), 'utf8');
// A fresh clone: every file's time is the time of the clone, as a copy's is now.
const content = mkdtempSync(join(tmpdir(), 'briefly-fresh-clone-'));
cpSync(join(repositoryRoot, 'content'), content, { recursive: true });
afterAll(() => rmSync(content, { recursive: true, force: true }));

/** The README's "Try it" command: printf '…' | npm start. */
function tryItCommand(): string {
  const command = /^printf '.*' \| npm start$/m.exec(readme)?.[0];
  if (!command) throw new Error('the README has no "printf … | npm start" example');
  return command;
}

describe("the README's example, on a fresh clone's content", () => {
  it('does what the README promises for every command it shows', async () => {
    const command = tryItCommand();
    const lines = /^printf '(.*)'/.exec(command)?.[1]?.split('\\n').filter(Boolean) ?? [];
    expect(lines.length).toBeGreaterThanOrEqual(4);
    const run = spawnInRepository('sh', ['-c', command], {
      CONTENT_DIR: content,
      DATABASE_URL: 'sqlite::memory:',
      LOG_LEVEL: 'warn',
    });
    expect(await run.exited).toBe(0);
    const answers = answersOf(run.output.stdout);
    expect(answers).toHaveLength(lines.length);
    for (const [i, line] of lines.entries()) {
      const answer = answers[i] ?? '';
      expect(answer.startsWith(line), answer).toBe(true);
      expect(answer).not.toMatch(/No passage|no number|not a|Something went wrong|Usage:/);
      // Item 1 is the article the README's claim comes from.
      if (/^\/(summary|source) 1\b/.test(line)) expect(answer).toContain('Harbour tunnel reopens');
      const claim = /^\/source 1 (.+)$/.exec(line)?.[1];
      if (claim) expect(answer).toMatch(/tolls will stay suspended until the end of the month/);
    }
    expect(answers[0]).toMatch(/1\. Harbour tunnel reopens/);
    // Standard output is the answers alone: npm's banner goes to standard error.
    expect(run.output.stdout.startsWith('> /news')).toBe(true);
  }, 120_000);
});
