import {
  ENGLISH_BACK_POINTING_PRONOUNS,
  ENGLISH_CONNECTIVES,
  ENGLISH_DEMONSTRATIVES,
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

/** True when the sentence opens with a back-pointing pronoun, demonstrative or connective. */
export function needsPredecessor(sentence: string): boolean {
  const quick = quickFirstWord(sentence);
  if (quick !== undefined && !OPENERS.has(quick)) return false;
  const match = FIRST_WORD.exec(sentence.length > 80 ? sentence.slice(0, 80) : sentence);
  const first = match?.[1]?.toLowerCase().replace(/’/g, "'");
  if (!match || first === undefined) return false;
  // "It's", "They're": the pronoun before the apostrophe.
  if (ENGLISH_BACK_POINTING_PRONOUNS.has(first.split("'")[0] ?? '')) return true;
  const demonstrative = ENGLISH_DEMONSTRATIVES.has(first);
  const phrases = CONNECTIVES.get(first);
  if (!demonstrative && !phrases) return false;
  // Only now read the next few words.
  const words = [first];
  NEXT_WORD.lastIndex = match[0].length;
  for (
    let next = NEXT_WORD.exec(sentence);
    next && words.length < 5;
    next = NEXT_WORD.exec(sentence)
  )
    words.push((next[1] ?? '').toLowerCase().replace(/’/g, "'"));
  if (phrases?.some((phrase) => phrase.every((word, i) => words[i] === word))) return true;
  return demonstrative && !ENGLISH_TIME_WORDS.has(words[1] ?? '');
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
