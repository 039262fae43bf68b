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

/** True when the sentence opens with a back-pointing pronoun, demonstrative or connective. */
export function needsPredecessor(sentence: string): boolean {
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
