import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBot } from '../support/run-bot.js';

const dir = mkdtempSync(join(tmpdir(), 'briefly-start-errors-'));
writeFileSync(join(dir, 'a-file'), 'not a folder');
writeFileSync(join(dir, 'not-a-database.db'), 'plain text, not SQLite\n'.repeat(100));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a start that cannot work stops with one line and exit code 2', () => {
  it.each([
    [
      'a missing CONTENT_DIR',
      { CONTENT_DIR: join(dir, 'no-such-folder') },
      /^CONTENT_DIR: .*no-such-folder does not exist/,
    ],
    [
      'a CONTENT_DIR that is a file',
      { CONTENT_DIR: join(dir, 'a-file') },
      /^CONTENT_DIR: .*a file/,
    ],
    [
      'a SQLite file that is not a database',
      { DATABASE_URL: `sqlite:${join(dir, 'not-a-database.db')}` },
      /^DATABASE_URL: could not open SQLite at .*not-a-database\.db: file is not a database/,
    ],
  ])(
    'for %s',
    async (_name, env, message) => {
      const { code, stdout, stderr } = await runBot('/news\n', env);
      expect(code).toBe(2);
      expect(stderr.trim()).toMatch(message);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stdout).toBe('');
    },
    60_000,
  );
});
