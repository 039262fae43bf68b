import type { Article } from '../articles/article.js';
import { clipText } from '../text/clip.js';
import { italic, link, paragraph } from '../replies/build.js';
import type { Block } from '../replies/reply.js';

/** The source shown for a paragraph: its attribution, else the publisher, else a plain "no source". */
export function sourceName(article: Article, source: string | undefined): string {
  return (
    source ??
    (article.publisher ? `${article.publisher} (unattributed paragraph)` : 'no source named')
  );
}

/** "Full article: <link>", or where the text came from when there is no link. */
export function fullArticleLine(article: Article): Block {
  if (article.url) return paragraph('Full article: ', link(article.url, article.url));
  const where =
    article.origin.kind === 'file'
      ? (article.origin.path.split(/[\\/]/).pop() ?? '')
      : article.origin.feedUrl;
  return paragraph(italic(`Full article: no link given; loaded from ${where}.`));
}

/** The first words of a text, cut at a word boundary, with an ellipsis when cut. */
export function snippet(text: string, maxLength = 80): string {
  return clipText(text, maxLength);
}
