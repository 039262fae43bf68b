import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticleFile } from '../../src/article-files/read-article-file.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefly-read-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string | Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

describe('readArticleFile', () => {
  it('loads a good file with its file time as the publish time and a relative origin', async () => {
    const path = await file('good.txt', 'A title\r\n\r\nSome text. (Attribution: Someone)\r\n');
    const result = readArticleFile(path, 'good.txt');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.draft.title).toBe('A title');
    expect(result.draft.origin).toEqual({ kind: 'file', path: 'good.txt' });
    expect(result.draft.publishedAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it.each([
    ['empty.txt', '', /empty/],
    ['blank.txt', '  \n\n ', /only white space/],
    ['binary.txt', Buffer.from([0x47, 0x49, 0x46, 0x00, 0x01]), /binary data/],
    [
      'latin1.txt',
      Buffer.from('Title\n\nCaf\xe9 text.', 'latin1'),
      /not valid UTF-8 text \(line 3\)/,
    ],
    ['no-title.md', '---\nsource: X\n---\n\nText.', /no title/],
  ])('reports %s and why it is skipped', async (name, content, reason) => {
    const result = readArticleFile(await file(name, content));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.reason).toMatch(reason);
  });

  it('refuses a 50 MB file without reading it', async () => {
    const path = await file('huge.txt', 'Title\n\ntext');
    await truncate(path, 50 * 1024 * 1024);
    const result = readArticleFile(path);
    expect(!result.ok && result.problem.reason).toMatch(/50 MiB, over the 1 MiB limit/);
  });

  it('refuses a named pipe at once instead of waiting for a writer', () => {
    const path = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [path]);
    const result = readArticleFile(path);
    expect(!result.ok && result.problem.reason).toBe('not a regular file');
  });

  it('reports a missing file', () => {
    const result = readArticleFile(join(dir, 'missing.txt'));
    expect(!result.ok && result.problem.reason).toMatch(/ENOENT/);
  });
});
