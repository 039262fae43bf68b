import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { normaliseFeedUrl } from './feed-url.js';

export const FEED_LIST_FILE = 'feeds.txt';

export interface FeedList {
  readonly urls: readonly string[];
  readonly problems: readonly { readonly line: number; readonly reason: string }[];
}

/**
 * The operator's feeds: `feeds.txt` in CONTENT_DIR, one URL a line; blank lines and `#` comments
 * (whole-line or after the URL) are ignored. No file: no feeds.
 */
export async function readFeedList(contentDir: string): Promise<FeedList> {
  let text: string;
  try {
    text = await readFile(join(contentDir, FEED_LIST_FILE), 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') return { urls: [], problems: [] };
    // Unreadable (a folder, no permission, CONTENT_DIR not a folder): reported, and no operator feeds.
    return {
      urls: [],
      problems: [{ line: 0, reason: `the file cannot be read (${code ?? String(error)})` }],
    };
  }
  const urls = new Set<string>();
  const problems: { line: number; reason: string }[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line === '') return;
    const result = normaliseFeedUrl(line);
    if (result.ok) urls.add(result.url);
    else problems.push({ line: index + 1, reason: result.reason });
  });
  return { urls: [...urls], problems };
}
