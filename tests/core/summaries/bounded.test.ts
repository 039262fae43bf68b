import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES } from '../../../src/article-files/read-article-file.js';
import { articleFromText } from '../../../src/batch/article-from-text.js';
import type { Article } from '../../../src/core/articles/article.js';
import {
  summaryCandidates,
  WINDOW_CHARACTERS,
  WINDOW_SENTENCES,
} from '../../../src/core/summaries/candidate-window.js';
import { pickSentences } from '../../../src/core/summaries/extractive-summarizer.js';
import { selectSentences } from '../../../src/core/summaries/select-sentences.js';

/** An article of these paragraphs (as `npm run summarize` builds one). */
const article = (paragraphs: string[]): Article =>
  articleFromText('big', paragraphs.join('\n\n'), 'Harbour tunnel reopens');

const words = 'harbour tunnel river council bridge ferry engineers repairs drivers city'.split(' ');
/** A sentence of `n` words, different for each seed. */
const sentence = (seed: number, n = 14) =>
  `${Array.from({ length: n }, (_, k) => `${words[(seed * 7 + k * 3) % words.length] ?? ''}${(seed * 31 + k) % 97}`).join(' ')}.`.replace(
    /^./,
    (c) => c.toUpperCase(),
  );

describe('summaries of any size', () => {
  it('summarises a 1 MiB article from its first sentences only', () => {
    const paragraphs: string[] = [];
    let bytes = 0;
    for (let p = 0; bytes < MAX_ARTICLE_BYTES - 2000; p++) {
      const text = Array.from({ length: 6 }, (_, s) => sentence(p * 6 + s)).join(' ');
      paragraphs.push(text);
      bytes += text.length + 2;
    }
    const big = article(paragraphs);
    const candidates = summaryCandidates(big);
    expect(candidates.length).toBeLessThanOrEqual(WINDOW_SENTENCES);
    expect(candidates.length).toBeGreaterThan(10);
    const segmented = candidates.reduce((sum, c) => sum + c.text.length, 0);
    expect(segmented).toBeLessThanOrEqual(WINDOW_CHARACTERS);
    const picked = pickSentences(big, 10);
    expect(picked).toHaveLength(10);
    for (const s of picked)
      expect(s.paragraph).toBeLessThanOrEqual(candidates.at(-1)?.paragraph ?? 0);
  });

  it('summarises one paragraph of 100,000 sentences, repeats among them', () => {
    const text = Array.from({ length: 100_000 }, (_, i) =>
      i % 3 === 0 ? 'The tunnel reopened.' : sentence(i % 50, 9),
    ).join(' ');
    const picked = pickSentences(article([text]), 5).map((s) => s.text);
    expect(picked).toHaveLength(5);
    expect(new Set(picked).size).toBe(5);
    expect(picked.filter((s) => s === 'The tunnel reopened.').length).toBeLessThanOrEqual(1);
  });

  it('gives no summary, and no failure, for a megabyte without a sentence end', () => {
    const blob = 'word '.repeat(MAX_ARTICLE_BYTES / 5 - 10);
    expect(pickSentences(article([blob]), 3)).toEqual([]);
  });

  it('reads the story in the paragraph after a megabyte without a sentence end', () => {
    const blob = 'word '.repeat(MAX_ARTICLE_BYTES / 5 - 100);
    const story = 'The tunnel reopened on Tuesday after nine weeks of repairs.';
    expect(pickSentences(article([`${blob}.`, story]), 3).map((s) => s.text)).toEqual([story]);
  });

  it('never quotes an overlong run, and summarises what follows it within the window', () => {
    const run = `${'and then more '.repeat(150)}end.`;
    const picked = pickSentences(
      article([`${run} The tunnel reopened on Tuesday after long repairs.`]),
      3,
    );
    expect(picked.map((s) => s.text)).toEqual([
      'The tunnel reopened on Tuesday after long repairs.',
    ]);
  });

  it('reads past a first paragraph that is one run over the window (13,000 characters, no full stop)', () => {
    const run = 'and then more of the same '.repeat(500);
    expect(run.length).toBeGreaterThan(WINDOW_CHARACTERS);
    const later = [
      'The harbour tunnel reopened on Tuesday after nine weeks of repairs.',
      'Tolls stay suspended until the end of May, the council said.',
    ];
    const picked = pickSentences(article([run, ...later]), 3).map((s) => s.text);
    expect(picked.length).toBeGreaterThan(0);
    for (const text of picked) expect(later).toContain(text);
    // The same run at the start of the paragraph that holds the story.
    const inline = pickSentences(article([`${run}. ${later.join(' ')}`]), 3).map((s) => s.text);
    expect(inline.length).toBeGreaterThan(0);
    for (const text of inline) expect(later).toContain(text);
  });

  it('takes the whole sentences of a first paragraph longer than the window', () => {
    const long = Array.from({ length: 300 }, (_, i) => sentence(i)).join(' ');
    expect(long.length).toBeGreaterThan(WINDOW_CHARACTERS);
    const candidates = summaryCandidates(article([long, 'The tunnel reopened on Tuesday.']));
    expect(candidates.length).toBeGreaterThan(10);
    for (const c of candidates) expect(long).toContain(c.text);
  });

  it('ranks at most the first WINDOW_SENTENCES sentences of any list it is given', () => {
    const sentences = Array.from({ length: 5000 }, (_, i) => sentence(i));
    const picked = selectSentences({ sentences }, 10);
    expect(picked).toHaveLength(10);
    expect(Math.max(...picked)).toBeLessThan(WINDOW_SENTENCES);
  });
});
