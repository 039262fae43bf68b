import { generateOpml, MalformedError, parseOpml, type Opml } from 'feedsmith';
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
    return refuse(`the file is ${megabytes(bytes)}; an OPML file may be at most 1 MB`);
  if (!/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<opml[\s>]/i.test(text.replace(/^\uFEFF/, '')))
    return refuse('it is not an OPML file (XML whose root element is <opml>)');
  const nesting = outlineNesting(text);
  if (nesting.depth > OPML_LIMITS.depth)
    return refuse(
      `its outlines are nested ${nesting.depth} deep; at most ${OPML_LIMITS.depth} levels are read`,
    );
  if (nesting.count > OPML_LIMITS.outlines)
    return refuse(
      `it has ${nesting.count.toLocaleString('en')} outlines; at most ${OPML_LIMITS.outlines.toLocaleString('en')} are read`,
    );
  let document: Opml.Document<string>;
  try {
    document = parseOpml(text);
  } catch (error) {
    const cause =
      error instanceof MalformedError && error.cause instanceof Error
        ? ` (${error.cause.message.replace(/\.$/, '').slice(0, 120)})`
        : '';
    return refuse(`it is not a well-formed OPML file${cause}`);
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
    return refuse(
      `it lists ${entries.length.toLocaleString('en')} feeds; one import takes at most ${OPML_LIMITS.feeds} (and a channel at most its feed limit)`,
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

const refuse = (reason: string): OpmlReading => ({ ok: false, reason });
const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
