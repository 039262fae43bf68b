import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { nodeParagraphs, type MiniNode } from './html-paragraphs.js';

/** Less main text than this is not an article (a paywall stub, an error page). */
const MIN_TEXT_LENGTH = 200;

export interface ExtractedPage {
  readonly title?: string | undefined;
  readonly paragraphs: readonly string[];
}

/**
 * The main text of an article page, by Mozilla's Readability (Firefox Reader View) over a linkedom
 * document: navigation, ads, comments and the like left out. Undefined when no article is found.
 */
export function extractMainText(html: string): ExtractedPage | undefined {
  const { document } = parseHTML(html) as unknown as { document: object };
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
