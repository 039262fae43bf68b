import { describe, expect, it } from 'vitest';
import { Bm25Index } from '../../../src/core/text/bm25.js';

describe('Bm25Index', () => {
  it('ranks the document with the rarer matching term first', () => {
    const index = new Bm25Index();
    index.add([1, 2, 3]);
    index.add([4, 2, 5]);
    index.add([1, 4]);
    const hits = index.search([3, 2]);
    expect(hits[0]?.index).toBe(0);
    expect(hits.map((h) => h.index)).toContain(1);
    expect(hits.map((h) => h.index)).not.toContain(2);
  });

  it('drops removed documents from results and counts', () => {
    const index = new Bm25Index();
    const a = index.add([1]);
    index.add([1, 2]);
    index.remove(a);
    expect(index.size).toBe(1);
    expect(index.search([1]).map((h) => h.index)).toEqual([1]);
  });

  it('gives a term that appears nowhere a higher idf than a common one', () => {
    const index = new Bm25Index();
    index.add([1, 2]);
    index.add([1, 3]);
    expect(index.idf(9)).toBeGreaterThan(index.idf(1));
  });

  it('finds documents added after a search, with their term counts', () => {
    const index = new Bm25Index();
    index.add([1, 2]);
    expect(index.search([3])).toEqual([]);
    index.add([3, 3, 3, 4]);
    index.add([3, 5, 6, 7]);
    const hits = index.search([3]);
    expect(hits.map((h) => h.index)).toEqual([1, 2]);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
    index.prepare();
    expect(index.search([1, 3], 1)).toHaveLength(1);
  });

  it('counts a term once per document for its document frequency', () => {
    const index = new Bm25Index();
    index.add([1, 1, 1]);
    index.add([2]);
    index.add([2]);
    expect(index.idf(1)).toBeGreaterThan(index.idf(2));
  });
});
