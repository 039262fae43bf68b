import { lstatSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** CONTENT_DIR is missing or not a folder: the start stops with this one line (exit code 2). */
export class ContentDirectoryError extends Error {
  override readonly name = 'ContentDirectoryError';
}

/** An entry of CONTENT_DIR that is not read: a symbolic link, a folder that cannot be listed. */
export interface SkippedEntry {
  readonly path: string;
  readonly reason: string;
}

export const SYMLINK_REASON =
  'a symbolic link: links are never followed (put the file itself in CONTENT_DIR)';

/**
 * The real path of CONTENT_DIR (itself a link is fine: the operator chose it), or a
 * ContentDirectoryError that says what is wrong in one line.
 */
export function contentRoot(directory: string): string {
  let kind: string;
  try {
    if (statSync(directory).isDirectory()) return realpathSync.native(directory);
    kind = 'is a file, not a folder';
  } catch (error) {
    const code = errorCode(error);
    kind =
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'ENOTDIR'
          ? 'is under a file, not a folder'
          : `cannot be read (${code})`;
  }
  return fail(`CONTENT_DIR: ${directory} ${kind}; create the folder or set CONTENT_DIR to one.`);
}

function fail(message: string): never {
  throw new ContentDirectoryError(message);
}

/**
 * Every regular file under `root`, sorted, without following symbolic links (the same rule as the
 * watcher): links and folders that cannot be listed are returned as skipped, each once.
 */
export function listContent(root: string): { files: string[]; skipped: SkippedEntry[] } {
  const files: string[] = [];
  const skipped: SkippedEntry[] = [];
  const folders = [root];
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      skipped.push({ path: folder, reason: `the folder cannot be read (${errorCode(error)})` });
      continue;
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.name.startsWith('.')) continue;
      if (entry.isSymbolicLink()) skipped.push({ path, reason: SYMLINK_REASON });
      else if (entry.isDirectory()) folders.push(path);
      else if (entry.isFile()) files.push(path);
    }
  }
  return { files: files.sort(), skipped };
}

/**
 * Why `path` may not be read, or undefined when it is inside `root` with no symbolic link on the way
 * (its real path is the path itself). Checked right before every read, so a file or folder swapped
 * for a link after the listing, or behind the watcher's back, is never followed out of CONTENT_DIR.
 */
export function linkProblem(root: string, path: string): string | undefined {
  const rel = relative(root, path);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`)) return 'outside CONTENT_DIR';
  try {
    if (lstatSync(path).isSymbolicLink()) return SYMLINK_REASON;
    if (realpathSync.native(path) !== join(root, rel))
      return 'inside a folder that is a symbolic link: links are never followed';
  } catch {
    // Gone or unreadable: the read itself reports that.
  }
  return undefined;
}

export function errorCode(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) return String(error.code);
  return error instanceof Error ? error.message : String(error);
}
