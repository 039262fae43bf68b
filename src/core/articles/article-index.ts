import { Bm25Index } from '../text/bm25.js';
import { createTermRegistry, TermDictionary } from '../text/term-dictionary.js';
import { languageOf, toolkitFor } from '../text/toolkit.js';
import type { Article, ArticleDraft } from './article.js';
import { boundedDraft } from './bounds.js';
import { slugify } from './slug.js';
import { canonicalUrl } from './canonical-url.js';
import { settledIds } from './article-ids.js';

/** Title words count this many times more than body words in full-text search. */
const TITLE_WEIGHT = 3;

/** Which articles a caller may see (e.g. FeedService.visibleTo). */
export type ArticleFilter = (article: Article) => boolean;

export interface SearchHit {
  readonly article: Article;
  readonly score: number;
}

interface Entry {
  readonly key: string;
  readonly draft: ArticleDraft;
  readonly baseId: string;
  article: Article;
  textDoc: number;
  titleDoc: number;
}

/**
 * All loaded articles, keyed by where they came from (a file path, a feed item), with stable ids,
 * newest-first listing and BM25 search over titles and text. Pure memory: loaders feed it.
 */
export class ArticleIndex {
  private readonly byKey = new Map<string, Entry>();
  private readonly byId = new Map<string, Entry>();
  private readonly byUrl = new Map<string, Entry>();
  private readonly byBaseId = new Map<string, Set<Entry>>();
  /** One dictionary per article language over one id space: a stem is one term in the index. */
  private terms = createTermRegistry();
  private dictionaries = new Map<string, TermDictionary>();
  private textIndex = new Bm25Index();
  private titleIndex = new Bm25Index();
  private textDocs: (Entry | undefined)[] = [];
  private titleDocs: (Entry | undefined)[] = [];
  private newestFirst: Article[] | undefined;
  private readonly listeners = new Set<() => void>();

  /** Adds or replaces the article that came from `key`. */
  upsert(key: string, draft: ArticleDraft): Article {
    this.remove(key);
    draft = boundedDraft(draft);
    const baseId = slugify(draft.id ?? draft.title);
    const entry: Entry = {
      key,
      draft,
      baseId,
      article: { ...draft, id: baseId },
      textDoc: -1,
      titleDoc: -1,
    };
    this.byKey.set(key, entry);
    this.group(baseId).add(entry);
    this.settleIds(baseId);
    this.indexText(entry);
    if (draft.url) this.byUrl.set(canonicalUrl(draft.url), entry);
    this.changed();
    return entry.article;
  }

  /** Forgets the article that came from `key`; returns whether there was one. */
  remove(key: string): boolean {
    const entry = this.byKey.get(key);
    if (!entry) return false;
    this.byKey.delete(key);
    if (this.byId.get(entry.article.id) === entry) this.byId.delete(entry.article.id);
    if (entry.draft.url) {
      const url = canonicalUrl(entry.draft.url);
      if (this.byUrl.get(url) === entry) this.byUrl.delete(url);
    }
    const group = this.group(entry.baseId);
    group.delete(entry);
    if (group.size === 0) this.byBaseId.delete(entry.baseId);
    else this.settleIds(entry.baseId);
    this.textIndex.remove(entry.textDoc);
    this.titleIndex.remove(entry.titleDoc);
    this.textDocs[entry.textDoc] = undefined;
    this.titleDocs[entry.titleDoc] = undefined;
    if (this.textIndex.wasteRatio > 0.3 && this.textDocs.length > 64) this.rebuildSearch();
    this.changed();
    return true;
  }

  /** Keys of every loaded article (file paths, feed item keys). */
  keys(): string[] {
    return [...this.byKey.keys()];
  }

  get size(): number {
    return this.byKey.size;
  }

  /** How many distinct search terms are known (the words of loaded articles, bounded by them). */
  get vocabularySize(): number {
    return this.terms.terms.length;
  }

  get(id: string): Article | undefined {
    return this.byId.get(id)?.article;
  }

  getByKey(key: string): Article | undefined {
    return this.byKey.get(key)?.article;
  }

  findByUrl(url: string): Article | undefined {
    return this.byUrl.get(canonicalUrl(url))?.article;
  }

  /** Every article, newest first (the same array until the next change: do not modify it). */
  all(): readonly Article[] {
    this.newestFirst ??= [...this.byKey.values()]
      .sort(
        (a, b) =>
          b.article.publishedAt.getTime() - a.article.publishedAt.getTime() ||
          a.article.id.localeCompare(b.article.id),
      )
      .map((entry) => entry.article);
    return this.newestFirst;
  }

  /** Full-text search over titles and text, best first; only articles `accept` lets through. */
  search(query: string, limit = 10, accept?: ArticleFilter): SearchHit[] {
    return this.hits(this.textIndex, this.textDocs, query, limit, accept);
  }

  /** Search over titles only, best first: how a reference by title words is resolved. */
  searchTitles(query: string, limit = 10, accept?: ArticleFilter): SearchHit[] {
    return this.hits(this.titleIndex, this.titleDocs, query, limit, accept);
  }

  /** Builds the search structures now (after a bulk load) rather than at the first search. */
  prepareSearch(): void {
    this.textIndex.prepare();
    this.titleIndex.prepare();
  }

  /** Calls `listener` after every change; returns a function that stops it. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private hits(
    index: Bm25Index,
    docs: (Entry | undefined)[],
    query: string,
    limit: number,
    accept: ArticleFilter = () => true,
  ) {
    const hits: SearchHit[] = [];
    for (const { index: doc, score } of index.search(this.queryTerms(query))) {
      const entry = docs[doc];
      if (entry && accept(entry.article)) hits.push({ article: entry.article, score });
      if (hits.length >= limit) break;
    }
    return hits;
  }

  private group(baseId: string): Set<Entry> {
    let group = this.byBaseId.get(baseId);
    if (!group) {
      group = new Set();
      this.byBaseId.set(baseId, group);
    }
    return group;
  }

  /**
   * Gives every article of a slug group its id: the oldest keeps the plain slug, the others get a
   * suffix derived from their origin, so an id never depends on the order files were read in.
   */
  private settleIds(baseId: string): void {
    const group = this.group(baseId);
    const ids = settledIds(
      baseId,
      [...group].map((entry) => ({ key: entry.key, publishedAt: entry.draft.publishedAt })),
    );
    for (const entry of group) {
      const id = ids.get(entry.key) ?? baseId;
      if (this.byId.get(entry.article.id) === entry) this.byId.delete(entry.article.id);
      if (entry.article.id !== id) entry.article = { ...entry.draft, id };
      this.byId.set(id, entry);
    }
  }

  /** The dictionary of a language, made on its first article. */
  private dictionaryFor(language: string): TermDictionary {
    let dictionary = this.dictionaries.get(language);
    if (!dictionary) {
      dictionary = new TermDictionary(1 << 16, toolkitFor(language), this.terms);
      this.dictionaries.set(language, dictionary);
    }
    return dictionary;
  }

  /**
   * A query read in every language the index holds (a query's language is unknown, and "Häuser"
   * must find the German "Haus" while "houses" finds "house"): the union of the known terms.
   */
  private queryTerms(query: string): Int32Array {
    if (this.dictionaries.size <= 1)
      return (this.dictionaries.values().next().value ?? this.dictionaryFor('en')).knownTermIds(
        query,
      );
    const ids = new Set<number>();
    for (const dictionary of this.dictionaries.values())
      for (const id of dictionary.knownTermIds(query)) ids.add(id);
    return Int32Array.from(ids);
  }

  private indexText(entry: Entry): void {
    const { title, paragraphs } = entry.draft;
    const dictionary = this.dictionaryFor(languageOf(entry.article));
    const texts = Array.from({ length: TITLE_WEIGHT }, () => title);
    for (const paragraph of paragraphs) texts.push(paragraph.text);
    entry.textDoc = this.textIndex.add(dictionary.termIdsView(texts));
    this.textDocs[entry.textDoc] = entry;
    entry.titleDoc = this.titleIndex.add(dictionary.termIds(title));
    this.titleDocs[entry.titleDoc] = entry;
  }

  private rebuildSearch(): void {
    // Fresh dictionaries too: the words of removed articles (expired feed items) leave with them,
    // so the vocabulary stays that of the loaded articles instead of growing for the process's life.
    this.terms = createTermRegistry();
    this.dictionaries = new Map();
    this.textIndex = new Bm25Index();
    this.titleIndex = new Bm25Index();
    this.textDocs = [];
    this.titleDocs = [];
    for (const entry of this.byKey.values()) this.indexText(entry);
  }

  private changed(): void {
    this.newestFirst = undefined;
    for (const listener of this.listeners) listener();
  }
}
