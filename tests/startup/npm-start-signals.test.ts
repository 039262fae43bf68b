import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { descendantsOf, isRunning, spawnInRepository, type Spawned } from '../support/spawned.js';

const dir = mkdtempSync(join(tmpdir(), 'briefly-npm-start-'));
writeFileSync(join(dir, 'one.txt'), 'One title\n\nOne text.');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let run: Spawned | undefined;
afterEach(() => {
  // Only the processes this test started.
  if (run?.child.pid && isRunning(run.child.pid)) run.child.kill('SIGKILL');
  for (const pid of started) if (isRunning(pid)) process.kill(pid, 'SIGKILL');
  started = [];
  run = undefined;
});
let started: number[] = [];

describe('npm start under a supervisor', () => {
  it.each([
    ['SIGTERM', 'answering'],
    ['SIGINT', 'answering'],
    ['SIGTERM', 'starting'],
  ] as const)(
    'stops cleanly when %s is sent to the npm process while %s, leaving no bot behind',
    async (signal, when) => {
      run = spawnInRepository('npm', ['start'], {
        CONTENT_DIR: dir,
        DATABASE_URL: 'sqlite::memory:',
        LOG_LEVEL: 'info',
      });
      // Standard input stays open, as under a supervisor: the bot keeps running until signalled.
      if (when === 'starting') await run.waitFor(/"msg":"articles loaded"/);
      else {
        run.child.stdin.write('/news\n');
        await run.waitFor(/One title/, 'stdout');
      }
      started = descendantsOf(run.child.pid ?? 0);
      // The bot itself: npm's child (its own helpers, such as esbuild's service, end after it).
      const pids = descendantsOf(run.child.pid ?? 0, 1);
      expect(pids.length).toBe(1);
      run.child.kill(signal);
      // npm ends the way its script did, or re-raises the signal on itself once the script ended.
      expect([0, signal]).toContain(await run.exited);
      expect(run.output.stderr).toMatch(new RegExp(`"reason":"${signal}".*"msg":"stopping`));
      for (const pid of pids) expect(isRunning(pid)).toBe(false);
    },
    60_000,
  );
});
