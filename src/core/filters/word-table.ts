/**
 * The words of a story's folded text as a small open-addressing table of word hash pairs (see
 * WordKey), built in one pass over its characters. A Set of the words cost about 10 KB and 40 µs a
 * story (each word a new string, then hashed again by the Set): the first pass of a digest's
 * filters spent most of its time there and in collecting that garbage. Here nothing is allocated
 * per word.
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
    // Surrogates are judged as pairs, by code point (see wordUnitsAt).
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

/**
 * A word's two 32-bit hashes: FNV-1a over its UTF-16 units (it places the word in the table; 0 is
 * kept for empty slots) and a second, multiply-xorshift one. A word is taken to be in a text when
 * both are found together in one slot: the chance that an absent word has the pair of one of a
 * story's ~150 distinct words is about 150 / 2^64 (10^-17) a lookup, far below that of a memory
 * error, so the text is never read to confirm a hit (a 32-bit hash was: about one absent word in
 * 30 million looked present), and a story stored with its table is filtered without building its
 * text at all (see article-text.ts).
 */
export interface WordKey {
  readonly h1: number;
  readonly h2: number;
}

const H1_START = 0x811c9dc5;
const H2_START = 0x2f6b1a3d;
const h1Step = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);
function h2Step(h: number, c: number): number {
  const m = Math.imul(h ^ c, 0x5bd1e995);
  return m ^ (m >>> 15);
}

export function wordKey(word: string): WordKey {
  let h1 = H1_START;
  let h2 = H2_START;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    h1 = h1Step(h1, c);
    h2 = h2Step(h2, c);
  }
  return { h1: h1 === 0 ? 1 : h1, h2 };
}

/** Scratch space for one text's hash pairs while its table is sized (grown when a text needs more). */
let scratch: Int32Array<ArrayBuffer> = new Int32Array(2048);

/** ASCII letters and digits (upper case too: see wordUnitsAt). */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = wordUnitsAt(String.fromCharCode(c), 0);

/** Slots of a table: pairs (h1, h2) in an Int32Array, from `offset`, a power of two of them. */
export class WordTable {
  private readonly mask: number;

  private constructor(
    private readonly slots: Int32Array,
    private readonly offset: number,
  ) {
    this.mask = ((slots.length - offset) >> 1) - 1;
  }

  /** The table of any text. */
  static of(text: string): WordTable {
    return WordTable.scan(text, false) ?? new WordTable(new Int32Array(32), 0);
  }

  /**
   * The table of text that is all ASCII, or undefined as soon as a character is not (the caller
   * folds such text first). One pass, no call per character, the hashes built as the word is read.
   */
  static ofAscii(text: string): WordTable | undefined {
    return WordTable.scan(text, true);
  }

  private static scan(text: string, asciiOnly: boolean): WordTable | undefined {
    let count = 0;
    let h1 = 0;
    let h2 = 0;
    let inWord = false;
    const length = text.length;
    for (let at = 0; at < length;) {
      const c = text.charCodeAt(at);
      let units: number;
      if (c < 128) units = ASCII_WORD[c] ?? 0;
      else if (asciiOnly) return undefined;
      else units = wordUnitsAt(text, at);
      if (units > 0) {
        if (!inWord) {
          inWord = true;
          h1 = H1_START;
          h2 = H2_START;
        }
        h1 = h1Step(h1, c);
        h2 = h2Step(h2, c);
        if (units === 2) {
          const low = text.charCodeAt(at + 1);
          h1 = h1Step(h1, low);
          h2 = h2Step(h2, low);
        }
        at += units;
        if (at < length) continue;
      } else at++;
      if (inWord) {
        inWord = false;
        if (count + 2 > scratch.length) scratch = grown(scratch);
        scratch[count++] = h1 === 0 ? 1 : h1;
        scratch[count++] = h2;
      }
    }
    return new WordTable(tableOf(scratch, count >> 1), 0);
  }

  /**
   * The table as stored with an article (see article-text.ts): resized to the distinct words
   * (half full), so it is about 2 KB for a story's opening.
   */
  toSlots(): Int32Array {
    const pairs = this.slots.subarray(this.offset);
    let distinct = 0;
    for (let i = 0; i < pairs.length; i += 2) if (pairs[i] !== 0) distinct++;
    const packed = new Int32Array(distinct * 2);
    for (let i = 0, n = 0; i < pairs.length; i += 2)
      if (pairs[i] !== 0) {
        packed[n++] = pairs[i] ?? 0;
        packed[n++] = pairs[i + 1] ?? 0;
      }
    return tableOf(packed, distinct);
  }

  /**
   * The table of slots stored from `offset` of an index, or undefined when they cannot be one (a
   * damaged value). Not copied: the table reads the index itself.
   */
  static fromSlots(index: Int32Array, offset = 0): WordTable | undefined {
    const size = (index.length - offset) >> 1;
    if (size < 16 || (size & (size - 1)) !== 0 || index.length - offset !== size * 2)
      return undefined;
    // A lookup ends at an empty slot: a table with none would never answer. (Half of a table's
    // slots are empty, so this ends within the first few.)
    for (let at = offset; at < index.length; at += 2)
      if (index[at] === 0) return new WordTable(index, offset);
    return undefined;
  }

  /** Whether the word is in the text (see WordKey). */
  has(key: WordKey): boolean {
    const { slots, offset, mask } = this;
    const h1 = key.h1;
    for (let i = h1 & mask; ; i = (i + 1) & mask) {
      const at = offset + 2 * i;
      const slot = slots[at];
      if (slot === h1 && slots[at + 1] === key.h2) return true;
      if (slot === 0) return false;
    }
  }
}

/** A table (at most half full) of the first `count` hash pairs of `pairs`. */
function tableOf(pairs: Int32Array, count: number): Int32Array {
  let size = 16;
  while (size < count * 2) size *= 2;
  const slots = new Int32Array(size * 2);
  const mask = size - 1;
  for (let n = 0; n < count; n++) {
    const h1 = pairs[2 * n] ?? 1;
    const h2 = pairs[2 * n + 1] ?? 0;
    for (let i = h1 & mask; ; i = (i + 1) & mask) {
      const slot = slots[2 * i];
      if (slot === h1 && slots[2 * i + 1] === h2) break;
      if (slot === 0) {
        slots[2 * i] = h1;
        slots[2 * i + 1] = h2;
        break;
      }
    }
  }
  return slots;
}

function grown(array: Int32Array): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
