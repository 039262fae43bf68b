/**
 * Okapi BM25 over documents given as term ids (see TermDictionary).
 *
 * Adding a document only appends its distinct terms and their counts to a forward list (typed
 * arrays); the inverted lists are built from it in one counting-sort pass when a search needs them
 * and something was added since. Pushing millions of postings into per-term arrays one by one was
 * most of the cost of indexing 10,000 long articles; the pass takes a few tens of milliseconds.
 */
export interface Bm25Options {
  readonly k1?: number;
  readonly b?: number;
}

export interface ScoredDocument {
  readonly index: number;
  readonly score: number;
}

/** A growable Int32Array. */
class IntList {
  data = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
}

export class Bm25Index {
  /** Forward lists: document d's distinct terms are terms[starts[d] .. starts[d + 1]). */
  private readonly terms = new IntList();
  private readonly frequencies = new IntList();
  private readonly starts: number[] = [0];
  private readonly lengths: number[] = [];
  private readonly removed = new Set<number>();
  private totalLength = 0;
  /** Scratch counts per term id while a document is added; all zero between calls. */
  private counts = new Int32Array(1024);
  /** Inverted lists: term t's postings are at [offsets[t], offsets[t + 1]) of docs and tfs. */
  private inverted: { offsets: Int32Array; docs: Int32Array; tfs: Int32Array } | undefined;
  private readonly k1: number;
  private readonly b: number;

  constructor(options: Bm25Options = {}) {
    this.k1 = options.k1 ?? 1.2;
    this.b = options.b ?? 0.75;
  }

  /** Adds a document (its term ids, any order, repeats counted) and returns its index. */
  add(termIds: Int32Array | readonly number[]): number {
    const doc = this.lengths.length;
    const firstTerm = this.terms.length;
    for (const id of termIds) {
      if (id >= this.counts.length) this.growScratch(id);
      if (this.counts[id] === 0) this.terms.push(id);
      this.counts[id] = (this.counts[id] ?? 0) + 1;
    }
    for (let i = firstTerm; i < this.terms.length; i++) {
      const id = this.terms.data[i] ?? 0;
      this.frequencies.push(this.counts[id] ?? 0);
      this.counts[id] = 0;
    }
    this.starts.push(this.terms.length);
    this.lengths.push(termIds.length);
    this.totalLength += termIds.length;
    this.inverted = undefined;
    return doc;
  }

  /** Removes a document from results; its index is never reused. */
  remove(doc: number): void {
    if (doc < 0 || doc >= this.lengths.length || this.removed.has(doc)) return;
    this.removed.add(doc);
    this.totalLength -= this.lengths[doc] ?? 0;
  }

  /** Number of live documents. */
  get size(): number {
    return this.lengths.length - this.removed.size;
  }

  /** Share of added documents that were removed since: when high, rebuild the index. */
  get wasteRatio(): number {
    return this.removed.size / Math.max(1, this.lengths.length);
  }

  /** Builds the inverted lists now rather than at the next search (after a bulk load). */
  prepare(): void {
    this.invert();
  }

  /** Inverse document frequency of a term (BM25+ style, never negative). */
  idf(term: number): number {
    const { offsets } = this.invert();
    const df = term + 1 < offsets.length ? (offsets[term + 1] ?? 0) - (offsets[term] ?? 0) : 0;
    const n = Math.max(this.lengths.length, df);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Documents with a positive score for the query, best first. */
  search(queryTerms: ArrayLike<number>, limit = Infinity): ScoredDocument[] {
    const { offsets, docs, tfs } = this.invert();
    const scores = new Map<number, number>();
    const averageLength = this.totalLength / Math.max(1, this.size) || 1;
    for (const term of new Set(Array.from(queryTerms))) {
      if (term + 1 >= offsets.length) continue;
      const start = offsets[term] ?? 0;
      const end = offsets[term + 1] ?? 0;
      if (end === start) continue;
      const idf = this.idf(term);
      for (let i = start; i < end; i++) {
        const doc = docs[i] ?? 0;
        if (this.removed.has(doc)) continue;
        const tf = tfs[i] ?? 0;
        const length = this.lengths[doc] ?? 0;
        const norm = tf + this.k1 * (1 - this.b + (this.b * length) / averageLength);
        scores.set(doc, (scores.get(doc) ?? 0) + (idf * tf * (this.k1 + 1)) / norm);
      }
    }
    return [...scores]
      .map(([index, score]) => ({ index, score }))
      .sort((a, b) => b.score - a.score || a.index - b.index)
      .slice(0, limit);
  }

  /** The inverted lists, rebuilt from the forward lists by counting sort when documents were added. */
  private invert(): { offsets: Int32Array; docs: Int32Array; tfs: Int32Array } {
    if (this.inverted) return this.inverted;
    const termCount = this.counts.length;
    const offsets = new Int32Array(termCount + 1);
    const terms = this.terms.data;
    const total = this.terms.length;
    for (let i = 0; i < total; i++) {
      const slot = (terms[i] ?? 0) + 1;
      offsets[slot] = (offsets[slot] ?? 0) + 1;
    }
    for (let t = 0; t < termCount; t++) offsets[t + 1] = (offsets[t + 1] ?? 0) + (offsets[t] ?? 0);
    const next = offsets.slice(0, termCount);
    const docs = new Int32Array(total);
    const tfs = new Int32Array(total);
    for (let doc = 0; doc < this.lengths.length; doc++) {
      const end = this.starts[doc + 1] ?? 0;
      for (let i = this.starts[doc] ?? 0; i < end; i++) {
        const term = terms[i] ?? 0;
        const at = next[term] ?? 0;
        docs[at] = doc;
        tfs[at] = this.frequencies.data[i] ?? 0;
        next[term] = at + 1;
      }
    }
    this.inverted = { offsets, docs, tfs };
    return this.inverted;
  }

  private growScratch(id: number): void {
    const grown = new Int32Array(Math.max(1024, (id + 1) * 2));
    grown.set(this.counts);
    this.counts = grown;
  }
}
