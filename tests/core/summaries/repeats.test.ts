import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../src/batch/article-from-text.js';
import type { Article } from '../../../src/core/articles/article.js';
import { createExtractiveSummarizer } from '../../../src/core/summaries/extractive-summarizer.js';
import { selectSentences } from '../../../src/core/summaries/select-sentences.js';

const lead = 'The harbour tunnel reopened on Tuesday after four months of repairs.';
const second = 'Engineers replaced the cracked concrete lining along the whole tunnel.';
const third = 'Drivers had used a ferry and a long detour through the hills.';

/** An article of these paragraphs (as `npm run summarize` builds one). */
const article = (paragraphs: string[]): Article =>
  articleFromText('repeats', paragraphs.join('\n\n'), 'Harbour tunnel reopens');

/** Lower-cased words, punctuation dropped: how a reader sees two sentences as the same. */
const plain = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

describe('no sentence twice', () => {
  const summarizer = createExtractiveSummarizer();

  it('shows a sentence repeated three times once, even when more sentences are asked for', async () => {
    const repeated = article([`${lead} ${lead}`, `${second} ${lead}`, third]);
    for (const count of [1, 2, 3, 5, 10]) {
      const texts = (await summarizer.summarize(repeated, count)).sentences.map((s) => s.text);
      expect(texts.filter((t) => t === lead)).toHaveLength(1);
      expect(new Set(texts.map(plain)).size).toBe(texts.length);
    }
    const all = (await summarizer.summarize(repeated, 10)).sentences.map((s) => s.text);
    expect(all).toEqual([lead, second, third]);
  });

  it.each([
    ['in other case and punctuation', lead.toUpperCase().replace('.', '!')],
    ['with a phrase added', lead.replace('.', ', the city said.')],
    ['reordered', 'After four months of repairs, the harbour tunnel reopened on Tuesday.'],
    ['after a dateline', `PORT ELM (CNN) -- ${lead}`],
  ])('never picks a near repeat %s', (_, repeat) => {
    const sentences = [lead, second, repeat, third];
    for (const count of [2, 3, 4]) {
      const picked = selectSentences({ sentences }, count);
      expect(picked.filter((i) => i === 0 || i === 2).length).toBeLessThanOrEqual(1);
    }
    expect(selectSentences({ sentences }, 4)).toHaveLength(3);
  });

  it('treats sentences of stop words alone as repeats only when their words are the same', () => {
    const sentences = [
      'All is as it was.',
      lead,
      'All is as it was!',
      'Not all of them were there.',
    ];
    const picked = selectSentences({ sentences }, 4);
    expect(picked).toEqual([0, 1, 3]);
  });
});
