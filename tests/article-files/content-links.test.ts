import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ContentDirectory,
  ContentDirectoryError,
} from '../../src/article-files/content-directory.js';
import type { ArticleIndex } from '../../src/core/articles/article-index.js';
import { MemoryArticleStore } from '../../src/storage/articles/memory-article-store.js';
import { createRecordingLogger } from '../support/recording-logger.js';

type RecordingLogger = ReturnType<typeof createRecordingLogger>;

/** Watch events arrive in their own time; a loaded machine can stretch them, so wait generously. */
const EVENTUALLY = { timeout: 30_000, interval: 50 };

let base: string;
let dir: string;
let outside: string;
let content: ContentDirectory | undefined;

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'briefly-links-'));
  dir = join(base, 'content');
  outside = join(base, 'outside');
  await mkdir(dir);
  await mkdir(outside);
  await writeFile(join(outside, 'secret.txt'), 'Secret outside title\n\nSecret outside text.');
  await writeFile(join(dir, 'good.txt'), 'Good title\n\nGood text.');
});
afterEach(async () => {
  await content?.close();
  content = undefined;
  await rm(base, { recursive: true, force: true });
});

function titles(index: ArticleIndex): string[] {
  return index
    .all()
    .map((a) => a.title)
    .sort();
}

function warningsAbout(logger: RecordingLogger, file: string) {
  return logger.entries.filter((line) => line.level === 'warn' && line.fields.file === file);
}

/** Links to a file outside, to a folder outside, to a file inside, and a loop. */
async function makeLinks(prefix: string): Promise<void> {
  await symlink(join(outside, 'secret.txt'), join(dir, `${prefix}secret.txt`));
  await symlink('/etc/passwd', join(dir, `${prefix}passwd.md`));
  await symlink(outside, join(dir, `${prefix}folder`));
  await symlink(join(dir, 'good.txt'), join(dir, `${prefix}inside.txt`));
  await symlink('.', join(dir, `${prefix}loop`));
  await symlink(`${prefix}self.txt`, join(dir, `${prefix}self.txt`));
}

describe('ContentDirectory and symbolic links: never followed, at start and while watching', () => {
  it('skips and reports every link at start, once each', async () => {
    await makeLinks('');
    const logger = createRecordingLogger();
    const store = new MemoryArticleStore();
    const index = store.index;
    content = new ContentDirectory(dir, store, logger);
    const report = await content.load();
    expect(titles(index)).toEqual(['Good title']);
    expect(report.skipped.map((s) => s.file).sort()).toEqual(
      ['folder', 'inside.txt', 'loop', 'passwd.md', 'secret.txt', 'self.txt'].sort(),
    );
    for (const skipped of report.skipped) {
      expect(skipped.problem.reason).toContain('symbolic link');
      expect(warningsAbout(logger, skipped.file)).toHaveLength(1);
    }
  });

  it('skips and reports links added while running, and the loop only once', async () => {
    const logger = createRecordingLogger();
    const store = new MemoryArticleStore();
    const index = store.index;
    content = new ContentDirectory(dir, store, logger);
    await content.load();
    await content.watch();
    await makeLinks('new-');
    await writeFile(join(dir, 'sentinel.txt'), 'Sentinel title\n\nLoaded after the links.');
    await vi.waitFor(() => expect(index.get('sentinel-title')).toBeDefined(), EVENTUALLY);
    await vi.waitFor(() => {
      for (const file of ['new-secret.txt', 'new-passwd.md', 'new-inside.txt', 'new-folder'])
        expect(warningsAbout(logger, file)).toHaveLength(1);
    }, EVENTUALLY);
    expect(titles(index)).toEqual(['Good title', 'Sentinel title']);
    expect(index.all().some((a) => a.paragraphs.some((p) => /secret|root:/i.test(p.text)))).toBe(
      false,
    );
    expect(warningsAbout(logger, 'new-loop').length).toBeLessThanOrEqual(1);
    expect(logger.entries.filter((l) => l.level === 'error')).toEqual([]);
    expect(logger.entries.length).toBeLessThan(20);
  });

  it('never reads through a folder that became a link after the start', async () => {
    await mkdir(join(dir, 'sub'));
    await writeFile(join(dir, 'sub', 'inner.txt'), 'Inner title\n\nInner text.');
    const logger = createRecordingLogger();
    const store = new MemoryArticleStore();
    const index = store.index;
    content = new ContentDirectory(dir, store, logger);
    await content.load();
    await content.watch();
    expect(index.get('inner-title')).toBeDefined();
    await rm(join(dir, 'sub'), { recursive: true });
    await symlink(outside, join(dir, 'sub'));
    await writeFile(join(outside, 'secret.txt'), 'Changed outside title\n\nChanged outside text.');
    await writeFile(join(dir, 'sentinel.txt'), 'Sentinel title\n\nLoaded after the swap.');
    await vi.waitFor(() => expect(index.get('sentinel-title')).toBeDefined(), EVENTUALLY);
    await vi.waitFor(() => expect(index.get('inner-title')).toBeUndefined(), EVENTUALLY);
    expect(titles(index)).toEqual(['Good title', 'Sentinel title']);
  });
});

describe('ContentDirectory when CONTENT_DIR is not a folder', () => {
  it.each([
    ['missing', () => join(base, 'nowhere'), 'does not exist'],
    ['a file', () => join(dir, 'good.txt'), 'is a file, not a folder'],
    ['under a file', () => join(dir, 'good.txt', 'x'), 'is under a file'],
  ])('refuses to load when it is %s, in one line', async (_name, path, reason) => {
    content = new ContentDirectory(path(), new MemoryArticleStore(), createRecordingLogger());
    const error = await content.load().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ContentDirectoryError);
    expect((error as Error).message).toMatch(/^CONTENT_DIR: /);
    expect((error as Error).message).toContain(reason);
    expect((error as Error).message).not.toContain('\n');
  });

  it('follows CONTENT_DIR itself when it is a link the operator chose', async () => {
    await symlink(dir, join(base, 'alias'));
    const store = new MemoryArticleStore();
    const index = store.index;
    content = new ContentDirectory(join(base, 'alias'), store, createRecordingLogger());
    await content.load();
    expect(titles(index)).toEqual(['Good title']);
  });
});

describe('ContentDirectory and invalid front matter', () => {
  const bomb = [
    '---',
    'a: &a [x, x, x, x, x, x, x, x, x]',
    'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
    'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
    'title: Bomb',
    '---',
    '',
    'Text.',
  ].join('\n');

  it('reports an alias bomb at start and on reload alike, and keeps the rest', async () => {
    await writeFile(join(dir, 'bomb.md'), bomb);
    const logger = createRecordingLogger();
    const store = new MemoryArticleStore();
    const index = store.index;
    content = new ContentDirectory(dir, store, logger);
    const report = await content.load();
    expect(report.skipped).toEqual([
      {
        file: 'bomb.md',
        problem: expect.objectContaining({
          reason: expect.stringMatching(/front matter is not valid YAML/),
        }),
      },
    ]);
    await content.watch();
    await writeFile(join(dir, 'bomb2.md'), bomb);
    await vi.waitFor(() => expect(warningsAbout(logger, 'bomb2.md')).toHaveLength(1), EVENTUALLY);
    expect(String(warningsAbout(logger, 'bomb2.md')[0]?.fields.reason)).toMatch(
      /front matter is not valid YAML/,
    );
    expect(logger.entries.filter((l) => l.level === 'error')).toEqual([]);
    expect(titles(index)).toEqual(['Good title']);
  });
});
