import type { Article } from '../articles/article.js';
import { foldedWords, stripAccents } from './fold-text.js';
import { hashWord, wholeWordIn, WordTable } from './word-table.js';

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
  /** Whether a folded word (with its hashWord) is one of the text's words. */
  hasWord(word: string, hash?: number): boolean;
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
  // Most stories are ASCII: lower case is all their folding, and the word table is read in the
  // same pass that finds out. Others are folded fully (accents removed) and read again.
  const lower = raw.toLowerCase();
  const ascii = WordTable.ofAscii(lower);
  const text = ascii
    ? filterTextWith(lower, ascii)
    : foldedFilterText(stripAccents(raw).toLowerCase());
  cache.set(article, text);
  return text;
}

/** The filter text of text already folded (accent-free, lower case). */
export function foldedFilterText(plain: string): FilterText {
  return filterTextWith(plain, WordTable.of(plain));
}

function filterTextWith(plain: string, table: WordTable): FilterText {
  let joined: string | undefined;
  return {
    plain,
    get joined() {
      return (joined ??= ` ${foldedWords(plain).join(' ')} `);
    },
    hasWord: (word, hash = hashWord(word)) => table.mayHave(hash) && wholeWordIn(plain, word),
  };
}
