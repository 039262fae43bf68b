import { basename, extname, relative, sep } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import type { ArticleIndex } from '../core/articles/article-index.js';
import type { Logger } from '../core/ports/logger.js';
import {
  contentRoot,
  errorCode,
  linkProblem,
  listContent,
  SYMLINK_REASON,
} from './list-content.js';
import { ARTICLE_EXTENSIONS, readArticleFile } from './read-article-file.js';
import type { ParseProblem } from './parsed-article.js';

export { ContentDirectoryError } from './list-content.js';

/** Files in CONTENT_DIR that are not articles: notes for people and the operator's feed list. */
const NOT_ARTICLES = /^(readme(\.\w+)?|feeds\.txt|license(\.\w+)?)$/i;
/** Distinct watcher problems remembered so each is logged once (a link loop raised thousands). */
const MAX_REMEMBERED_PROBLEMS = 1000;

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
 * field, reason) once and skipped; a later good version of it is picked up. Symbolic links are never
 * followed, at start and while watching alike, so no text from outside CONTENT_DIR is ever served.
 */
export class ContentDirectory {
  private watcher: FSWatcher | undefined;
  private root: string | undefined;
  /** The last problem reported per path, so repeated events do not repeat the report. */
  private readonly reported = new Map<string, string>();

  constructor(
    private readonly directory: string,
    private readonly index: ArticleIndex,
    private readonly logger: Logger,
  ) {}

  /** Reads every article file; rejects with ContentDirectoryError when CONTENT_DIR is not a folder. */
  load(): Promise<LoadReport> {
    return new Promise((resolve) => resolve(this.loadAll()));
  }

  private loadAll(): LoadReport {
    const root = contentRoot(this.directory);
    this.root = root;
    const listing = listContent(root);
    const skipped: { file: string; problem: ParseProblem }[] = [];
    for (const entry of listing.skipped) {
      const problem = { reason: entry.reason };
      if (this.report(entry.path, problem))
        skipped.push({ file: this.display(entry.path), problem });
    }
    let loaded = 0;
    for (const path of listing.files) {
      if (!isArticlePath(relative(root, path))) continue;
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
    const root = this.root ?? contentRoot(this.directory);
    this.root = root;
    const watcher = watch(root, {
      ignoreInitial: true,
      followSymlinks: false,
      awaitWriteFinish: { stabilityThreshold: 150, pollInterval: 50 },
      ignored: (path, stats) => Boolean(stats?.isFile()) && !isArticlePath(relative(root, path)),
    });
    this.watcher = watcher;
    const reload = (path: string) => {
      if (basename(path).startsWith('.')) return;
      const problem = linkProblem(root, path);
      // A link to a folder is reported too: it looks like a folder of articles that never load.
      if (problem) {
        this.index.remove(path);
        this.report(path, { reason: problem });
      } else if (isArticlePath(relative(root, path))) this.loadFile(path);
    };
    watcher.on('add', reload);
    watcher.on('change', reload);
    watcher.on('addDir', (path) => {
      if (linkProblem(root, path) === SYMLINK_REASON) this.report(path, { reason: SYMLINK_REASON });
    });
    watcher.on('unlink', (path) => {
      this.reported.delete(path);
      if (this.index.remove(path))
        this.logger.info({ file: this.display(path) }, 'article removed');
    });
    watcher.on('error', (error) => {
      this.report(pathOf(error) ?? root, { reason: `cannot be watched (${errorCode(error)})` });
    });
    await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  }

  async close(): Promise<void> {
    await this.watcher?.close();
    this.watcher = undefined;
  }

  /** Reads one file into the index; returns the problem when it cannot be loaded. */
  private loadFile(path: string): ParseProblem | undefined {
    const file = this.display(path);
    const link = this.root === undefined ? undefined : linkProblem(this.root, path);
    const result = link ? { ok: false as const, problem: { reason: link } } : read(path, file);
    if (!result.ok) {
      if (this.index.remove(path))
        this.logger.info({ file }, 'article removed: its file is no longer readable');
      this.report(path, result.problem);
      return result.problem;
    }
    this.reported.delete(path);
    for (const warning of result.warnings)
      this.logger.warn({ file, ...warning }, `${file}: ${warning.reason}`);
    const article = this.index.upsert(path, result.draft);
    this.logger.debug({ file, id: article.id }, 'article loaded');
    return undefined;
  }

  /** Logs a skipped entry unless this very problem was already reported for it; true when logged. */
  private report(path: string, problem: ParseProblem): boolean {
    const key = `${problem.line ?? ''}:${problem.field ?? ''}:${problem.reason}`;
    if (this.reported.get(path) === key) return false;
    if (this.reported.size >= MAX_REMEMBERED_PROBLEMS) this.reported.clear();
    this.reported.set(path, key);
    const file = this.display(path);
    this.logger.warn({ file, ...problem }, `skipped ${file}: ${problem.reason}`);
    return true;
  }

  private display(path: string): string {
    const shown = (this.root === undefined ? '' : relative(this.root, path)) || path;
    return shown.length > 200 ? `…${shown.slice(-199)}` : shown;
  }
}

/** Reads a file; a parser that throws (it never should) is one more reason to skip the file. */
function read(path: string, file: string): ReturnType<typeof readArticleFile> {
  try {
    return readArticleFile(path, file);
  } catch (error) {
    return { ok: false, problem: { reason: `cannot be read: ${errorCode(error)}` } };
  }
}

function pathOf(error: unknown): string | undefined {
  return error && typeof error === 'object' && 'path' in error && typeof error.path === 'string'
    ? error.path
    : undefined;
}
