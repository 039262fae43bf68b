/**
 * Okapi BM25 over documents given as term ids (see TermDictionary). Postings are flat number
 * arrays ([doc, tf, doc, tf, ...]) per term, which keeps 10,000 long articles in little memory.
 */
export interface Bm25Options {
  readonly k1?: number;
  readonly b?: number;
}

export interface ScoredDocument {
  readonly index: number;
  readonly score: number;
}

export class Bm25Index {
  private readonly postings: number[][] = [];
  private readonly lengths: number[] = [];
  private readonly removed = new Set<number>();
  private totalLength = 0;
  private readonly k1: number;
  private readonly b: number;

  constructor(options: Bm25Options = {}) {
    this.k1 = options.k1 ?? 1.2;
    this.b = options.b ?? 0.75;
  }

  /** Adds a document and returns its index. An Int32Array passed in is sorted in place. */
  add(terms: Int32Array | readonly number[]): number {
    const doc = this.lengths.length;
    const ids = (terms instanceof Int32Array ? terms : Int32Array.from(terms)).sort();
    let i = 0;
    while (i < ids.length) {
      const id = ids[i] ?? 0;
      let j = i + 1;
      while (j < ids.length && ids[j] === id) j++;
      (this.postings[id] ??= []).push(doc, j - i);
      i = j;
    }
    this.lengths.push(terms.length);
    this.totalLength += terms.length;
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

  /** Inverse document frequency of a term (BM25+ style, never negative). */
  idf(term: number): number {
    const df = (this.postings[term]?.length ?? 0) / 2;
    const n = Math.max(this.lengths.length, df);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Documents with a positive score for the query, best first. */
  search(queryTerms: ArrayLike<number>, limit = Infinity): ScoredDocument[] {
    const scores = new Map<number, number>();
    const averageLength = this.totalLength / Math.max(1, this.size) || 1;
    for (const term of new Set(Array.from(queryTerms))) {
      const list = this.postings[term];
      if (!list) continue;
      const idf = this.idf(term);
      for (let i = 0; i < list.length; i += 2) {
        const doc = list[i] ?? 0;
        const tf = list[i + 1] ?? 0;
        if (this.removed.has(doc)) continue;
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
}
