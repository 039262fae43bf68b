import type { Article } from '../articles/article.js';
import type { Translator } from '../i18n/translator.js';
import { clipText } from '../text/clip.js';
import { italic, link, paragraph } from '../replies/build.js';
import type { Block } from '../replies/reply.js';

/** The source shown for a paragraph: its attribution, else the publisher, else a plain "no source". */
export function sourceName(article: Article, source: string | undefined, t: Translator): string {
  return (
    source ??
    (article.publisher
      ? t.t('card.unattributed', { publisher: article.publisher })
      : t.t('card.noSource'))
  );
}

/** "Full article: <link>", or where the text came from when there is no link. */
export function fullArticleLine(article: Article, t: Translator): Block {
  if (article.url) return paragraph(t.t('card.fullArticle'), link(article.url, article.url));
  const where =
    article.origin.kind === 'file'
      ? (article.origin.path.split(/[\\/]/).pop() ?? '')
      : article.origin.feedUrl;
  return paragraph(italic(t.t('card.noLink', { where })));
}

/** The first words of a text, cut at a word boundary, with an ellipsis when cut. */
export function snippet(text: string, maxLength = 80): string {
  return clipText(text, maxLength);
}
