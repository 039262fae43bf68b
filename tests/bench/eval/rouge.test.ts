import { describe, expect, it } from 'vitest';
import { rougeTokens, scoreSummary } from '../../../bench/eval/rouge.js';

// Expected values were computed by hand and agree with Google's rouge-score
// (RougeScorer(['rouge1', 'rouge2', 'rougeLsum'], use_stemmer=True)).
describe('rougeTokens', () => {
  it('lower-cases, splits on everything but a-z0-9 and stems only words longer than 3 letters', () => {
    expect(rougeTokens("The quick-brown fox's jumps! 20-year-old")).toEqual([
      'the',
      'quick',
      'brown',
      'fox',
      's',
      'jump',
      '20',
      'year',
      'old',
    ]);
  });

  it('uses NLTK’s Porter variant ("days" → "day", not "dai")', () => {
    expect(rougeTokens('Sunny days')).toEqual(['sunni', 'day']);
  });
});

describe('scoreSummary', () => {
  const reference = 'the cat sat on the mat\na dog barked';
  const candidate = 'the cat lay on the mat\nthe dog barked loudly';

  it('scores ROUGE-1 with clipped unigram counts', () => {
    const { rouge1 } = scoreSummary(reference, candidate);
    expect(rouge1.precision).toBeCloseTo(7 / 10, 10);
    expect(rouge1.recall).toBeCloseTo(7 / 9, 10);
    expect(rouge1.f1).toBeCloseTo(0.7368421052631577, 10);
  });

  it('scores ROUGE-2 over bigrams that cross sentence lines', () => {
    const { rouge2 } = scoreSummary(reference, candidate);
    expect(rouge2.precision).toBeCloseTo(4 / 9, 10);
    expect(rouge2.recall).toBeCloseTo(4 / 8, 10);
    expect(rouge2.f1).toBeCloseTo(0.47058823529411764, 10);
  });

  it('scores ROUGE-Lsum as the union LCS per reference line, each token counted once', () => {
    const { rougeLsum } = scoreSummary(reference, candidate);
    expect(rougeLsum.precision).toBeCloseTo(7 / 10, 10);
    expect(rougeLsum.recall).toBeCloseTo(7 / 9, 10);
  });

  it('differs from ROUGE-L over the whole text when the order of lines differs', () => {
    const swapped = scoreSummary(
      'alpha beta gamma\ndelta epsilon',
      'delta epsilon\nalpha beta gamma',
    );
    expect(swapped.rougeLsum.f1).toBe(1);
    expect(swapped.rouge2.recall).toBeCloseTo(3 / 4, 10);
  });

  it('stems before matching, so inflections count as hits', () => {
    expect(scoreSummary('Sunny days ahead.', 'A sunny day.').rouge1.f1).toBeCloseTo(2 / 3, 10);
  });

  it('gives zeros, not NaN, for an empty candidate', () => {
    expect(scoreSummary('something happened', '')).toEqual({
      rouge1: { precision: 0, recall: 0, f1: 0 },
      rouge2: { precision: 0, recall: 0, f1: 0 },
      rougeLsum: { precision: 0, recall: 0, f1: 0 },
    });
  });
});
