import type { Article, ArticleDraft } from '../articles/article.js';

/**
 * Which articles a chat may see: every file article, and the feed articles of the listed feeds
 * (`'all'`: of every feed). A value, not a function, so a database can apply it in its query.
 */
export interface ArticleScope {
  readonly feeds: 'all' | ReadonlySet<string>;
}

/** Every article (benchmarks, tests, the console without feeds). */
export const EVERY_ARTICLE: ArticleScope = { feeds: 'all' };

/** Whether an article is in a scope. */
export function inScope(article: Article, scope: ArticleScope): boolean {
  return (
    article.origin.kind !== 'feed' ||
    scope.feeds === 'all' ||
    scope.feeds.has(article.origin.feedUrl)
  );
}

export interface SearchHit {
  readonly article: Article;
  /** Higher is better; comparable only within one answer. */
  readonly score: number;
}

export interface ArticleQuery {
  readonly scope: ArticleScope;
  readonly limit: number;
}

/** Articles of one origin published in (since, until], newest first. */
export interface PublishedQuery {
  readonly origin: 'file' | 'feed';
  readonly since: Date;
  readonly until: Date;
  readonly limit: number;
}

export interface PutOutcome {
  /** The article's id after the write (ids of same-titled articles are settled by the store). */
  readonly id: string;
  /** False when the article was already stored with the same content (nothing was written). */
  readonly changed: boolean;
}

/**
 * Where articles live: files of CONTENT_DIR and feed items, each under the key of where it came from
 * (a file path, a feed item's article key), with stable ids, newest-first listing and full-text
 * search over titles and text. Every process of a fleet reads and writes the same store; a write
 * of unchanged content (same content hash) changes nothing, whichever process makes it.
 */
export interface ArticleStore {
  /** Adds or replaces the article that came from `key`. */
  put(key: string, draft: ArticleDraft): Promise<PutOutcome>;
  /** Forgets the article that came from `key`; returns whether there was one. */
  remove(key: string): Promise<boolean>;
  /** Keys and content hashes of the articles of one origin (what a loader compares its files with). */
  contentHashes(origin: 'file' | 'feed'): Promise<Map<string, string>>;
  /** Keys of the articles that came from one feed. */
  keysOfFeed(feedUrl: string): Promise<string[]>;
  get(id: string): Promise<Article | undefined>;
  getByKey(key: string): Promise<Article | undefined>;
  /** The articles of the keys that are stored, in no particular order. */
  getManyByKey(keys: readonly string[]): Promise<Map<string, Article>>;
  findByUrl(url: string): Promise<Article | undefined>;
  /** The newest articles in scope, newest first; with a topic, only those tagged with it. */
  latest(query: ArticleQuery & { readonly topic?: string | undefined }): Promise<Article[]>;
  /** How many articles are in scope (with a topic, tagged with it). */
  count(scope: ArticleScope, topic?: string): Promise<number>;
  /** Topic tags of the articles in scope, in alphabetical order. */
  topics(scope: ArticleScope, limit: number): Promise<string[]>;
  /** Full-text search over titles and text, best first. */
  search(text: string, query: ArticleQuery): Promise<SearchHit[]>;
  /** Search over titles only, best first: how a reference by title words is resolved. */
  searchTitles(text: string, query: ArticleQuery): Promise<SearchHit[]>;
  publishedBetween(query: PublishedQuery): Promise<Article[]>;
}
