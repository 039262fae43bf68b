/**
 * How filters see text: accents removed (so "cafe" matches "café"), and for words also lower case
 * and split into runs of letters and digits (so a word matches whole words only).
 */

const NON_ASCII = /[^\t\n\r\x20-\x7e]/;
const MARKS = /\p{M}+/gu;
const WORD = /[\p{L}\p{N}]+/gu;
/** The same runs in lower-case ASCII text, where Unicode property matching would cost 3 times more. */
const ASCII_WORD = /[a-z0-9]+/g;

/** Whether text has anything stripAccents could change (most text is ASCII and has not). */
export function hasAccents(text: string): boolean {
  return NON_ASCII.test(text);
}

/** Text with accents and other combining marks removed; case is kept (regular expressions see this). */
export function stripAccents(text: string): string {
  // Most text is ASCII, and normalising it would only cost time.
  return NON_ASCII.test(text) ? text.normalize('NFKD').replace(MARKS, '') : text;
}

/** The words of a text, accent-free and lower case, in order. */
export function wordsOf(text: string): string[] {
  return foldedWords(stripAccents(text).toLowerCase());
}

/** The words of text already accent-free and lower case (see wordsOf). */
export function foldedWords(folded: string): string[] {
  return folded.match(NON_ASCII.test(folded) ? WORD : ASCII_WORD) ?? [];
}
