import { stemmer } from 'stemmer';
import { ENGLISH_STOPWORDS } from './english.js';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const STOPWORDS = ENGLISH_STOPWORDS;
const MAX_CACHED_WORDS = 500_000;

/** Lower-cased words of a text, in order (apostrophes kept inside words). */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Whether a lower-cased word carries little meaning on its own ("the", "said"). */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** Porter stem of a lower-cased word ("Russia's" → "russia", "relaxed" → "relax"). */
export function stem(word: string): string {
  const base = word.replace(/['’]s$/, '').replace(/['’]/g, '');
  return base.length > 2 ? stemmer(base) : base;
}

/** word → its term, or null for a stop word. News vocabularies repeat, so this saves most work. */
const termCache = new Map<string, string | null>();

/** The stemmed content words of a text: what search and matching compare. */
export function contentTerms(text: string): string[] {
  const terms: string[] = [];
  for (const word of text.toLowerCase().match(WORD) ?? []) {
    let term = termCache.get(word);
    if (term === undefined) {
      term = STOPWORDS.has(word) ? null : stem(word);
      if (termCache.size < MAX_CACHED_WORDS) termCache.set(word, term);
    }
    if (term !== null) terms.push(term);
  }
  return terms;
}
