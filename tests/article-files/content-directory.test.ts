import { mkdtemp, mkdir, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentDirectory, isArticlePath } from '../../src/article-files/content-directory.js';
import { MemoryArticleStore } from '../../src/storage/articles/memory-article-store.js';
import { openSqliteStorage } from '../../src/storage/open-storage.js';
import { silentLogger, type Logger } from '../../src/core/ports/logger.js';

let dir: string;
let content: ContentDirectory | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefly-content-'));
});
afterEach(async () => {
  await content?.close();
  content = undefined;
  await rm(dir, { recursive: true, force: true });
});

function recordingLogger(
  lines: { level: string; fields: object; message?: string | undefined }[],
): Logger {
  const log = (level: string) => (fields: object, message?: string) =>
    lines.push({ level, fields, message });
  const logger: Logger = {
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    child: () => logger,
  };
  return logger;
}

describe('ContentDirectory', () => {
  it('loads good files, reports each bad one with its name and reason, and skips notes', async () => {
    await writeFile(join(dir, 'one.txt'), 'First title\n\nText one.');
    await mkdir(join(dir, 'nested'));
    await writeFile(join(dir, 'nested', 'two.md'), '---\ntitle: Second\n---\n\nText two.');
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'README.md'), '# Not an article\n\nNotes.');
    await writeFile(join(dir, 'feeds.txt'), 'https://example.com/feed.xml');
    const lines: { level: string; fields: object; message?: string | undefined }[] = [];
    const store = new MemoryArticleStore();
    const index = store.index;
    content = new ContentDirectory(dir, store, recordingLogger(lines));
    const report = await content.load();
    expect(report.loaded).toBe(2);
    expect(report.skipped).toEqual([
      { file: 'empty.txt', problem: { reason: 'the file is empty' } },
    ]);
    expect(
      index
        .all()
        .map((a) => a.title)
        .sort(),
    ).toEqual(['First title', 'Second']);
    expect(lines.find((l) => l.level === 'warn')?.fields).toMatchObject({
      file: 'empty.txt',
      reason: 'the file is empty',
    });
  });

  it('follows added, edited and removed files while running', async () => {
    await writeFile(join(dir, 'a.txt'), 'Alpha\n\nText.');
    const store = new MemoryArticleStore();
    const index = store.index;
    content = new ContentDirectory(dir, store, silentLogger);
    await content.load();
    await content.watch();

    await writeFile(join(dir, 'b.txt'), 'Beta\n\nText.');
    await vi.waitFor(() => expect(index.get('beta')).toBeDefined(), { timeout: 5000 });

    await writeFile(join(dir, 'a.txt'), 'Alpha edited\n\nNew text.');
    await vi.waitFor(() => expect(index.get('alpha-edited')).toBeDefined(), { timeout: 5000 });
    expect(index.get('alpha')).toBeUndefined();

    await unlink(join(dir, 'b.txt'));
    await vi.waitFor(() => expect(index.get('beta')).toBeUndefined(), { timeout: 5000 });
    expect(index.size).toBe(1);
  });

  it('drops an article whose file turns bad and keeps serving the others', async () => {
    await writeFile(join(dir, 'a.txt'), 'Alpha\n\nText.');
    await writeFile(join(dir, 'b.txt'), 'Beta\n\nText.');
    const store = new MemoryArticleStore();
    const index = store.index;
    content = new ContentDirectory(dir, store, silentLogger);
    await content.load();
    await content.watch();
    await writeFile(join(dir, 'a.txt'), Buffer.from([0, 1, 2]));
    await vi.waitFor(() => expect(index.get('alpha')).toBeUndefined(), { timeout: 5000 });
    expect(index.get('beta')).toBeDefined();
  });
});

describe('ContentDirectory over a database', () => {
  it('writes each article once, and drops the articles of files removed while it was stopped', async () => {
    await writeFile(join(dir, 'a.txt'), 'Alpha\n\nText.');
    await writeFile(join(dir, 'b.txt'), 'Beta\n\nText.');
    const storage = openSqliteStorage(`sqlite:${join(dir, '.db', 'briefly.db')}`, silentLogger);
    const first = new ContentDirectory(dir, storage.articles, silentLogger);
    expect((await first.load()).loaded).toBe(2);
    const before = await storage.articles.contentHashes('file');
    expect([...before.keys()].sort()).toEqual(['a.txt', 'b.txt']);
    const lines: { level: string; fields: object; message?: string | undefined }[] = [];
    await unlink(join(dir, 'b.txt'));
    const second = new ContentDirectory(dir, storage.articles, recordingLogger(lines));
    await second.load();
    expect(await storage.articles.get('beta')).toBeUndefined();
    expect((await storage.articles.get('alpha'))?.paragraphs).toEqual([{ text: 'Text.' }]);
    expect(lines.filter((l) => l.message === 'article removed: its file is gone')).toHaveLength(1);
    expect(lines.some((l) => l.level === 'debug')).toBe(false);
    await storage.close();
  });
});

describe('isArticlePath', () => {
  it('accepts article files and leaves out notes, the feed list and hidden files', () => {
    expect(isArticlePath('a.txt')).toBe(true);
    expect(isArticlePath('sub/b.markdown')).toBe(true);
    expect(isArticlePath('README.md')).toBe(false);
    expect(isArticlePath('feeds.txt')).toBe(false);
    expect(isArticlePath('.hidden.txt')).toBe(false);
    expect(isArticlePath('.git/x.txt')).toBe(false);
    expect(isArticlePath('image.png')).toBe(false);
  });
});
