import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnInRepository } from '../support/spawned.js';

const dir = mkdtempSync(join(tmpdir(), 'briefly-tty-'));
writeFileSync(join(dir, 'one.txt'), 'Harbour tunnel reopens\n\nThe tunnel reopened on Monday.');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the bot in a pseudo-terminal (util-linux `script`), as a person at a terminal would. */
function startInTerminal() {
  const command = `${process.execPath} --import tsx src/main.ts`;
  return spawnInRepository('script', ['-qefc', command, '/dev/null'], {
    SHELL: '/bin/sh',
    TERM: 'dumb',
    CONTENT_DIR: dir,
    DATABASE_URL: 'sqlite::memory:',
    LOG_LEVEL: 'warn',
  });
}

describe('the console in a terminal', () => {
  it('shows a prompt, echoes what is typed, answers, and quits on Ctrl+D', async () => {
    const run = startInTerminal();
    await run.waitFor(/briefly> /, 'stdout');
    // Typed only once the prompt shows: readline then owns the terminal, so any echo is its own.
    run.child.stdin.write('/news 1\r');
    await run.waitFor(/1\. Harbour tunnel reopens/, 'stdout');
    const screen = run.output.stdout;
    expect(screen).toContain('Briefly is ready.');
    expect(screen).toMatch(/briefly> [^/\n]{0,8}\/news 1/); // a cursor move may come first
    // After the answer, the prompt comes back for the next command.
    await run.waitFor(/Harbour tunnel reopens[\s\S]*briefly> /, 'stdout');
    run.child.stdin.write('\x04');
    expect(await run.exited).toBe(0);
    expect(screen).not.toMatch(/^> \/news 1/m); // the piped-mode echo is not used in a terminal
  }, 60_000);
});
