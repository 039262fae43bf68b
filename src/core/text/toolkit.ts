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
 * English when the text is too short to tell. Remembered per article object.
 */
export function languageOf(article: Pick<Article, 'title' | 'paragraphs' | 'language'>): string {
  let language = detected.get(article);
  if (language === undefined) {
    language = article.language ? toolkitFor(article.language).language : detect(article);
    detected.set(article, language);
  }
  return language;
}

const detected = new WeakMap<object, string>();

function detect(article: Pick<Article, 'title' | 'paragraphs'>): string {
  // A few hundred characters tell the languages apart; more only costs time at load.
  const sample = [article.title, ...article.paragraphs.slice(0, 3).map((p) => p.text)]
    .join('\n')
    .slice(0, 600);
  const code = franc(sample, { only: Object.keys(DETECTABLE), minLength: 40 });
  return DETECTABLE[code] ?? 'en';
}

/** The toolkit for an article: the one of its language. */
export function articleToolkit(article: Article): TextToolkit {
  return toolkitFor(languageOf(article));
}
