import type { Article, ArticleDraft, Paragraph } from '../../core/articles/article.js';
import { canonicalUrl } from '../../core/articles/canonical-url.js';
import { contentHashOf, normaliseDraft } from '../../core/articles/content-hash.js';
import { slugify } from '../../core/articles/slug.js';
import { wordIndexOf } from '../../core/filters/article-text.js';
import { contentTerms } from '../../core/text/terms.js';
import { languageOf, TEXT_LANGUAGES, toolkitFor } from '../../core/text/toolkit.js';

/** The most distinct words of a query that are searched for (a pasted paragraph stays fast). */
const MAX_QUERY_TERMS = 32;

/** An article as both SQL stores write it: the columns of `articles` and its child rows. */
export interface ArticleRecord {
  readonly key: string;
  readonly baseId: string;
  readonly title: string;
  readonly url: string | null;
  readonly urlKey: string | null;
  readonly publisher: string | null;
  readonly tags: readonly string[];
  readonly language: string | null;
  readonly publishedAt: number;
  readonly originKind: 'file' | 'feed';
  readonly originPath: string | null;
  readonly feedUrl: string | null;
  readonly itemId: string | null;
  readonly related: string;
  readonly image: string | null;
  readonly contentHash: string;
  readonly paragraphs: readonly Paragraph[];
  /** The word index of the article's filter text (see Article.filterWords), as bytes. */
  readonly filterWords: Uint8Array;
  /** Stemmed content words of the title and of the text, as the search index takes them. */
  readonly titleTerms: string;
  readonly bodyTerms: string;
}

export function recordOf(key: string, input: ArticleDraft): ArticleRecord {
  const draft = normaliseDraft(input);
  const origin = draft.origin;
  return {
    key,
    baseId: slugify(draft.id ?? draft.title),
    title: draft.title,
    url: draft.url ?? null,
    urlKey: draft.url ? canonicalUrl(draft.url) : null,
    publisher: draft.publisher ?? null,
    tags: draft.tags,
    language: draft.language ?? null,
    publishedAt: draft.publishedAt.getTime(),
    originKind: origin.kind,
    originPath: origin.kind === 'file' ? origin.path : null,
    feedUrl: origin.kind === 'feed' ? origin.feedUrl : null,
    itemId: origin.kind === 'feed' ? origin.itemId : null,
    related: JSON.stringify(draft.related),
    image: draft.image ?? null,
    contentHash: contentHashOf(draft),
    paragraphs: draft.paragraphs,
    filterWords: bytesOfIndex(wordIndexOf(draft)),
    ...searchTerms(draft),
  };
}

/** The columns of `articles` that readers select (named, so an added column breaks no reader). */
export const ARTICLE_COLUMNS =
  'seq, key, id, title, url, publisher, tags, language, published_at, origin_kind, origin_path, feed_url, item_id, related, image, content_hash, filter_words';

export interface ArticleRow {
  readonly seq: number;
  readonly key: string;
  readonly id: string;
  readonly title: string;
  readonly url: string | null;
  readonly publisher: string | null;
  readonly tags: string;
  readonly language: string | null;
  readonly published_at: number;
  readonly origin_kind: string;
  readonly origin_path: string | null;
  readonly feed_url: string | null;
  readonly item_id: string | null;
  readonly related: string;
  readonly image: string | null;
  readonly content_hash: string;
  /** NULL for an article written before the index was kept (built when first filtered). */
  readonly filter_words: Uint8Array | null;
}

export interface ParagraphRow {
  readonly article_seq: number;
  readonly n: number;
  readonly text: string;
  readonly source: string | null;
}

export function articleOf(row: ArticleRow, paragraphs: readonly Paragraph[]): Article {
  return {
    id: row.id,
    title: row.title,
    url: row.url ?? undefined,
    publisher: row.publisher ?? undefined,
    tags: JSON.parse(row.tags) as string[],
    language: row.language ?? undefined,
    publishedAt: new Date(row.published_at),
    origin:
      row.origin_kind === 'feed'
        ? { kind: 'feed', feedUrl: row.feed_url ?? '', itemId: row.item_id ?? '' }
        : { kind: 'file', path: row.origin_path ?? row.key },
    paragraphs,
    related: JSON.parse(row.related) as string[],
    ...(row.image === null ? {} : { image: row.image }),
    ...(row.filter_words === null ? {} : { filterWords: indexOfBytes(row.filter_words) }),
  };
}

/** An Int32 word index as the bytes a BLOB / bytea column holds (the machine's byte order). */
function bytesOfIndex(index: Int32Array): Uint8Array {
  return Buffer.from(index.buffer, index.byteOffset, index.byteLength);
}

/**
 * The word index of a column's bytes, copied: a driver's Buffer may start at any byte, and an
 * Int32Array only at a multiple of 4. A damaged or foreign value is checked by the filter, which
 * then ignores it (see WordTable.fromIndex).
 */
function indexOfBytes(bytes: Uint8Array): Int32Array {
  const index = new Int32Array(bytes.byteLength >> 2);
  new Uint8Array(index.buffer).set(bytes.subarray(0, index.byteLength));
  return index;
}

/**
 * An article's words as the search index takes them: stemmed, stop words dropped, by the toolkit
 * of its language (stated, or detected from its text), so "Streiks" and "Streik" are one term.
 */
function searchTerms(draft: ArticleDraft): { titleTerms: string; bodyTerms: string } {
  const toolkit = toolkitFor(languageOf(draft));
  return {
    titleTerms: contentTerms(draft.title, toolkit).join(' '),
    bodyTerms: draft.paragraphs.map((p) => contentTerms(p.text, toolkit).join(' ')).join(' '),
  };
}

/**
 * A user's query as distinct stemmed content words, safe to put in any full-text query syntax. The
 * query's language is unknown, so it is read by every language's toolkit and the terms are joined
 * (the stores match any of them): a German query finds German articles, an English one English.
 */
export function queryTermsOf(text: string): string[] {
  const terms = new Set<string>();
  for (const language of TEXT_LANGUAGES)
    for (const term of contentTerms(text, toolkitFor(language)))
      if (/^[\p{L}\p{N}]+$/u.test(term)) terms.add(term);
  return [...terms].slice(0, MAX_QUERY_TERMS);
}

/** The columns an article write sets, in both dialects (the id starts as the slug; see settle). */
export const WRITTEN_COLUMNS =
  'key, id, base_id, title, url, url_key, publisher, tags, language, published_at, origin_kind, origin_path, feed_url, item_id, related, image, content_hash, filter_words, stored_at';
export const WRITTEN_VALUES =
  '@key, @base_id, @base_id, @title, @url, @url_key, @publisher, @tags, @language, @published_at, @origin_kind, @origin_path, @feed_url, @item_id, @related, @image, @content_hash, @filter_words, @stored_at';
/** What an upsert of a changed article replaces (never `seq` or `id`). */
export const REWRITTEN_COLUMNS = `base_id = excluded.base_id, title = excluded.title, url = excluded.url, url_key = excluded.url_key,
  publisher = excluded.publisher, tags = excluded.tags, language = excluded.language, published_at = excluded.published_at,
  origin_kind = excluded.origin_kind, origin_path = excluded.origin_path, feed_url = excluded.feed_url, item_id = excluded.item_id,
  related = excluded.related, image = excluded.image, content_hash = excluded.content_hash, filter_words = excluded.filter_words,
  stored_at = excluded.stored_at`;

/** The named parameters of WRITTEN_VALUES. */
export function writtenParams(record: ArticleRecord, storedAt: number): Record<string, unknown> {
  return {
    key: record.key,
    base_id: record.baseId,
    title: record.title,
    url: record.url,
    url_key: record.urlKey,
    publisher: record.publisher,
    tags: JSON.stringify(record.tags),
    language: record.language,
    published_at: record.publishedAt,
    origin_kind: record.originKind,
    origin_path: record.originPath,
    feed_url: record.feedUrl,
    item_id: record.itemId,
    related: record.related,
    image: record.image,
    content_hash: record.contentHash,
    filter_words: record.filterWords,
    stored_at: storedAt,
  };
}
