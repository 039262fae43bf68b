import { basename, extname, relative, sep } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import type { ArticleStore } from '../core/ports/article-store.js';
import type { Logger } from '../core/ports/logger.js';
import { contentHashOf } from '../core/articles/content-hash.js';
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
 * Keeps the article store in step with CONTENT_DIR: `load()` reads every article file once, `watch()`
 * then follows added, changed and removed files. A file that cannot be read is logged (file, line or
 * field, reason) once and skipped; a later good version of it is picked up. Symbolic links are never
 * followed, at start and while watching alike, so no text from outside CONTENT_DIR is ever served.
 * Articles are stored under their path relative to CONTENT_DIR, and only when their content
 * changed, so processes sharing a database and the same files write each article once.
 */
export class ContentDirectory {
  private watcher: FSWatcher | undefined;
  private root: string | undefined;
  /** The last problem reported per path, so repeated events do not repeat the report. */
  private readonly reported = new Map<string, string>();

  constructor(
    private readonly directory: string,
    private readonly store: ArticleStore,
    private readonly logger: Logger,
  ) {}

  /** Reads every article file; rejects with ContentDirectoryError when CONTENT_DIR is not a folder. */
  load(): Promise<LoadReport> {
    return this.loadAll();
  }

  private async loadAll(): Promise<LoadReport> {
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
    const stored = await this.store.contentHashes('file');
    const present = new Set<string>();
    for (const path of listing.files) {
      if (!isArticlePath(relative(root, path))) continue;
      present.add(this.keyOf(path));
      const problem = await this.loadFile(path, stored);
      if (problem) skipped.push({ file: this.display(path), problem });
      else loaded++;
    }
    // Files removed while no process watched: their articles go too.
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
        this.forget(path, 'article removed: its file is no longer readable');
        this.report(path, { reason: problem });
      } else if (isArticlePath(relative(root, path)))
        this.loadFile(path).catch((error: unknown) =>
          this.logger.error({ file: this.display(path), err: error }, 'reload failed'),
        );
    };
    watcher.on('add', reload);
    watcher.on('change', reload);
    watcher.on('addDir', (path) => {
      if (linkProblem(root, path) === SYMLINK_REASON) this.report(path, { reason: SYMLINK_REASON });
    });
    watcher.on('unlink', (path) => {
      this.reported.delete(path);
      this.forget(path, 'article removed');
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

  /**
   * Reads one file into the store; returns the problem when it cannot be loaded. `stored` (content
   * hashes by key) spares the write of an article stored already as it is.
   */
  private async loadFile(
    path: string,
    stored?: ReadonlyMap<string, string>,
  ): Promise<ParseProblem | undefined> {
    const file = this.display(path);
    const key = this.keyOf(path);
    const link = this.root === undefined ? undefined : linkProblem(this.root, path);
    const result = link ? { ok: false as const, problem: { reason: link } } : read(path, file);
    if (!result.ok) {
      if (await this.store.remove(key))
        this.logger.info({ file }, 'article removed: its file is no longer readable');
      this.report(path, result.problem);
      return result.problem;
    }
    this.reported.delete(path);
    for (const warning of result.warnings)
      this.logger.warn({ file, ...warning }, `${file}: ${warning.reason}`);
    if (stored?.get(key) === contentHashOf(result.draft)) return undefined;
    const { id } = await this.store.put(key, result.draft);
    this.logger.debug({ file, id }, 'article loaded');
    return undefined;
  }

  /** Removes the article of a file (watcher events: errors are logged, never thrown). */
  private forget(path: string, message: string): void {
    const file = this.display(path);
    this.store.remove(this.keyOf(path)).then(
      (removed) => {
        if (removed) this.logger.info({ file }, message);
      },
      (error: unknown) => this.logger.error({ file, err: error }, 'removal failed'),
    );
  }

  /** The store key of a file: its path relative to CONTENT_DIR, the same in every process. */
  private keyOf(path: string): string {
    return (this.root === undefined ? '' : relative(this.root, path)) || path;
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
