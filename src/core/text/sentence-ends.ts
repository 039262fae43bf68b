/**
 * How a piece of text ends, read backwards from its end: the word before a final full stop, and
 * whether that is a single initial. The sentence splitter asks at every sentence end ICU finds;
 * the regular expressions these replace were tried at every position of the text, and their
 * match arrays were a tenth of a summary's garbage. The expressions stay as the definition (and
 * the fallback for astral characters).
 */

const UPPER_CASE = /\p{Lu}/u;

/** The fallback for text with astral characters at its end (see lastWord). */
const LAST_WORD = /(?:^|[\s("'“‘[])([\p{L}.]+)\.\s*$/u;
const LETTER = /\p{L}/u;
/** For code units above 127: 0 not yet known, 1 a letter, 2 not. */
const letterClass = new Uint8Array(65536);

/** Whether a code unit is white space as `\s` has it. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Whether a (non-surrogate) code unit is a letter or a full stop. */
function isLetterOrDot(c: number): boolean {
  if (c < 128) return c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let kind = letterClass[c] ?? 0;
  if (kind === 0) {
    kind = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
    letterClass[c] = kind;
  }
  return kind === 1;
}

/**
 * The word before a text's final full stop, as LAST_WORD's group has it: the letters and dots
 * before the last "." (only white space after it), when white space, an opening quote or bracket
 * or the start of the text comes before them; undefined otherwise. Read backwards from the end
 * without a match array: this runs at every sentence end ICU finds, and the arrays were a tenth
 * of a summary's garbage.
 */
export function lastWord(text: string): string | undefined {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  if (end === 0 || text.charCodeAt(end - 1) !== 46) return undefined;
  end--;
  let start = end;
  for (; start > 0; start--) {
    const c = text.charCodeAt(start - 1);
    if (c >= 0xd800 && c <= 0xdfff) return LAST_WORD.exec(text)?.[1];
    if (!isLetterOrDot(c)) break;
  }
  if (start === end) return undefined;
  if (start === 0) return text.slice(start, end);
  const before = text.charCodeAt(start - 1);
  return isSpace(before) || isOpening(before) || before === 91 ? text.slice(start, end) : undefined;
}
/** The fallback for text with astral characters at its end (see endsWithInitial). */
const SINGLE_INITIAL = /(?:^|[\s("'“‘])\p{Lu}\.\s*$/u;
/** For code units above 127: 0 not yet known, 1 an upper-case letter, 2 not. */
const upperClass = new Uint8Array(65536);

/**
 * Whether a text ends with a single initial ("… J. "), as SINGLE_INITIAL has it: an upper-case
 * letter and a full stop (only white space after it), after white space, an opening quote or
 * bracket or the start. Read backwards from the end, not by an expression tried at every position.
 */
export function endsWithInitial(text: string): boolean {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  if (end < 2 || text.charCodeAt(end - 1) !== 46) return false;
  const letter = text.charCodeAt(end - 2);
  if (letter >= 0xd800 && letter <= 0xdfff) return SINGLE_INITIAL.test(text);
  if (letter < 128) {
    if (letter < 65 || letter > 90) return false;
  } else {
    let kind = upperClass[letter] ?? 0;
    if (kind === 0) {
      kind = UPPER_CASE.test(String.fromCharCode(letter)) ? 1 : 2;
      upperClass[letter] = kind;
    }
    if (kind !== 1) return false;
  }
  if (end === 2) return true;
  const before = text.charCodeAt(end - 3);
  return isSpace(before) || isOpening(before);
}

/** ( " ' “ ‘ : what may stand before a word at a sentence's end (LAST_WORD allows [ too). */
function isOpening(c: number): boolean {
  return c === 40 || c === 34 || c === 39 || c === 0x201c || c === 0x2018;
}
