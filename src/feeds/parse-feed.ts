import { DetectError, MalformedError, parseFeed, type AtomFeed } from 'feedsmith';
import { safeImageUrl } from '../core/articles/image-url.js';
import { htmlToText } from './html-paragraphs.js';
import { parseFeedDate } from './parse-date.js';

/** Most items read from one document; a feed with more is cut (newest usually come first). */
const MAX_ITEMS = 500;

/** One item of a feed, in the same shape whatever the format. Links are absolute. */
export interface FeedEntry {
  readonly guid?: string | undefined;
  readonly link?: string | undefined;
  /** Plain text. */
  readonly title?: string | undefined;
  readonly publishedAt?: Date | undefined;
  /** The date as written, for an identity hash when there is neither guid nor link. */
  readonly rawDate?: string | undefined;
  readonly categories: readonly string[];
  /** Full content (content:encoded, Atom content), HTML. */
  readonly contentHtml?: string | undefined;
  /** Description or summary, HTML: often only a teaser. */
  readonly summaryHtml?: string | undefined;
  /** The item's picture (media:thumbnail, media:content, an image enclosure), checked. */
  readonly image?: string | undefined;
}

export interface ParsedFeed {
  readonly format: 'rss' | 'rdf' | 'atom';
  readonly title?: string | undefined;
  /** The site the feed belongs to. */
  readonly siteUrl?: string | undefined;
  readonly language?: string | undefined;
  /** RSS <ttl>: how long the feed may be cached, in minutes. */
  readonly ttlMinutes?: number | undefined;
  readonly items: readonly FeedEntry[];
}

export type ParseFeedResult =
  | { readonly ok: true; readonly feed: ParsedFeed }
  | { readonly ok: false; readonly reason: string };

/**
 * Reads an RSS 2.0, RSS 1.0 (RDF) or Atom 1.0 document with feedsmith (fast-xml-parser underneath,
 * with DTD entity processing off: declared entities are never expanded, external ones are refused).
 */
export function parseFeedDocument(text: string, feedUrl: string): ParseFeedResult {
  let parsed: ReturnType<typeof parseFeed<string>>;
  try {
    parsed = parseFeed(text, { maxItems: MAX_ITEMS });
  } catch (error) {
    return { ok: false, reason: whyNotAFeed(text, error) };
  }
  switch (parsed.format) {
    case 'rss':
    case 'rdf': {
      const feed = parsed.feed;
      const base = absolute(feed.link, feedUrl) ?? feedUrl;
      return {
        ok: true,
        feed: {
          format: parsed.format,
          title: optionalText(feed.title),
          siteUrl: absolute(feed.link, feedUrl),
          language: 'language' in feed ? feed.language : feed.dc?.languages?.[0],
          ttlMinutes: 'ttl' in feed ? positive(feed.ttl) : undefined,
          items: (feed.items ?? []).map((item) => {
            const guid =
              'guid' in item
                ? item.guid.value?.trim()
                : (item as { rdf?: { about?: string } }).rdf?.about?.trim();
            const permalink = 'guid' in item && item.guid.isPermaLink !== false ? guid : undefined;
            const rawDate = ('pubDate' in item ? item.pubDate : undefined) ?? item.dc?.dates?.[0];
            const categories =
              'categories' in item ? (item.categories ?? []).map((c) => c.name) : [];
            return {
              guid: guid === '' ? undefined : guid,
              link: absolute(item.link, base) ?? absolute(permalink, base),
              title: optionalText(item.title),
              publishedAt: parseFeedDate(rawDate),
              rawDate,
              categories: cleanCategories([
                ...categories.filter((c) => c !== undefined),
                ...(item.dc?.subjects ?? []),
              ]),
              contentHtml: item.content?.encoded,
              summaryHtml: item.description,
              image: imageOf(item, base),
            };
          }),
        },
      };
    }
    case 'atom': {
      const feed = parsed.feed;
      const site = alternateLink(feed.links, feedUrl);
      const base = site ?? feedUrl;
      return {
        ok: true,
        feed: {
          format: 'atom',
          title: atomText(feed.title),
          siteUrl: site,
          language: feed.dc?.languages?.[0],
          items: (feed.entries ?? []).map((entry) => {
            const rawDate = entry.published ?? entry.updated ?? entry.dc?.dates?.[0];
            const content = entry.content?.src ? undefined : entry.content;
            return {
              guid: entry.id?.trim() === '' ? undefined : entry.id?.trim(),
              link: alternateLink(entry.links, base),
              title: atomText(entry.title),
              publishedAt: parseFeedDate(rawDate),
              rawDate,
              categories: cleanCategories(
                (entry.categories ?? []).map((c) => c.label ?? c.term ?? ''),
              ),
              contentHtml: content ? atomHtml(content) : undefined,
              summaryHtml: entry.summary ? atomHtml(entry.summary) : undefined,
              image: imageOf(entry, base),
            };
          }),
        },
      };
    }
    case 'json':
      return { ok: false, reason: 'it is a JSON Feed; add the site’s RSS or Atom feed instead' };
  }
}

/** What feedsmith reads of Media RSS, enclosures and Atom links: only the fields images need. */
interface MediaItem {
  readonly url?: string | undefined;
  readonly medium?: string | undefined;
  readonly type?: string | undefined;
}
interface MediaHolder {
  readonly thumbnails?: readonly MediaItem[] | undefined;
  readonly contents?: readonly MediaItem[] | undefined;
  readonly groups?: readonly MediaHolder[] | undefined;
}
interface ItemWithImages {
  readonly media?: MediaHolder | undefined;
  readonly enclosures?: readonly MediaItem[] | undefined;
  readonly links?: readonly { href?: string; rel?: string; type?: string }[] | undefined;
}

/**
 * An item's picture, in order of intent: a media:thumbnail, a media:content that is an image, an
 * image enclosure (RSS, or an Atom link rel="enclosure"). The first that passes checkImageUrl.
 */
function imageOf(item: ItemWithImages, base: string): string | undefined {
  const isImage = (m: MediaItem) =>
    m.medium === 'image' || /^image\//i.test(m.type ?? '') || (!m.medium && !m.type);
  const holders = [item.media, ...(item.media?.groups ?? [])].filter((h) => h !== undefined);
  const candidates = [
    ...holders.flatMap((h) => h.thumbnails ?? []).map((t) => t.url),
    ...holders.flatMap((h) => (h.contents ?? []).filter(isImage)).map((c) => c.url),
    ...(item.enclosures ?? []).filter((e) => /^image\//i.test(e.type ?? '')).map((e) => e.url),
    ...(item.links ?? [])
      .filter((l) => l.rel === 'enclosure' && /^image\//i.test(l.type ?? ''))
      .map((l) => l.href),
  ];
  for (const candidate of candidates) {
    const url = safeImageUrl(candidate, base);
    if (url) return url;
  }
  return undefined;
}

function whyNotAFeed(text: string, error: unknown): string {
  if (error instanceof MalformedError) {
    const cause = error.cause instanceof Error ? error.cause.message : '';
    if (/entit/i.test(cause)) return 'the feed declares XML entities, which are refused';
    return `it is not well-formed XML${cause ? ` (${cause.replace(/\.$/, '')})` : ''}`;
  }
  if (error instanceof DetectError) {
    if (/^\s*(<!doctype html|<html)/i.test(text))
      return 'it is a web page, not an RSS or Atom feed';
    if (text.trim() === '') return 'the answer is empty';
    return 'it is not an RSS or Atom feed';
  }
  return 'it has neither a channel nor entries';
}

function alternateLink(
  links: readonly AtomFeed.Link<string>[] | undefined,
  base: string,
): string | undefined {
  const candidates = (links ?? []).filter((l) => !l.rel || l.rel === 'alternate');
  const best = candidates.find((l) => !l.type || /html/i.test(l.type)) ?? candidates[0];
  return absolute(best?.href, base);
}

/** Atom text constructs: html and xhtml carry markup, text does not. */
function atomHtml(text: { value?: string | undefined; type?: string | undefined }): string {
  const value = text.value ?? '';
  return text.type === 'html' || text.type === 'xhtml' ? value : escapeHtml(value);
}

function atomText(text: AtomFeed.Text | undefined): string | undefined {
  if (!text) return undefined;
  return optionalText(
    text.type === 'html' || text.type === 'xhtml' ? text.value : escapeHtml(text.value),
  );
}

function optionalText(html: string | undefined): string | undefined {
  const text = html === undefined ? '' : htmlToText(html);
  return text === '' ? undefined : text;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

function absolute(link: string | undefined, base: string): string | undefined {
  const text = link?.trim();
  if (!text) return undefined;
  try {
    const url = new URL(text, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function cleanCategories(names: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const name of names) {
    const tag = htmlToText(name).replace(/^#/, '').trim();
    if (tag !== '' && tag.length <= 50) seen.add(tag);
  }
  return [...seen];
}

function positive(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : undefined;
}
