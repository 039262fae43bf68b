import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/ports/logger.js';
import { openSqliteStorage, StorageError } from '../../src/storage/open-storage.js';

const dir = mkdtempSync(join(tmpdir(), 'briefly-sqlite-open-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('openSqliteStorage on a path that cannot hold a database', () => {
  writeFileSync(join(dir, 'not-a-db.db'), 'This is a text file, not a database.\n'.repeat(200));
  mkdirSync(join(dir, 'a-folder.db'));
  writeFileSync(join(dir, 'plain-file'), 'x');

  it.each([
    ['a file that is not a database', () => join(dir, 'not-a-db.db'), /not a database/],
    ['a folder', () => join(dir, 'a-folder.db'), /unable to open|directory|EISDIR/i],
    [
      'a path under a file',
      () => join(dir, 'plain-file', 'briefly.db'),
      /part of that path is a file/,
    ],
    [
      'a path two levels under a file',
      () => join(dir, 'plain-file', 'x', 'briefly.db'),
      /part of that path is a file/,
    ],
  ])('is one line naming DATABASE_URL and the reason for %s', (_name, path, reason) => {
    let error: unknown;
    try {
      openSqliteStorage(`sqlite:${path()}`, silentLogger);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StorageError);
    const message = (error as Error).message;
    expect(message).toMatch(new RegExp(`^DATABASE_URL: could not open SQLite at ${path()}: `));
    expect(message).toMatch(reason);
    expect(message).not.toContain('\n');
  });
});
