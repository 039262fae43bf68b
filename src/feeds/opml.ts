import { generateOpml, MalformedError, parseOpml, type Opml } from 'feedsmith';
import type { Localized } from '../core/i18n/translator.js';
import type { OpmlEntry, OpmlReading } from '../core/ports/feed-service.js';

/** Caps on an OPML file a moderator sends: size, nesting, outlines, and feeds in one import. */
export const OPML_LIMITS = {
  bytes: 1024 * 1024,
  depth: 32,
  outlines: 20_000,
  feeds: 500,
} as const;

/**
 * Reads the feeds of an OPML file (subscription lists of feed readers and other bots) with
 * feedsmith's OPML parser. Refused before parsing: more than 1 MiB, not XML with an <opml> root,
 * outlines nested more than 32 deep or more than 20,000 of them (the parser recurses into every
 * level), and more than 500 feeds: nothing of such a file is added.
 */
export function readOpml(text: string): OpmlReading {
  const bytes = Buffer.byteLength(text);
  if (bytes > OPML_LIMITS.bytes)
    return refuse((t) => t.t('opml.tooLarge', { megabytes: megabytes(bytes) }));
  if (!/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<opml[\s>]/i.test(text.replace(/^\uFEFF/, '')))
    return refuse((t) => t.t('opml.notOpml'));
  const nesting = outlineNesting(text);
  if (nesting.depth > OPML_LIMITS.depth)
    return refuse((t) =>
      t.t('opml.tooDeep', { depth: nesting.depth, limit: OPML_LIMITS.depth }),
    );
  if (nesting.count > OPML_LIMITS.outlines)
    return refuse((t) =>
      t.t('opml.tooManyOutlines', { count: nesting.count, limit: OPML_LIMITS.outlines }),
    );
  let document: Opml.Document<string>;
  try {
    document = parseOpml(text);
  } catch (error) {
    // The parser's own words are a technical detail, kept as it writes them (like a log line).
    const cause =
      error instanceof MalformedError && error.cause instanceof Error
        ? error.cause.message.replace(/\.$/, '').slice(0, 120)
        : undefined;
    return refuse((t) =>
      cause === undefined ? t.t('opml.malformed') : t.t('opml.malformedCause', { cause }),
    );
  }
  const entries: OpmlEntry[] = [];
  const seen = new Set<string>();
  const visit = (outlines: readonly Opml.Outline<string>[] | undefined) => {
    for (const outline of outlines ?? []) {
      const url = outline.xmlUrl?.trim();
      if (url && !seen.has(url)) {
        seen.add(url);
        const title = (outline.title ?? outline.text)?.trim();
        entries.push({ url, title: title === '' ? undefined : title });
      }
      visit(outline.outlines);
    }
  };
  visit(document.body?.outlines);
  if (entries.length > OPML_LIMITS.feeds)
    return refuse((t) =>
      t.t('opml.tooManyFeeds', { count: entries.length, limit: OPML_LIMITS.feeds }),
    );
  return { ok: true, feeds: entries };
}

/** An OPML 2.0 document of feeds (URLs as `/feeds` shows them: never with credentials). */
export function writeOpml(title: string, feeds: readonly OpmlEntry[], now: Date): string {
  return generateOpml({
    head: { title, dateCreated: now.toUTCString() },
    body: {
      outlines: feeds.map((feed) => ({
        text: feed.title ?? feed.url,
        title: feed.title ?? feed.url,
        type: 'rss',
        xmlUrl: feed.url,
      })),
    },
  });
}

/** How deep <outline> elements nest and how many there are, by scanning tags (no parsing). */
function outlineNesting(text: string): { depth: number; count: number } {
  let depth = 0;
  let deepest = 0;
  let count = 0;
  for (const match of text.matchAll(/<(\/?)outline\b[^>]*?(\/?)>/gi)) {
    if (match[1] === '/') depth = Math.max(0, depth - 1);
    else {
      count++;
      if (match[2] !== '/') deepest = Math.max(deepest, ++depth);
      else deepest = Math.max(deepest, depth + 1);
    }
  }
  return { depth: deepest, count };
}

const refuse = (reason: Localized): OpmlReading => ({ ok: false, reason });
/** Megabytes with one decimal (formatted as a number in the reader's language). */
const megabytes = (bytes: number) => Math.round(bytes / 104_857.6) / 10;
