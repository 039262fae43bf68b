import { createHash } from 'node:crypto';
import { canonicalUrl } from '../core/articles/canonical-url.js';
import type { ItemIdentity } from '../core/ports/feed-store.js';
import type { FeedEntry } from './parse-feed.js';

/**
 * How an item is recognised: its guid (Atom id), else its link, else a hash of title and date;
 * its canonical article URL (tracking parameters dropped); and a hash of its title and content.
 */
export function identityOf(entry: FeedEntry): ItemIdentity {
  const articleUrl = entry.link ? canonicalUrl(entry.link) : undefined;
  const itemKey =
    entry.guid ?? articleUrl ?? `hash:${hash(`${entry.title ?? ''}\n${entry.rawDate ?? ''}`)}`;
  return { itemKey, articleUrl, contentHash: contentHashOf(entry) };
}

export function contentHashOf(entry: FeedEntry): string {
  return hash(`${entry.title ?? ''}\n${entry.contentHtml ?? entry.summaryHtml ?? ''}`);
}

/**
 * The ArticleIndex key of an item's article: its canonical URL when it links one, so that two
 * feeds (or two polls) carrying one story make one article; else the feed and item key.
 */
export function articleKeyOf(feedUrl: string, identity: ItemIdentity): string {
  return identity.articleUrl
    ? `feed:${identity.articleUrl}`
    : `feed:${feedUrl}#${identity.itemKey}`;
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 22);
}
