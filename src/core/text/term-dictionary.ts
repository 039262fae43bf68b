import { contentTerms, type WordAnalysis } from './terms.js';

/** For ASCII: the lower-cased code of a letter or digit, 0 for anything else. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_WORD[c] = c;
for (let c = 97; c <= 122; c++) ASCII_WORD[c] = c;
for (let c = 65; c <= 90; c++) ASCII_WORD[c] = c + 32;

/** For code units above 127: 0 not yet known, 1 a letter or digit, 2 anything else. */
const wordClass = new Uint8Array(65536);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The code to hash for a word character (ASCII lower-cased), or 0 when `c` is not one. */
function wordCode(c: number): number {
  if (c < 128) return ASCII_WORD[c] ?? 0;
  if (c >= 0xd800 && c <= 0xdfff) return 0; // astral characters (emoji) are not words
  let kind = wordClass[c];
  if (kind === 0) {
    kind = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
    wordClass[c] = kind;
  }
  return kind === 1 ? c : 0;
}

const EMPTY = -1;
const STOPWORD = -1;
/** A query word the dictionary has never seen (no document contains it). */
const UNKNOWN = -2;

/**
 * Maps text to the ids of its content terms (stemmed, stop words dropped), the same terms
 * `contentTerms` gives, but fast enough to index 10,000 long articles at start-up: words are
 * scanned and hashed in place, and only a word never seen before is cut out, stemmed and named.
 */
/**
 * Term ids shared by the dictionaries of several languages (one search index over articles in
 * each): a stem is one id whichever language's dictionary named it.
 */
export interface TermRegistry {
  readonly ids: Map<string, number>;
  readonly terms: string[];
}

export function createTermRegistry(): TermRegistry {
  return { ids: new Map(), terms: [] };
}

export class TermDictionary {
  private readonly ids: Map<string, number>;
  private readonly terms: string[];
  private keys: Float64Array;
  private values: Int32Array;
  private used = 0;
  private buffer = new Int32Array(1024);

  /** `analysis`: the language's stop words and stemmer (default English). */
  constructor(
    initialCapacity = 1024,
    private readonly analysis?: WordAnalysis,
    registry: TermRegistry = createTermRegistry(),
  ) {
    this.ids = registry.ids;
    this.terms = registry.terms;
    const size = 1 << Math.ceil(Math.log2(Math.max(16, initialCapacity * 2)));
    this.keys = new Float64Array(size).fill(EMPTY);
    this.values = new Int32Array(size);
  }

  /** How many distinct terms have been seen. */
  get size(): number {
    return this.terms.length;
  }

  term(id: number): string | undefined {
    return this.terms[id];
  }

  /** The id of an already stemmed term, if it has been seen. */
  idOf(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** The term ids of a text, in order; words never seen before are added. */
  termIds(text: string): Int32Array {
    return this.buffer.slice(0, this.scan(text, 0, true));
  }

  /**
   * The ids of a text's terms that the dictionary already knows, in order; nothing is added. For
   * queries: words typed by users would otherwise grow the dictionary for ever, and a word no document
   * has cannot match one anyway.
   */
  knownTermIds(text: string): Int32Array {
    return this.buffer.slice(0, this.scan(text, 0, false));
  }

  /**
   * The term ids of several texts one after the other (a title repeated for weight, then the
   * paragraphs), as a view of an internal buffer: valid, and free to sort, until the next call.
   */
  termIdsView(texts: readonly string[]): Int32Array {
    let count = 0;
    for (const text of texts) count = this.scan(text, count, true);
    return this.buffer.subarray(0, count);
  }

  /**
   * Scans one text and returns how many term ids it has; they are the first ones of `idBuffer`
   * until the next call. For callers that scan many short texts (a summary's sentences): no view
   * object per text.
   */
  scanText(text: string): number {
    return this.scan(text, 0, true);
  }

  /** The buffer `scanText` fills (a new one when it grows: read it after the call). */
  get idBuffer(): Int32Array {
    return this.buffer;
  }

  /** Scans `text`, appending its term ids to the buffer from `count`; returns the new count. */
  private scan(text: string, count: number, learn: boolean): number {
    const length = text.length;
    let i = 0;
    while (i < length) {
      if (wordCode(text.charCodeAt(i)) === 0) {
        i++;
        continue;
      }
      const start = i;
      let h1 = 0x811c9dc5;
      let h2 = 0x2545f491;
      while (i < length) {
        let c = wordCode(text.charCodeAt(i));
        if (c === 0) {
          // An apostrophe inside a word ("Moscow’s") belongs to it.
          const apostrophe = text.charCodeAt(i);
          if ((apostrophe !== 39 && apostrophe !== 0x2019) || i + 1 >= length) break;
          if (wordCode(text.charCodeAt(i + 1)) === 0) break;
          c = 39;
        }
        h1 = Math.imul(h1 ^ c, 0x01000193);
        h2 = Math.imul(h2 ^ c, 0x5bd1e995);
        i++;
      }
      const id = this.lookup(
        (h1 >>> 0) * 2097152 + ((h2 >>> 0) & 0x1fffff),
        h1 >>> 0,
        text,
        start,
        i,
        learn,
      );
      if (id === STOPWORD || id === UNKNOWN) continue;
      if (count === this.buffer.length) {
        const grown = new Int32Array(this.buffer.length * 2);
        grown.set(this.buffer);
        this.buffer = grown;
      }
      this.buffer[count++] = id;
    }
    return count;
  }

  /** Finds a word by its 53-bit hash key, naming it on first sight when `learn`. */
  private lookup(
    key: number,
    hash: number,
    text: string,
    start: number,
    end: number,
    learn: boolean,
  ): number {
    const mask = this.keys.length - 1;
    let slot = hash & mask;
    for (;;) {
      const found = this.keys[slot];
      if (found === key) return this.values[slot] ?? STOPWORD;
      if (found === EMPTY) break;
      slot = (slot + 1) & mask;
    }
    const [term] = contentTerms(text.slice(start, end), this.analysis);
    if (!learn) return term === undefined ? STOPWORD : (this.ids.get(term) ?? UNKNOWN);
    const id = term === undefined ? STOPWORD : this.idFor(term);
    this.keys[slot] = key;
    this.values[slot] = id;
    if (++this.used * 2 > this.keys.length) this.grow();
    return id;
  }

  private idFor(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.terms.push(term);
      this.ids.set(term, id);
    }
    return id;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    this.keys = new Float64Array(oldKeys.length * 2).fill(EMPTY);
    this.values = new Int32Array(oldKeys.length * 2);
    const mask = this.keys.length - 1;
    for (let i = 0; i < oldKeys.length; i++) {
      const key = oldKeys[i] ?? EMPTY;
      if (key === EMPTY) continue;
      let slot = Math.floor(key / 2097152) & mask;
      while (this.keys[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.keys[slot] = key;
      this.values[slot] = oldValues[i] ?? STOPWORD;
    }
  }
}
