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

/** How a language reads words: its stop words and its stemmer (see toolkit.ts). */
export interface WordAnalysis {
  isStopword(word: string): boolean;
  stem(word: string): string;
}

const ENGLISH: WordAnalysis = { isStopword, stem };

/**
 * word → its term, or null for a stop word, per analysis (language). News vocabularies repeat, so
 * this saves most work.
 */
const termCaches = new WeakMap<WordAnalysis, Map<string, string | null>>();

/** The stemmed content words of a text: what search and matching compare (English by default). */
export function contentTerms(text: string, analysis: WordAnalysis = ENGLISH): string[] {
  let termCache = termCaches.get(analysis);
  if (!termCache) {
    termCache = new Map();
    termCaches.set(analysis, termCache);
  }
  const terms: string[] = [];
  for (const word of text.toLowerCase().match(WORD) ?? []) {
    let term = termCache.get(word);
    if (term === undefined) {
      term = analysis.isStopword(word) ? null : analysis.stem(word);
      if (termCache.size < MAX_CACHED_WORDS) termCache.set(word, term);
    }
    if (term !== null) terms.push(term);
  }
  return terms;
}
