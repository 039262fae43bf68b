import { readdir } from 'node:fs/promises';
import { basename, extname, join, relative, sep } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import type { ArticleIndex } from '../core/articles/article-index.js';
import type { Logger } from '../core/ports/logger.js';
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
 * Keeps the article index in step with CONTENT_DIR: `load()` reads every article file once, `watch()`
 * then follows added, changed and removed files. A file that cannot be read is logged (file, line or
 * field, reason) and skipped; a later good version of it is picked up.
 */
export class ContentDirectory {
  private watcher: FSWatcher | undefined;

  constructor(
    private readonly directory: string,
    private readonly index: ArticleIndex,
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
    for (const path of paths) {
      const problem = this.loadFile(path);
      if (problem) skipped.push({ file: this.display(path), problem });
      else loaded++;
    }
    this.index.prepareSearch();
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
      try {
        this.loadFile(path);
      } catch (error) {
        this.logger.error({ file: this.display(path), err: error }, 'reload failed');
      }
    };
    watcher.on('add', reload);
    watcher.on('change', reload);
    watcher.on('unlink', (path) => {
      if (this.index.remove(path))
        this.logger.info({ file: this.display(path) }, 'article removed');
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

  /** Reads one file into the index; returns the problem when it cannot be loaded. */
  private loadFile(path: string): ParseProblem | undefined {
    const file = this.display(path);
    const result = readArticleFile(path, file);
    if (!result.ok) {
      if (this.index.remove(path))
        this.logger.info({ file }, 'article removed: its file is no longer readable');
      this.logger.warn({ file, ...result.problem }, `skipped ${file}: ${result.problem.reason}`);
      return result.problem;
    }
    for (const warning of result.warnings)
      this.logger.warn({ file, ...warning }, `${file}: ${warning.reason}`);
    const article = this.index.upsert(path, result.draft);
    this.logger.debug({ file, id: article.id }, 'article loaded');
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
