import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { repositoryRoot } from '../support/run-script.js';
import { spawnInRepository } from '../support/spawned.js';

const fixture = fileURLToPath(new URL('../fixtures/batch-articles.jsonl', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'briefly-npmrc-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("the project's npm settings (.npmrc)", () => {
  it('keep npm run summarize standard output to JSON lines only', async () => {
    const run = spawnInRepository('npm', ['run', 'summarize', '--', '--jsonl', fixture], {
      LOG_LEVEL: 'warn',
    });
    expect(await run.exited).toBe(0);
    const lines = run.output.stdout.split('\n').filter((line) => line !== '');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(() => JSON.parse(line) as unknown).not.toThrow();
    // npm's banner is not hidden, only moved to standard error.
    expect(run.output.stderr).toContain('> briefly@');
  }, 60_000);

  it('let an install error show (npm ci without a lock file fails loudly)', async () => {
    copyFileSync(join(repositoryRoot, '.npmrc'), join(scratch, '.npmrc'));
    writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'x', version: '1.0.0' }));
    const run = spawnInRepository('npm', ['ci', '--prefix', scratch], {});
    expect(await run.exited).not.toBe(0);
    expect(run.output.stderr).toMatch(/npm error .*package-lock\.json/);
  }, 60_000);
});
