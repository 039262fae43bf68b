/**
 * A story's character trigrams as 4,096 bits (512 bytes), written with its word index: a literal
 * that a regular expression needs (see regex-prefilter.ts) can be in the story only if every one
 * of its trigrams is, so most absent literals are ruled out with a few bit tests instead of a
 * search of the story's text (a `String.includes` over 1,000 characters costs about 0.4 µs, and a
 * channel's regexes ask for about ten literals a story). Like a Bloom filter: "no" is certain,
 * "maybe" is then searched for. Literals shorter than three characters are always searched for.
 */

export const GRAM_INTS = 128;
const GRAM_SHIFT = 20; // 32 - 12 bits: 4,096 bits

function gramBit(a: number, b: number, c: number): number {
  return (Math.imul(a, 0x2c1b3c6d) ^ Math.imul(b, 0x297a2d39) ^ Math.imul(c, 0x59d2f5b3)) >>> GRAM_SHIFT;
}

/** The trigram bits of (folded) text. */
export function gramBitsOf(text: string): Int32Array {
  const bits = new Int32Array(GRAM_INTS);
  for (let i = 0; i + 2 < text.length; i++) {
    const bit = gramBit(text.charCodeAt(i), text.charCodeAt(i + 1), text.charCodeAt(i + 2));
    bits[bit >>> 5] = (bits[bit >>> 5] ?? 0) | (1 << (bit & 31));
  }
  return bits;
}

/** The bit numbers of a literal's trigrams (none when it is shorter than three characters). */
export function gramsOf(literal: string): Int32Array {
  const grams = new Int32Array(Math.max(0, literal.length - 2));
  for (let i = 0; i < grams.length; i++)
    grams[i] = gramBit(literal.charCodeAt(i), literal.charCodeAt(i + 1), literal.charCodeAt(i + 2));
  return grams;
}

/** Whether text with these trigram bits may contain the literal of these grams (false is certain). */
export function mayContain(bits: Int32Array, grams: Int32Array): boolean {
  for (const bit of grams) if (((bits[bit >>> 5] ?? 0) & (1 << (bit & 31))) === 0) return false;
  return true;
}
