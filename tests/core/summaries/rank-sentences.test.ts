import { describe, expect, it } from 'vitest';
import { selectSentences } from '../../../src/core/summaries/select-sentences.js';
import type { Article } from '../../../src/core/articles/article.js';
import { pickSentences } from '../../../src/core/summaries/extractive-summarizer.js';
import { createNewsRanker, rankSentences } from '../../../src/core/summaries/rank-sentences.js';
import { buildSentenceGraph, lexRank } from '../../../src/core/summaries/sentence-graph.js';

const story = [
  'The river authority closed the old harbour bridge on Monday after engineers found cracks.',
  'Engineers said the cracks in the harbour bridge had grown over the winter months.',
  'A bakery near the station sold out of bread before noon.',
  'The authority expects the harbour bridge to stay closed while engineers repair the cracks.',
  'Tickets for the summer concert series go on sale next week.',
];

function article(paragraphs: { text: string; source?: string }[], title = ''): Article {
  return {
    id: 'a',
    title,
    tags: [],
    publishedAt: new Date(0),
    origin: { kind: 'file', path: 'a.txt' },
    paragraphs,
    related: [],
  };
}

describe('sentence graph and LexRank', () => {
  it('gives related sentences a positive similarity and unrelated ones none', () => {
    const graph = buildSentenceGraph(story);
    expect(graph.similarity[0 * 5 + 1]).toBeGreaterThan(0.1);
    expect(graph.similarity[0 * 5 + 2]).toBe(0);
    expect(graph.similarity[0]).toBe(0);
  });

  it('ranks the sentences that share the story’s words as the most central', () => {
    const centrality = lexRank(buildSentenceGraph(story));
    expect(Math.max(...centrality)).toBeCloseTo(1, 10);
    for (const central of [0, 1, 3])
      for (const aside of [2, 4])
        expect(centrality[central]).toBeGreaterThan(centrality[aside] ?? 1);
  });
});

describe('news ranker', () => {
  it('prefers a central sentence to an earlier aside', () => {
    const scores = rankSentences({ sentences: story });
    expect(scores[3]).toBeGreaterThan(scores[2] ?? Infinity);
  });

  it('prefers the earlier of two equally central sentences', () => {
    const twins = [
      'Voters in the county chose a new mayor on Sunday evening.',
      'Voters in the county chose a new mayor on Sunday evening.',
    ];
    const [first = 0, second = 0] = rankSentences({ sentences: twins });
    expect(first).toBeGreaterThan(second);
  });

  it('lifts sentences that share words with the title', () => {
    const sentences = [
      'The council met for three hours on Tuesday night.',
      'Members argued about parking fees and the budget.',
      'A new library will open in the old post office next spring.',
    ];
    const without = rankSentences({ sentences });
    const withTitle = rankSentences({ sentences, title: 'Library to open in old post office' });
    expect((withTitle[2] ?? 0) - (without[2] ?? 0)).toBeGreaterThan(0.1);
  });

  it('ranks a fragment below every full sentence, so it is picked only when there are too few', () => {
    const scores = rankSentences({ sentences: ['Twice.', ...story] });
    const fragment = scores[0] ?? Infinity;
    expect(fragment).toBeGreaterThan(0);
    for (const full of scores.slice(1)) expect(fragment).toBeLessThan(full / 1000);
    expect(selectSentences({ sentences: ['Twice.', ...story] }, 2)).not.toContain(0);
    expect(selectSentences({ sentences: ['Twice.', ...story.slice(0, 1)] }, 2)).toEqual([0, 1]);
    expect(Number.isFinite(rankSentences({ sentences: ['It rained today.'] })[0])).toBe(true);
  });

  it('halves the score of a question: a summary states facts', () => {
    const sentences = [
      ...story.slice(0, 2),
      'So what will the river authority do about the harbour bridge cracks?',
    ];
    const asked = rankSentences({ sentences })[2] ?? 0;
    const plain = createNewsRanker({ questionFactor: 1 })({ sentences })[2] ?? 0;
    expect(asked).toBeCloseTo(plain / 2, 10);
  });

  it('counts a sentence inside a quotation that runs over several sentences as a quote', () => {
    const sentences = [
      'The mayor opened the harbour bridge on Friday morning.',
      '“We waited two years for this bridge.',
      'The harbour bridge is open again for every driver.',
      'Nobody will have to take the ferry now,” she said.',
      'The harbour bridge is open again for every driver.',
    ];
    const plain = createNewsRanker({ quoteFactor: 1 })({ sentences });
    const quoted = createNewsRanker({ quoteFactor: 0.5 })({ sentences });
    // 1 to 3 are the mayor's words (2 has no mark of its own); 4 is the narrator's.
    for (const i of [1, 2, 3]) expect(quoted[i]).toBeCloseTo((plain[i] ?? 0) * 0.5, 10);
    for (const i of [0, 4]) expect(quoted[i]).toBeCloseTo(plain[i] ?? 0, 10);
  });

  it('follows its weights: without centrality and with a steep position prior it is Lead-3', () => {
    // No lead bonus either: scores are compared as shares of the best one, and a large bonus for
    // the first sentence would shrink the others' differences below what redundancy takes off.
    const lead = createNewsRanker({
      centrality: 0,
      positionDecay: 10,
      leadBonus: 0,
      title: 0,
      lengthPower: 0,
    });
    const picked = pickSentences(article([{ text: story.join(' ') }]), 3, lead);
    expect(picked.map((s) => s.text)).toEqual(story.slice(0, 3));
  });
});

describe('pickSentences', () => {
  it('cuts datelines, skips furniture and keeps each sentence’s paragraph and source', () => {
    const picked = pickSentences(
      article([
        {
          text: `Port Elm (CNN) -- ${story[0] ?? ''} ${story[1] ?? ''}`,
          source: 'Harbour Authority',
        },
        { text: 'Click here for live updates on the harbour bridge cracks and the engineers.' },
        { text: `${story[3] ?? ''} ${story[2] ?? ''}`, source: 'City Hall' },
        { text: "Port Elm Times' Ana Lima contributed to this report." },
      ]),
      3,
    );
    expect(picked.map((s) => s.text)).toEqual([story[0], story[1], story[3]]);
    expect(picked.map((s) => [s.paragraph, s.source])).toEqual([
      [0, 'Harbour Authority'],
      [0, 'Harbour Authority'],
      [2, 'City Hall'],
    ]);
  });
});
