import { readdir } from 'node:fs/promises';
import { basename, extname, join, relative, sep } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import type { ArticleStore } from '../core/ports/article-store.js';
import type { Logger } from '../core/ports/logger.js';
import { contentHashOf } from '../storage/articles/article-record.js';
import { ARTICLE_EXTENSIONS, readArticleFile } from './read-article-file.js';
import type { ParseProblem } from './parsed-article.js';

/** Files in CONTENT_DIR that are not articles: notes for people and the operator's feed list. */
const NOT_ARTICLES = /^(readme(\.\w+)?|feeds\.txt|license(\.\w+)?)$/i;

export interface LoadReport {
  readonly loaded: number;
  readonly skipped: readonly { readonly file: string; readonly problem: ParseProblem }[];
}

/** Whether a path in CONTENT_DIR is read as an article. */
export function isArticlePath(path: string): boolean {
  const name = basename(path);
  if (name.startsWith('.') || NOT_ARTICLES.test(name)) return false;
  if (path.split(sep).some((part) => part.startsWith('.') && part.length > 1 && part !== '..'))
    return false;
  return ARTICLE_EXTENSIONS.has(extname(name).toLowerCase());
}

/**
 * Keeps the article store in step with CONTENT_DIR: `load()` reads every article file once, `watch()`
 * then follows added, changed and removed files. A file that cannot be read is logged (file, line or
 * field, reason) and skipped; a later good version of it is picked up. Articles are stored under
 * their path relative to CONTENT_DIR, and only when their content changed, so processes sharing a
 * database and the same files write each article once.
 */
export class ContentDirectory {
  private watcher: FSWatcher | undefined;

  constructor(
    private readonly directory: string,
    private readonly store: ArticleStore,
    private readonly logger: Logger,
  ) {}

  async load(): Promise<LoadReport> {
    let paths: string[];
    try {
      paths = await listFiles(this.directory);
    } catch (error) {
      this.logger.error(
        { dir: this.directory, err: error },
        'content directory cannot be read; no file articles loaded',
      );
      return { loaded: 0, skipped: [] };
    }
    const skipped: { file: string; problem: ParseProblem }[] = [];
    let loaded = 0;
    const stored = await this.store.contentHashes('file');
    for (const path of paths) {
      const problem = await this.loadFile(path, stored);
      if (problem) skipped.push({ file: this.display(path), problem });
      else loaded++;
    }
    const present = new Set(paths.map((path) => this.display(path)));
    for (const key of stored.keys()) {
      if (!present.has(key) && (await this.store.remove(key)))
        this.logger.info({ file: key }, 'article removed: its file is gone');
    }
    this.logger.info({ dir: this.directory, loaded, skipped: skipped.length }, 'articles loaded');
    return { loaded, skipped };
  }

  /** Starts following changes; resolves once the watcher is ready. */
  async watch(): Promise<void> {
    if (this.watcher) return;
    const watcher = watch(this.directory, {
      ignoreInitial: true,
      awaitWriteFinish: { stabilityThreshold: 150, pollInterval: 50 },
      ignored: (path, stats) =>
        Boolean(stats?.isFile()) && !isArticlePath(relative(this.directory, path)),
    });
    this.watcher = watcher;
    const reload = (path: string) => {
      if (!isArticlePath(relative(this.directory, path))) return;
      this.loadFile(path).catch((error: unknown) =>
        this.logger.error({ file: this.display(path), err: error }, 'reload failed'),
      );
    };
    watcher.on('add', reload);
    watcher.on('change', reload);
    watcher.on('unlink', (path) => {
      const file = this.display(path);
      this.store.remove(file).then(
        (removed) => {
          if (removed) this.logger.info({ file }, 'article removed');
        },
        (error: unknown) => this.logger.error({ file, err: error }, 'removal failed'),
      );
    });
    watcher.on('error', (error) =>
      this.logger.error({ dir: this.directory, err: error }, 'content watcher error'),
    );
    await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  }

  async close(): Promise<void> {
    await this.watcher?.close();
    this.watcher = undefined;
  }

  /**
   * Reads one file into the store; returns the problem when it cannot be loaded. `stored` (content
   * hashes by key) spares the write of an article stored already as it is.
   */
  private async loadFile(
    path: string,
    stored?: ReadonlyMap<string, string>,
  ): Promise<ParseProblem | undefined> {
    const file = this.display(path);
    const result = readArticleFile(path, file);
    if (!result.ok) {
      if (await this.store.remove(file))
        this.logger.info({ file }, 'article removed: its file is no longer readable');
      this.logger.warn({ file, ...result.problem }, `skipped ${file}: ${result.problem.reason}`);
      return result.problem;
    }
    for (const warning of result.warnings)
      this.logger.warn({ file, ...warning }, `${file}: ${warning.reason}`);
    if (stored?.get(file) === contentHashOf(result.draft)) return undefined;
    const { id } = await this.store.put(file, result.draft);
    this.logger.debug({ file, id }, 'article loaded');
    return undefined;
  }

  private display(path: string): string {
    return relative(this.directory, path) || path;
  }
}

async function listFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => isArticlePath(relative(directory, path)))
    .sort();
}
