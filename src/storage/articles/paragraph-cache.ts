import type { Paragraph } from '../../core/articles/article.js';
import { LruCache } from '../../core/lru-cache.js';
import type { ParagraphRow } from './article-record.js';

/** How many articles' paragraphs a process keeps: its memory stays bounded whatever the store holds. */
export const PARAGRAPH_CACHE_ARTICLES = 1_000;

/**
 * Paragraphs of recently read articles, keyed by row and content hash: a changed article has a new
 * hash, so a cached entry is never stale, and other processes' writes need no invalidation.
 */
export class ParagraphCache {
  private readonly cache = new LruCache<string, readonly Paragraph[]>(PARAGRAPH_CACHE_ARTICLES);

  /** Keeps paragraphs read with their article. */
  remember(seq: number, hash: string, paragraphs: readonly Paragraph[]): void {
    this.cache.set(`${seq}:${hash}`, paragraphs);
  }

  /** The paragraphs of each (seq, hash), reading the ones not cached with `load` in one query. */
  async resolve(
    wanted: readonly { readonly seq: number; readonly hash: string }[],
    load: (seqs: number[]) => Promise<ParagraphRow[]>,
  ): Promise<Map<number, readonly Paragraph[]>> {
    const found = new Map<number, readonly Paragraph[]>();
    const missing: number[] = [];
    for (const { seq, hash } of wanted) {
      const cached = this.cache.get(`${seq}:${hash}`);
      if (cached) found.set(seq, cached);
      else missing.push(seq);
    }
    if (missing.length === 0) return found;
    const grouped = new Map<number, Paragraph[]>(missing.map((seq) => [seq, []]));
    for (const row of await load(missing)) {
      const seq = row.article_seq;
      grouped
        .get(seq)
        ?.push(row.source === null ? { text: row.text } : { text: row.text, source: row.source });
    }
    for (const { seq, hash } of wanted) {
      const paragraphs = grouped.get(seq);
      if (!paragraphs) continue;
      this.cache.set(`${seq}:${hash}`, paragraphs);
      found.set(seq, paragraphs);
    }
    return found;
  }
}
