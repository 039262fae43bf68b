import { ArticleIndex } from '../../core/articles/article-index.js';
import type { Article, ArticleDraft } from '../../core/articles/article.js';
import {
  inScope,
  type ArticleQuery,
  type ArticleScope,
  type ArticleStore,
  type PublishedQuery,
  type PutOutcome,
  type SearchHit,
} from '../../core/ports/article-store.js';
import { contentHashOf } from '../../core/articles/content-hash.js';
import { boundedDraft } from '../../core/articles/bounds.js';
import { wordIndexOf } from '../../core/filters/article-text.js';

/**
 * The article store in one process's memory, over the BM25 ArticleIndex: for tests, benchmarks and
 * the single-process bot that wants no database for its articles. `index` is the index itself, for
 * callers that fill it synchronously (test set-ups).
 */
export class MemoryArticleStore implements ArticleStore {
  private readonly hashes = new Map<string, string>();

  constructor(readonly index: ArticleIndex = new ArticleIndex()) {}

  /** Synchronous put, for test set-ups. */
  putNow(key: string, draft: ArticleDraft): PutOutcome {
    const hash = contentHashOf(draft);
    const existing = this.index.getByKey(key);
    if (existing && this.hashes.get(key) === hash) return { id: existing.id, changed: false };
    this.hashes.set(key, hash);
    // The word index is built from the text the index keeps (bounded), as a SQL store writes it.
    const bounded = boundedDraft(draft);
    const stored = { ...bounded, filterWords: wordIndexOf(bounded) };
    return { id: this.index.upsert(key, stored).id, changed: true };
  }

  put(key: string, draft: ArticleDraft): Promise<PutOutcome> {
    return Promise.resolve(this.putNow(key, draft));
  }

  remove(key: string): Promise<boolean> {
    this.hashes.delete(key);
    return Promise.resolve(this.index.remove(key));
  }

  contentHashes(origin: 'file' | 'feed'): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    for (const key of this.index.keys()) {
      if (this.index.getByKey(key)?.origin.kind === origin)
        found.set(key, this.hashes.get(key) ?? '');
    }
    return Promise.resolve(found);
  }

  keysOfFeed(feedUrl: string): Promise<string[]> {
    return Promise.resolve(
      this.index.keys().filter((key) => {
        const origin = this.index.getByKey(key)?.origin;
        return origin?.kind === 'feed' && origin.feedUrl === feedUrl;
      }),
    );
  }

  get(id: string): Promise<Article | undefined> {
    return Promise.resolve(this.index.get(id));
  }

  getByKey(key: string): Promise<Article | undefined> {
    return Promise.resolve(this.index.getByKey(key));
  }

  getManyByKey(keys: readonly string[]): Promise<Map<string, Article>> {
    const found = new Map<string, Article>();
    for (const key of keys) {
      const article = this.index.getByKey(key);
      if (article) found.set(key, article);
    }
    return Promise.resolve(found);
  }

  findByUrl(url: string): Promise<Article | undefined> {
    return Promise.resolve(this.index.findByUrl(url));
  }

  latest(query: ArticleQuery & { readonly topic?: string | undefined }): Promise<Article[]> {
    const topic = query.topic?.toLowerCase();
    const found: Article[] = [];
    for (const article of this.index.all()) {
      if (found.length >= query.limit) break;
      if (!inScope(article, query.scope)) continue;
      if (topic !== undefined && !article.tags.includes(topic)) continue;
      found.push(article);
    }
    return Promise.resolve(found);
  }

  count(scope: ArticleScope, topic?: string): Promise<number> {
    if (scope.feeds === 'all' && topic === undefined) return Promise.resolve(this.index.size);
    const tag = topic?.toLowerCase();
    return Promise.resolve(
      this.index
        .all()
        .filter((a) => inScope(a, scope) && (tag === undefined || a.tags.includes(tag))).length,
    );
  }

  topics(scope: ArticleScope, limit: number): Promise<string[]> {
    const tags = new Set<string>();
    for (const article of this.index.all())
      if (inScope(article, scope)) for (const tag of article.tags) tags.add(tag);
    return Promise.resolve([...tags].sort().slice(0, limit));
  }

  search(text: string, query: ArticleQuery): Promise<SearchHit[]> {
    return Promise.resolve(this.index.search(text, query.limit, (a) => inScope(a, query.scope)));
  }

  searchTitles(text: string, query: ArticleQuery): Promise<SearchHit[]> {
    return Promise.resolve(
      this.index.searchTitles(text, query.limit, (a) => inScope(a, query.scope)),
    );
  }

  publishedBetween(query: PublishedQuery): Promise<Article[]> {
    const found: Article[] = [];
    for (const article of this.index.all()) {
      const at = article.publishedAt.getTime();
      if (at <= query.since.getTime() || found.length >= query.limit) break;
      if (at <= query.until.getTime() && article.origin.kind === query.origin) found.push(article);
    }
    return Promise.resolve(found);
  }
}
