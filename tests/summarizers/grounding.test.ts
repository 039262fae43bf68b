import { describe, expect, it } from 'vitest';
import type { ArticleSentence } from '../../src/core/articles/sentences-of.js';
import { groundSentence } from '../../src/summarizers/grounding.js';

const article: ArticleSentence[] = [
  {
    text: 'The harbour tunnel reopened on Monday after a 14-month repair.',
    paragraph: 0,
    source: 'Transport Authority',
  },
  {
    text: 'Commuters saved up to 30 minutes on the first morning.',
    paragraph: 1,
    source: 'Harbour Courier',
  },
  { text: 'The repair cost 6,400,000 euros.', paragraph: 2 },
];

describe('groundSentence', () => {
  it('accepts a paraphrase and names every paragraph it draws on, the best first', () => {
    const result = groundSentence(
      'The tunnel reopened Monday, saving commuters up to 30 minutes.',
      article,
      0.7,
    );
    expect(result).toMatchObject({
      ok: true,
      sentence: { paragraph: 1, source: 'Harbour Courier', paragraphs: [1, 0] },
    });
  });

  it('accepts numbers written with or without thousands separators', () => {
    expect(groundSentence('The repair cost 6400000 euros.', article, 0.7).ok).toBe(true);
  });

  it('rejects a number the article does not have', () => {
    const result = groundSentence(
      'The harbour tunnel reopened after a 15-month repair.',
      article,
      0.7,
    );
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/number 15/) });
  });

  it('rejects a sentence whose words are mostly not in the article', () => {
    const result = groundSentence(
      'Protesters blocked the bridge demanding lower fares.',
      article,
      0.7,
    );
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/only \d+%/) });
  });
});
