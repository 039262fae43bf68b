import {
  ENGLISH_BACK_POINTING_PRONOUNS,
  ENGLISH_CONNECTIVES,
  ENGLISH_DEMONSTRATIVES,
  ENGLISH_EXPLETIVE_CLAUSE,
  ENGLISH_EXPLETIVE_VERBS,
  ENGLISH_STANDALONE_OPENINGS,
  ENGLISH_TIME_WORDS,
} from '../text/english.js';

/**
 * The coherence rule's test: does a sentence open by leaning on the one before it, with a pronoun
 * whose antecedent is there ("He said…", "These changes…") or a connective that answers it ("But…",
 * "That is why…")? Quoted from its article without its predecessor, such a sentence dangles.
 */

/** Opening quotes, brackets and dashes, then the first word (apostrophes, hyphens inside it). */
const FIRST_WORD = /^[\s"“”‘’'([«—–-]*([\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*)/u;
/** The next word after a position. */
const NEXT_WORD = /[^\p{L}\p{N}]*([\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*)/uy;
/** Connectives as word lists, longest first, by their first word. */
const CONNECTIVES = new Map<string, string[][]>();
for (const phrase of [...ENGLISH_CONNECTIVES].sort((a, b) => b.length - a.length)) {
  const words = phrase.replace(/’/g, "'").split(' ');
  const first = words[0] ?? '';
  CONNECTIVES.set(first, [...(CONNECTIVES.get(first) ?? []), words]);
}

const STANDALONE = ENGLISH_STANDALONE_OPENINGS.map((phrase) => phrase.split(' '));

/** "It is unclear whether…": an "it" with nothing to point at (see ENGLISH_EXPLETIVE_VERBS). */
function isExpletiveIt(words: OpeningWords): boolean {
  let k: number;
  const first = words.at(0);
  if (first === "it's") k = 1;
  else if (first === 'it' && ENGLISH_EXPLETIVE_VERBS.has(words.at(1))) k = 2;
  else return false;
  if (words.at(k + 1) === 'to') return true;
  for (let j = k; j < k + 5; j++) if (ENGLISH_EXPLETIVE_CLAUSE.has(words.at(j))) return true;
  return false;
}

/** Every word an opening that leans can start with (before any apostrophe or hyphen). */
const OPENERS = new Set(
  [
    ...ENGLISH_BACK_POINTING_PRONOUNS,
    ...[...ENGLISH_DEMONSTRATIVES].map((word) => word.split("'")[0] ?? ''),
    ...CONNECTIVES.keys(),
  ].map((word) => word.split("'")[0] ?? ''),
);

/**
 * The sentence's first run of ASCII letters, lower-cased, after opening quotes and brackets; ''
 * when it starts otherwise. Most sentences start with a word no opening starts with ("The", a
 * name), and this rules them out without a regular expression.
 */
function quickFirstWord(sentence: string): string | undefined {
  let i = 0;
  while (i < sentence.length && ' "“”‘’\'([«—–-'.includes(sentence.charAt(i))) i++;
  let j = i;
  while (j < sentence.length && j - i < 16) {
    const c = sentence.charCodeAt(j) | 32;
    if (c < 97 || c > 122) break;
    j++;
  }
  const next = sentence.charCodeAt(j);
  // A letter beyond ASCII inside the word: leave it to the full reading.
  return next > 127 && next !== 0x2019 ? undefined : sentence.slice(i, j).toLowerCase();
}

/**
 * The opening words of the sentence being tested, read one at a time as the tests ask for them
 * (most need two or three): lower-cased, curly apostrophes made straight. One reader is reused,
 * since this runs for every candidate sentence of every summary.
 */
class OpeningWords {
  private sentence = '';
  private end = 0;
  private count = 0;
  private readonly words: string[] = [];

  /** Starts on a sentence whose first word is `first`, ending at `end`. */
  reset(sentence: string, first: string, end: number): void {
    this.sentence = sentence;
    this.end = end;
    this.words[0] = first;
    this.count = 1;
  }

  /** Word k (0-based), or '' past the sentence's end. */
  at(k: number): string {
    while (this.count <= k) {
      NEXT_WORD.lastIndex = this.end;
      const next = NEXT_WORD.exec(this.sentence);
      if (!next) return '';
      this.end = NEXT_WORD.lastIndex;
      this.words[this.count++] = normalise(next[1] ?? '');
    }
    return this.words[k] ?? '';
  }

  startsWith(phrase: readonly string[]): boolean {
    for (let k = 0; k < phrase.length; k++) if (this.at(k) !== phrase[k]) return false;
    return true;
  }
}
const opening = new OpeningWords();

const normalise = (word: string) => {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
};

/** True when the sentence opens with a back-pointing pronoun, demonstrative or connective. */
export function needsPredecessor(sentence: string): boolean {
  const quick = quickFirstWord(sentence);
  if (quick !== undefined && !OPENERS.has(quick)) return false;
  const match = FIRST_WORD.exec(sentence.length > 80 ? sentence.slice(0, 80) : sentence);
  if (!match?.[1]) return false;
  const first = normalise(match[1]);
  const words = opening;
  words.reset(sentence, first, match[0].length);
  for (const phrase of STANDALONE) if (words.startsWith(phrase)) return false;
  // "It's", "They're": the pronoun before the apostrophe.
  const apostrophe = first.indexOf("'");
  if (ENGLISH_BACK_POINTING_PRONOUNS.has(apostrophe < 0 ? first : first.slice(0, apostrophe)))
    return !isExpletiveIt(words);
  for (const phrase of CONNECTIVES.get(first) ?? []) if (words.startsWith(phrase)) return true;
  return ENGLISH_DEMONSTRATIVES.has(first) && !ENGLISH_TIME_WORDS.has(words.at(1));
}

/**
 * How many of the picked sentences (indices into `sentences`, ascending) lean on a predecessor
 * that is not picked: the openings a reader of the summary cannot resolve.
 */
export function danglingOpenings(sentences: readonly string[], picked: readonly number[]): number {
  const chosen = new Set(picked);
  return picked.filter((i) => i > 0 && !chosen.has(i - 1) && needsPredecessor(sentences[i] ?? ''))
    .length;
}
