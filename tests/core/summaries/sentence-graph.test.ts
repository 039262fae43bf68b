import { describe, expect, it } from 'vitest';
import {
  buildSentenceGraph,
  lexRank,
  sentenceGraphOf,
} from '../../../src/core/summaries/sentence-graph.js';

const story = [
  'The city council approved the new bridge over the river on Monday.',
  'The bridge will cost the city 40 million dollars.',
  'Council members said the river crossing was overdue.',
  'Work on the bridge starts in the spring.',
];
const other = [
  'A storm closed schools across the region.',
  'Schools will reopen when the storm passes.',
  'Forecasters expect the storm to weaken overnight.',
];
const snapshot = (sentences: readonly string[], title: string) => {
  const graph = buildSentenceGraph(sentences);
  return {
    similarity: Array.from(graph.similarity),
    title: Array.from(graph.similarityTo(title)),
    ranks: Array.from(lexRank(graph)),
    shared: graph.sharedTermShare(0, 1),
  };
};

describe('sentence graphs', () => {
  it('stay what they were when other graphs are built after them (reused working room)', () => {
    const alone = snapshot(story, 'Council approves river bridge');
    const first = buildSentenceGraph(story);
    const second = buildSentenceGraph(other);
    second.similarityTo('Storm closes schools');
    lexRank(second);
    expect(Array.from(first.similarity)).toEqual(alone.similarity);
    expect(Array.from(first.similarityTo('Council approves river bridge'))).toEqual(alone.title);
    expect(Array.from(lexRank(first))).toEqual(alone.ranks);
    expect(first.sharedTermShare(0, 1)).toBe(alone.shared);
    expect(alone.title[0]).toBeGreaterThan(0);
    expect(alone.similarity[1]).toBeGreaterThan(0);
  });

  it('are built once per list while it is the last one asked about, and for each list', () => {
    const a = sentenceGraphOf(story);
    expect(sentenceGraphOf(story)).toBe(a);
    const b = sentenceGraphOf(other);
    expect(b.size).toBe(other.length);
    expect(sentenceGraphOf(story).size).toBe(story.length);
  });
});
