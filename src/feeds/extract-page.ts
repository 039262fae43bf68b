import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { safeImageUrl } from '../core/articles/image-url.js';
import { nodeParagraphs, type MiniNode } from './html-paragraphs.js';

/** Less main text than this is not an article (a paywall stub, an error page). */
const MIN_TEXT_LENGTH = 200;

export interface ExtractedPage {
  readonly title?: string | undefined;
  readonly paragraphs: readonly string[];
}

/** What a fetched page offers an article: its main text (when it has one) and its picture. */
export interface PageContent {
  readonly paragraphs?: readonly string[] | undefined;
  readonly image?: string | undefined;
}

/** The page's own picture, as it announces it to link previews (Open Graph, then Twitter cards). */
const IMAGE_META = [
  'meta[property="og:image:secure_url"]',
  'meta[property="og:image"]',
  'meta[property="og:image:url"]',
  'meta[name="twitter:image"]',
  'meta[name="twitter:image:src"]',
];

/**
 * A fetched page's main text and its og:image (checked like every image: http(s), public host),
 * read from one parse: the meta tags first, since Readability rewrites the document.
 */
export function readPage(html: string, pageUrl: string): PageContent {
  const { document } = parseHTML(html) as unknown as { document: MetaDocument };
  let image: string | undefined;
  for (const selector of IMAGE_META) {
    image = safeImageUrl(
      document.querySelector(selector)?.getAttribute('content') ?? undefined,
      pageUrl,
    );
    if (image) break;
  }
  return { paragraphs: mainTextOf(document)?.paragraphs, image };
}

interface MetaDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null } | null;
}

/**
 * The main text of an article page, by Mozilla's Readability (Firefox Reader View) over a linkedom
 * document: navigation, ads, comments and the like left out. Undefined when no article is found.
 */
export function extractMainText(html: string): ExtractedPage | undefined {
  const { document } = parseHTML(html) as unknown as { document: object };
  return mainTextOf(document);
}

function mainTextOf(document: object): ExtractedPage | undefined {
  const reader = new Readability<MiniNode>(document, {
    maxElemsToParse: 50_000,
    charThreshold: MIN_TEXT_LENGTH,
    serializer: (node: MiniNode) => node,
  });
  let article: ReturnType<typeof reader.parse>;
  try {
    article = reader.parse();
  } catch {
    return undefined;
  }
  if (!article?.content) return undefined;
  const paragraphs = nodeParagraphs(article.content);
  if (paragraphs.join(' ').length < MIN_TEXT_LENGTH) return undefined;
  return { title: article.title ?? undefined, paragraphs };
}
