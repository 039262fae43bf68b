import { seedArticle } from '../../support/builders.js';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/articles/article.js';
import {
  createExtractiveSummarizer,
  WORDS_PER_SENTENCE,
} from '../../../src/core/summaries/extractive-summarizer.js';
import { isFurniture } from '../../../src/core/summaries/furniture.js';
import { selectSentences } from '../../../src/core/summaries/select-sentences.js';

const seed = seedArticle();

describe('extractive summarizer', () => {
  const summarizer = createExtractiveSummarizer();

  it('returns the requested number of the article’s own sentences, in article order, each with its source', async () => {
    const summary = await summarizer.summarize(seed, 3);
    expect(summary.method).toBe('extractive');
    expect(summary.sentences).toHaveLength(3);
    const allText = seed.paragraphs.map((p) => p.text).join(' ');
    for (const sentence of summary.sentences) {
      expect(allText).toContain(sentence.text);
      expect(sentence.source).toBe(seed.paragraphs[sentence.paragraph]?.source);
    }
    const order = summary.sentences.map((s) => allText.indexOf(s.text));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('never returns furniture or attribution markers', async () => {
    const summary = await summarizer.summarize(seed, 10);
    for (const sentence of summary.sentences)
      expect(sentence.text).not.toMatch(/Attribution|No time to read|Get a summary/);
  });

  it('gives the count asked for whatever the sentences’ length', async () => {
    const short = [
      'The harbour tunnel reopened on Monday morning.',
      'Repairs to its roof took nine weeks.',
      'Drivers had used the old coast road instead.',
      'Tolls stay suspended until the end of May.',
      'The council will review the contractor in June.',
    ];
    const long = short.map(
      (s) =>
        `${s.slice(0, -1)}, according to a statement the city council published late on Sunday evening after its meeting.`,
    );
    for (const text of [short, long])
      for (const count of [1, 3, 5]) {
        const summary = await summarizer.summarize(
          { ...seed, paragraphs: [{ text: text.join(' ') }] },
          count,
        );
        expect(summary.sentences).toHaveLength(count);
      }
  });

  it('lets the word budget choose among near-best sentences, not how many', () => {
    const sentences = [
      'The harbour tunnel reopened to traffic on Monday morning after repairs.',
      'Engineers replaced forty ventilation fans, rewired the emergency lighting along both bores, resurfaced the southbound carriageway, repainted the walls and installed new control software that the operators had been asking the city to buy for more than a decade.',
      'Ferry fares stay frozen for commuters until the end of May.',
    ];
    const rankedAs = (scores: number[]) => () => scores;
    const budget = 2 * WORDS_PER_SENTENCE;
    // Nearly as good and within the budget: the short one.
    expect(selectSentences({ sentences }, 2, rankedAs([1, 0.95, 0.9]), budget)).toEqual([0, 2]);
    // Without a budget, the better one.
    expect(selectSentences({ sentences }, 2, rankedAs([1, 0.95, 0.9]))).toEqual([0, 1]);
    // Far better: the long one despite the budget.
    expect(selectSentences({ sentences }, 2, rankedAs([1, 0.95, 0.3]), budget)).toEqual([0, 1]);
    // Always the count asked for.
    expect(selectSentences({ sentences }, 3, rankedAs([1, 0.95, 0.9]), 3)).toEqual([0, 1, 2]);
  });

  it('returns fewer sentences when the article has fewer', async () => {
    const tiny: Article = {
      ...seed,
      paragraphs: [{ text: 'Only one sentence is here in this tiny article.' }],
    };
    expect((await summarizer.summarize(tiny, 3)).sentences).toHaveLength(1);
  });
});

describe('selectSentences', () => {
  it('skips a near-duplicate of a sentence already picked', () => {
    const sentences = [
      'The council approved the new flood defence budget on Monday evening.',
      'On Monday evening the council approved the new budget for flood defences.',
      'Work on the river walls will start in the spring and last two years.',
    ];
    expect(selectSentences({ sentences }, 2)).toEqual([0, 2]);
  });

  it('recognises boilerplate lines', () => {
    expect(isFurniture('Click here to read more.')).toBe(true);
    expect(isFurniture('The click of a button started it.')).toBe(false);
  });
});
