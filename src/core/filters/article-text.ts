import type { Article } from '../articles/article.js';
import { foldedWords, stripAccents } from './fold-text.js';

/**
 * How much of an article's text filters read after its title and topics: the opening, which is
 * what its digest summary and preview come from. It also bounds the cost of a rule per story,
 * whatever the article's length.
 */
export const FILTER_TEXT_LIMIT = 1_000;

/** An article as filters see it, computed once per article (articles never change once loaded). */
export interface FilterText {
  /** Title, topics and the opening of the text, lower case, accents removed: what regexes see. */
  readonly plain: string;
  /**
   * Its words, lower case: " w1 w2 … " (a phrase matches where " its words " occurs). Built when
   * first asked for: a phrase is looked for only in texts that have all its words, which is rare.
   */
  readonly joined: string;
  readonly words: ReadonlySet<string>;
}

const cache = new WeakMap<Article, FilterText>();

export function filterTextOf(article: Article): FilterText {
  const known = cache.get(article);
  if (known) return known;
  let body = '';
  for (const paragraph of article.paragraphs) {
    if (body.length >= FILTER_TEXT_LIMIT) break;
    body += `${paragraph.text}\n`;
  }
  const raw = `${article.title}\n${article.tags.join(' ')}\n${body.slice(0, FILTER_TEXT_LIMIT)}`;
  // Folded once: the words are those of the text regexes see.
  const plain = stripAccents(raw).toLowerCase();
  const words = foldedWords(plain);
  let joined: string | undefined;
  const text: FilterText = {
    plain,
    get joined() {
      return (joined ??= ` ${words.join(' ')} `);
    },
    words: new Set(words),
  };
  cache.set(article, text);
  return text;
}
