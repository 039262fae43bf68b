/**
 * A story's characters, character pairs and trigrams as 4,096 bits (512 bytes), written with its
 * word index: a literal that a regular expression needs (see regex-prefilter.ts) can be in the
 * story only if every one of its trigrams is (a literal of one or two characters: that character
 * or pair), so most absent literals are ruled out with a few bit tests instead of a search of the
 * story's text (a `String.includes` over 1,000 characters costs about 0.4 µs, and a channel's
 * regexes ask for about ten literals a story), and the text itself is then often never built.
 * Like a Bloom filter: "no" is certain, "maybe" is then searched for. A story's opening sets about
 * a quarter of the bits.
 */

export const GRAM_INTS = 128;
const GRAM_SHIFT = 20; // 32 - 12 bits: 4,096 bits

const one = (a: number) => Math.imul(a, 0x7feb352d) >>> GRAM_SHIFT;
const two = (a: number, b: number) =>
  (Math.imul(a, 0x3c6ef372) ^ Math.imul(b, 0x6b43a9b5)) >>> GRAM_SHIFT;
const three = (a: number, b: number, c: number) =>
  (Math.imul(a, 0x2c1b3c6d) ^ Math.imul(b, 0x297a2d39) ^ Math.imul(c, 0x59d2f5b3)) >>> GRAM_SHIFT;

/** The gram bits of (folded) text: of each character, each pair and each trigram. */
export function gramBitsOf(text: string): Int32Array {
  const bits = new Int32Array(GRAM_INTS);
  const set = (bit: number) => (bits[bit >>> 5] = (bits[bit >>> 5] ?? 0) | (1 << (bit & 31)));
  for (let i = 0; i < text.length; i++) {
    const a = text.charCodeAt(i);
    set(one(a));
    if (i + 1 >= text.length) continue;
    const b = text.charCodeAt(i + 1);
    set(two(a, b));
    if (i + 2 < text.length) set(three(a, b, text.charCodeAt(i + 2)));
  }
  return bits;
}

/** The bit numbers a literal needs: its trigrams, or its one character or pair (none if empty). */
export function gramsOf(literal: string): Int32Array {
  const code = (i: number) => literal.charCodeAt(i);
  if (literal.length === 0) return new Int32Array(0);
  if (literal.length === 1) return Int32Array.of(one(code(0)));
  if (literal.length === 2) return Int32Array.of(two(code(0), code(1)));
  const grams = new Int32Array(literal.length - 2);
  for (let i = 0; i < grams.length; i++) grams[i] = three(code(i), code(i + 1), code(i + 2));
  return grams;
}

/**
 * Whether text with these gram bits (GRAM_INTS of `bits` from `at`: a stored index holds them
 * among other things) may contain the literal of these grams (false is certain).
 */
export function mayContain(bits: Int32Array, grams: Int32Array, at = 0): boolean {
  for (const bit of grams)
    if (((bits[at + (bit >>> 5)] ?? 0) & (1 << (bit & 31))) === 0) return false;
  return true;
}
