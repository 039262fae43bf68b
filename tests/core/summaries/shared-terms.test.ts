import { describe, expect, it } from 'vitest';
import { buildSentenceGraph, sharedTermCount } from '../../../src/core/summaries/sentence-graph.js';

/** A word made of letters only, unique per n (so each is a new term after stemming). */
const word = (n: number) =>
  `q${n
    .toString(26)
    .split('')
    .map((d) => String.fromCharCode(97 + parseInt(d, 26)))
    .join('')}x`;

/** A small bound, so the test meets it quickly; the default is MAX_SHARED_TERMS. */
const MAX_SHARED_TERMS = 5_000;

describe('the summarizer’s shared term dictionary', () => {
  it('never holds more than MAX_SHARED_TERMS terms however many new words it meets', () => {
    let n = 0;
    let largest = 0;
    while (n < MAX_SHARED_TERMS * 1.3) {
      const sentences = Array.from({ length: 5 }, () =>
        Array.from({ length: 50 }, () => word(n++)).join(' '),
      );
      const graph = buildSentenceGraph(sentences, undefined, MAX_SHARED_TERMS);
      expect(graph).toBeDefined();
      largest = Math.max(largest, sharedTermCount());
    }
    expect(largest).toBeGreaterThan(MAX_SHARED_TERMS * 0.9);
    expect(largest).toBeLessThanOrEqual(MAX_SHARED_TERMS + 250);
    expect(sharedTermCount()).toBeLessThan(MAX_SHARED_TERMS * 0.5);
  });

  it('gives the same graphs after a fresh start, and old graphs keep working', () => {
    const sentences = ['The tunnel reopened on Monday.', 'Tolls on the tunnel stay suspended.'];
    const before = buildSentenceGraph(sentences, undefined, MAX_SHARED_TERMS);
    const title = 'Harbour tunnel reopens';
    const beforeTitle = Array.from(before.similarityTo(title));
    let n = 10_000_000;
    while (sharedTermCount() <= MAX_SHARED_TERMS)
      buildSentenceGraph(
        [Array.from({ length: 1000 }, () => word(n++)).join(' ')],
        undefined,
        MAX_SHARED_TERMS,
      );
    const after = buildSentenceGraph(sentences, undefined, MAX_SHARED_TERMS);
    expect(sharedTermCount()).toBeLessThan(100);
    expect(Array.from(after.similarity)).toEqual(Array.from(before.similarity));
    expect(Array.from(after.similarityTo(title))).toEqual(beforeTitle);
    expect(Array.from(before.similarityTo(title))).toEqual(beforeTitle);
    expect(beforeTitle.some((value) => value > 0)).toBe(true);
  });
});
