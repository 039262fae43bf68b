/**
 * The words of a story's folded text as a small open-addressing table of 32-bit word hashes, built
 * in one pass over its characters. A Set of the words cost about 10 KB and 40 µs a story (each word
 * a new string, then hashed again by the Set): the first pass of a digest's filters spent most of
 * its time there and in collecting that garbage. Here nothing is allocated per word; a hash that is
 * found is confirmed in the text itself (`hasWord`), so a collision never changes a verdict.
 *
 * Words are what `foldedWords` returns: runs of letters and digits (`[\p{L}\p{N}]+`).
 */

/** Whether each BMP code unit above ASCII is a letter or digit; built on first non-ASCII text. */
let wide: Uint8Array | undefined;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

function wideTable(): Uint8Array {
  if (wide) return wide;
  const table = new Uint8Array(0x10000);
  for (let c = 0x80; c < 0x10000; c++) {
    // Surrogates are judged as pairs, by code point (see isWordAt).
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (LETTER_OR_DIGIT.test(String.fromCharCode(c))) table[c] = 1;
  }
  return (wide = table);
}

/**
 * How many UTF-16 units of the word character at `at` (0: not a word character). Text is folded
 * (lower case), but upper-case ASCII counts too so the answer is `\p{L}\p{N}`'s whatever the input.
 */
function wordUnitsAt(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c < 0x80)
    return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? 1 : 0;
  if (c < 0xd800 || c > 0xdfff) return wideTable()[c] ?? 0;
  const point = text.codePointAt(at) ?? c;
  if (point <= 0xffff) return 0; // a lone surrogate
  return LETTER_OR_DIGIT.test(String.fromCodePoint(point)) ? 2 : 0;
}

/** Whether a word character ends just before `at` (a surrogate pair counts as one character). */
function wordEndsBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  const c = text.charCodeAt(at - 1);
  const start = c >= 0xdc00 && c <= 0xdfff && at >= 2 ? at - 2 : at - 1;
  return wordUnitsAt(text, start) > 0;
}

/** FNV-1a over UTF-16 units; 0 is kept for empty slots. */
function hashRange(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h === 0 ? 1 : h;
}

export function hashWord(word: string): number {
  return hashRange(word, 0, word.length);
}

/** Scratch space for one text's hashes while its table is sized (grown when a text needs more). */
let scratch: Int32Array<ArrayBuffer> = new Int32Array(1024);

/** ASCII letters and digits (upper case too: see wordUnitsAt). */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = wordUnitsAt(String.fromCharCode(c), 0);

export class WordTable {
  private constructor(private readonly slots: Int32Array) {}

  /** The table of any text. */
  static of(text: string): WordTable {
    return WordTable.scan(text, false) ?? new WordTable(new Int32Array(16));
  }

  /**
   * The table of text that is all ASCII, or undefined as soon as a character is not (the caller
   * folds such text first). The loop is the hot path of a digest's first filter pass: one pass,
   * no call per character, the hash built as the word is read.
   */
  static ofAscii(text: string): WordTable | undefined {
    return WordTable.scan(text, true);
  }

  private static scan(text: string, asciiOnly: boolean): WordTable | undefined {
    let count = 0;
    let hash = 0;
    let inWord = false;
    const length = text.length;
    for (let at = 0; at < length; ) {
      const c = text.charCodeAt(at);
      let units: number;
      if (c < 128) units = ASCII_WORD[c] ?? 0;
      else if (asciiOnly) return undefined;
      else units = wordUnitsAt(text, at);
      if (units > 0) {
        if (!inWord) {
          inWord = true;
          hash = 0x811c9dc5;
        }
        hash = Math.imul(hash ^ c, 0x01000193);
        if (units === 2) hash = Math.imul(hash ^ text.charCodeAt(at + 1), 0x01000193);
        at += units;
        if (at < length) continue;
      } else at++;
      if (inWord) {
        inWord = false;
        if (count === scratch.length) scratch = grown(scratch);
        scratch[count++] = hash === 0 ? 1 : hash;
      }
    }
    let size = 16;
    while (size < count * 2) size *= 2;
    const slots = new Int32Array(size);
    for (let i = 0; i < count; i++) insert(slots, scratch[i] ?? 1);
    return slots.includes(0) ? new WordTable(slots) : undefined;
  }

  /**
   * The table as stored with an article (see article-text.ts): resized to the distinct words
   * (half full), so it is about 1 KB for a story's opening.
   */
  toSlots(): Int32Array {
    let distinct = 0;
    for (const slot of this.slots) if (slot !== 0) distinct++;
    let size = 16;
    while (size < distinct * 2) size *= 2;
    const slots = new Int32Array(size);
    for (const slot of this.slots) if (slot !== 0) insert(slots, slot);
    return slots;
  }

  /** The table of stored slots, or undefined when they cannot be one (a damaged value). */
  static fromSlots(slots: Int32Array): WordTable | undefined {
    const size = slots.length;
    if (size < 16 || (size & (size - 1)) !== 0) return undefined;
    // A lookup ends at an empty slot: a table with none would never answer.
    return slots.includes(0) ? new WordTable(slots) : undefined;
  }

  /** Whether `hash` (of hashWord) may be a word of the text: false is certain, true is probable. */
  mayHave(hash: number): boolean {
    const mask = this.slots.length - 1;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const slot = this.slots[i];
      if (slot === hash) return true;
      if (slot === 0) return false;
    }
  }
}

function grown(array: Int32Array): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

function insert(slots: Int32Array, hash: number): void {
  const mask = slots.length - 1;
  for (let i = hash & mask; ; i = (i + 1) & mask) {
    const slot = slots[i];
    if (slot === hash) return;
    if (slot === 0) {
      slots[i] = hash;
      return;
    }
  }
}

/** Whether `word` occurs in `text` as a whole word (no letter or digit on either side). */
export function wholeWordIn(text: string, word: string): boolean {
  if (word === '') return false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (!wordEndsBefore(text, at) && (end >= text.length || wordUnitsAt(text, end) === 0))
      return true;
  }
  return false;
}
