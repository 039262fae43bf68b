import type { ArticleStore } from '../core/ports/article-store.js';
import type { ArticleDraft, ArticleOrigin } from '../core/articles/article.js';
import type { Clock } from '../core/ports/clock.js';
import type { FeedItemRecord, FeedStore } from '../core/ports/feed-store.js';
import type { Logger } from '../core/ports/logger.js';
import { articleKeyOf, identityOf } from './feed-item.js';
import { displayUrl } from './feed-url.js';
import { htmlToParagraphs } from './html-paragraphs.js';
import type { PageContent } from './extract-page.js';
import type { FeedEntry, ParsedFeed } from './parse-feed.js';

const HOUR = 3_600_000;
/** On a feed's first read, only items this recent, and at most this many, are news. */
export const FIRST_READ_WINDOW_MS = 24 * HOUR;
export const FIRST_READ_LIMIT = 10;
/** Item text shorter than this, with a link, is a teaser: the page is fetched for the full text. */
export const TEASER_MAX_LENGTH = 500;
/** Pages are fetched only for items this recent (or undated), at most this many per read. */
const FULL_TEXT_MAX_AGE_MS = 7 * 24 * HOUR;
const FULL_TEXT_PER_READ = 20;

/** Fetches an article page: its main text and picture (og:image), or undefined when it cannot. */
export type FullTextFetcher = (url: string) => Promise<PageContent | undefined>;

export interface IngestDeps {
  readonly store: FeedStore;
  readonly index: ArticleStore;
  readonly clock: Clock;
  readonly fullText: FullTextFetcher;
  readonly logger: Logger;
  /** Feeds of the operator's list (none when not given). */
  readonly isOperatorFeed?: ((url: string) => boolean) | undefined;
  /** Items published longer ago than this are neither recorded nor loaded (FEED_RETENTION_DAYS). */
  readonly retentionMs?: number | undefined;
}

export interface IngestedFeed {
  readonly url: string;
  /** Publisher and paragraph source of the feed's articles. */
  readonly siteName: string;
}

export interface IngestResult {
  readonly items: number;
  /** Items never seen before that digests may count as news. */
  readonly fresh: number;
}

/**
 * Records the identity of every item (so none is new twice) and puts its article in the index:
 * paragraphs from the item's content, or from its page when the item is only a teaser.
 */
export async function ingestFeed(
  deps: IngestDeps,
  feed: IngestedFeed,
  parsed: ParsedFeed,
): Promise<IngestResult> {
  const now = deps.clock.now();
  const entries = parsed.items.filter((e) => e.title ?? e.link ?? e.contentHtml ?? e.summaryHtml);
  const firstRead = !(await deps.store.hasItems(feed.url));
  const recent = firstRead ? recentEntries(entries, now) : new Set<FeedEntry>();
  let fresh = 0;
  let pageFetches = 0;
  for (const entry of entries) {
    const identity = identityOf(entry);
    const known = await deps.store.findItem(feed.url, identity);
    const record: FeedItemRecord = known
      ? { ...known, itemKey: identity.itemKey, contentHash: identity.contentHash }
      : {
          feedUrl: feed.url,
          itemKey: identity.itemKey,
          articleKey: articleKeyOf(feed.url, identity),
          articleUrl: identity.articleUrl,
          contentHash: identity.contentHash,
          firstSeenAt: now,
          publishedAt: clampToNow(entry.publishedAt ?? now, now),
          fresh: !firstRead || recent.has(entry),
        };
    // Past retention: its record was (or will be) forgotten, so it must not come back as news.
    if (deps.retentionMs !== undefined && isExpired(record, now, deps.retentionMs)) continue;
    if (!known) fresh += record.fresh ? 1 : 0;
    const unchanged =
      known?.itemKey === identity.itemKey && known.contentHash === identity.contentHash;
    if (!unchanged) await deps.store.saveItem(record);

    const existing = await deps.index.getByKey(record.articleKey);
    const ours = existing?.origin.kind === 'feed' && existing.origin.feedUrl === feed.url;
    const changed = known !== undefined && known.contentHash !== identity.contentHash;
    // Another feed already carries this story: one article, made by whichever read it first, except
    // that the operator's feed replaces a channel's version (a channel's feed must not write what
    // every channel reads).
    if (existing && !ours && !outranks(deps, feed.url, existing.origin)) continue;
    if (ours && !changed) continue;
    let paragraphs = htmlToParagraphs(entry.contentHtml ?? entry.summaryHtml ?? '');
    let image = entry.image;
    const wantsPage =
      entry.link !== undefined &&
      paragraphs.join(' ').length < TEASER_MAX_LENGTH &&
      now.getTime() - record.publishedAt.getTime() <= FULL_TEXT_MAX_AGE_MS &&
      pageFetches < FULL_TEXT_PER_READ;
    if (wantsPage && entry.link) {
      pageFetches++;
      const page = await deps.fullText(entry.link);
      // The page is fetched for its text anyway; its og:image serves when the item has none.
      image ??= page?.image;
      if (page?.paragraphs && page.paragraphs.length > 0) paragraphs = [...page.paragraphs];
      else
        deps.logger.info(
          { feed: displayUrl(feed.url), link: displayUrl(entry.link) },
          'no full text; kept the teaser',
        );
    }
    await deps.index.put(record.articleKey, {
      ...draftOf(entry, record, feed, parsed, paragraphs),
      image,
    });
  }
  return { items: entries.length, fresh };
}

function isExpired(record: FeedItemRecord, now: Date, retentionMs: number): boolean {
  return now.getTime() - record.publishedAt.getTime() > retentionMs;
}

function draftOf(
  entry: FeedEntry,
  record: FeedItemRecord,
  feed: IngestedFeed,
  parsed: ParsedFeed,
  paragraphs: readonly string[],
): ArticleDraft {
  return {
    title: entry.title ?? titleFrom(paragraphs) ?? record.articleUrl ?? 'Untitled item',
    url: record.articleUrl,
    publisher: feed.siteName,
    tags: entry.categories,
    language: parsed.language,
    publishedAt: record.publishedAt,
    origin: { kind: 'feed', feedUrl: feed.url, itemId: record.itemKey },
    paragraphs: paragraphs.map((text) => ({ text, source: feed.siteName })),
    related: [],
  };
}

/** Whether `feedUrl` is an operator feed and the article's origin is not. */
function outranks(deps: IngestDeps, feedUrl: string, origin: ArticleOrigin): boolean {
  const operator = deps.isOperatorFeed ?? (() => false);
  return operator(feedUrl) && !(origin.kind === 'feed' && operator(origin.feedUrl));
}

/** The newest entries (by date, undated ones in document order) within the first-read window. */
function recentEntries(entries: readonly FeedEntry[], now: Date): Set<FeedEntry> {
  const time = (e: FeedEntry) => e.publishedAt?.getTime() ?? now.getTime();
  const recent = entries
    .filter((e) => now.getTime() - time(e) <= FIRST_READ_WINDOW_MS)
    .sort((a, b) => time(b) - time(a))
    .slice(0, FIRST_READ_LIMIT);
  return new Set(recent);
}

function titleFrom(paragraphs: readonly string[]): string | undefined {
  const first = paragraphs[0];
  if (!first) return undefined;
  return first.length <= 80 ? first : `${first.slice(0, 79).replace(/\s+\S*$/, '')}…`;
}

/** A date in the future (a wrong clock or zone at the publisher) counts as now. */
function clampToNow(date: Date, now: Date): Date {
  return date.getTime() > now.getTime() ? now : date;
}
