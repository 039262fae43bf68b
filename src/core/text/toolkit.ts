import { franc } from 'franc-min';
import snowball from 'snowball-stemmers';
import { deu, fra, por, rus, spa, ukr } from 'stopword';
import type { Article } from '../articles/article.js';
import { ENGLISH_STOPWORDS } from './english.js';
import { stem as englishStem, type WordAnalysis } from './terms.js';

/**
 * What reading a text in one language takes: the sentence segmenter's locale, its stop words and
 * its stemmer. Summaries, search and claim matching receive one (the article's language) instead
 * of assuming English.
 */
export interface TextToolkit extends WordAnalysis {
  /** ISO 639-1 code: "en", "de", "es", "fr", "pt", "ru", "uk". */
  readonly language: string;
  /** The locale Intl.Segmenter splits sentences with. */
  readonly segmenterLocale: string;
}

/** Snowball stemmers (snowball-stemmers, a JS port of the Snowball project) where one exists. */
const SNOWBALL: Readonly<Record<string, string>> = {
  de: 'german',
  es: 'spanish',
  fr: 'french',
  pt: 'portuguese',
  ru: 'russian',
};

/** Stop word lists of the stopword package (ISO 639-3 names there). */
const STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  de: deu,
  es: spa,
  fr: fra,
  pt: por,
  ru: rus,
  uk: ukr,
};

const ENGLISH: TextToolkit = {
  language: 'en',
  segmenterLocale: 'en',
  isStopword: (word) => ENGLISH_STOPWORDS.has(word),
  stem: englishStem,
};

const toolkits = new Map<string, TextToolkit>([['en', ENGLISH]]);

/** The languages with their own stop words and (but Ukrainian) stemmer; others read as English. */
export const TEXT_LANGUAGES = ['en', 'de', 'es', 'fr', 'pt', 'ru', 'uk'] as const;

/**
 * The toolkit of a language tag ("de", "de-AT", "pt-BR", "ru_RU"); English for a language without
 * one. Ukrainian has stop words but no Snowball stemmer: its words are compared whole.
 */
export function toolkitFor(language: string | undefined): TextToolkit {
  const code = (language ?? 'en').trim().toLowerCase().split(/[-_]/)[0] ?? 'en';
  let toolkit = toolkits.get(code);
  if (toolkit) return toolkit;
  const stopwords = STOPWORDS[code];
  if (!stopwords) return ENGLISH;
  const words = new Set(stopwords);
  const algorithm = SNOWBALL[code];
  const stemmer = algorithm ? snowball.newStemmer(algorithm) : undefined;
  toolkit = {
    language: code,
    segmenterLocale: code,
    isStopword: (word) => words.has(word),
    stem: (word) => (stemmer && word.length > 2 ? stemmer.stem(word) : word),
  };
  toolkits.set(code, toolkit);
  return toolkit;
}

/** franc's ISO 639-3 codes for the languages above. */
const DETECTABLE: Readonly<Record<string, string>> = {
  eng: 'en',
  deu: 'de',
  spa: 'es',
  fra: 'fr',
  por: 'pt',
  rus: 'ru',
  ukr: 'uk',
};

/**
 * An article's language: its own (front matter `language`, a feed's `<language>`), else detected
 * from its title and first paragraphs with franc (trigram statistics), among the languages above;
 * English when the text is too short to tell. A detected language is remembered per paragraphs
 * array: the article store builds a new Article object for every read but hands out the same
 * paragraphs while the content is unchanged, so an article is detected once, not once per read.
 */
export function languageOf(article: Pick<Article, 'title' | 'paragraphs' | 'language'>): string {
  if (article.language) return toolkitFor(article.language).language;
  let language = detected.get(article.paragraphs);
  if (language === undefined) {
    language = detect(article);
    detected.set(article.paragraphs, language);
  }
  return language;
}

const detected = new WeakMap<object, string>();

/**
 * Characters franc reads: 300 tell these seven languages apart (a sentence or two of news); franc's
 * cost grows with the sample, and at 600 it was 40 % of a summary's (0.27 ms an article).
 */
export const DETECTION_SAMPLE = 300;

function detect(article: Pick<Article, 'title' | 'paragraphs'>): string {
  let sample = article.title;
  for (const paragraph of article.paragraphs) {
    if (sample.length >= DETECTION_SAMPLE) break;
    sample += `\n${paragraph.text.slice(0, DETECTION_SAMPLE)}`;
  }
  if (clearlyEnglish(sample.slice(0, DETECTION_SAMPLE))) return 'en';
  const code = franc(sample.slice(0, DETECTION_SAMPLE), {
    only: Object.keys(DETECTABLE),
    minLength: 40,
  });
  return DETECTABLE[code] ?? 'en';
}

/**
 * English function words that the other detectable languages do not use as words (no "in", "an",
 * "was" or "will", which German has, nor French "on"). Common enough that every sentence of English news has some.
 */
const ENGLISH_MARKERS: ReadonlySet<string> = new Set(
  'the and of to were with that said is for from has have had by it his their this are been would which who after'.split(
    ' ',
  ),
);
/**
 * The markers as one pattern of whole ASCII words (no letter on either side, as `[a-z]+` cuts
 * words), counted with test() and lastIndex: matchAll's array per word was a tenth of the garbage
 * a summary of an English article leaves.
 */
const MARKER_WORD = new RegExp(`(?<![a-z])(?:${[...ENGLISH_MARKERS].join('|')})(?![a-z])`, 'g');
const THE_WORD = /(?<![a-z])the(?![a-z])/;

/**
 * A fast answer before franc for the common case, text that can only be English: no letter beyond
 * ASCII (the other Latin-script languages here have accents, umlauts or ß within a sentence or two)
 * and a tenth or more of its words, at least five and a "the" among them, English function words. franc's
 * trigram statistics cost most of a summary of an English article (0.14 ms at 300 characters).
 */
export function clearlyEnglish(sample: string): boolean {
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    // Letters beyond ASCII start at U+00C0 (below: punctuation, symbols, no-break space).
    if (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x206f)) return false;
  }
  const lower = sample.toLowerCase();
  let words = 0;
  let inWord = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    const letter = c >= 97 && c <= 122;
    if (letter && !inWord) words++;
    inWord = letter;
  }
  if (words < 20 || !THE_WORD.test(lower)) return false;
  let markers = 0;
  MARKER_WORD.lastIndex = 0;
  while (MARKER_WORD.test(lower)) markers++;
  return markers >= 5 && markers >= 0.1 * words;
}

/** The toolkit for an article: the one of its language. */
export function articleToolkit(article: Article): TextToolkit {
  return toolkitFor(languageOf(article));
}
