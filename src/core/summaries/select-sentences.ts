import { rankSentences, type RankInput, type SentenceRanker } from './rank-sentences.js';
import { sentenceGraphOf } from './sentence-graph.js';

/** How much a candidate's similarity to already picked sentences counts against it (MMR). */
const REDUNDANCY_WEIGHT = 0.3;
/** A candidate this similar to a picked sentence says the same thing again: never picked. */
const DUPLICATE_SIMILARITY = 0.6;

/**
 * Picks up to `count` sentences by the ranker's scores, skipping near-repeats of what is already
 * picked (maximal marginal relevance over TF-IDF cosine similarity), and returns their indices
 * in text order.
 */
export function selectSentences(
  input: RankInput,
  count: number,
  ranker: SentenceRanker = rankSentences,
): number[] {
  const scores = ranker(input);
  const candidates = scores
    .map((score, index) => ({ score, index }))
    .filter(({ score }) => Number.isFinite(score));
  if (candidates.length === 0) return [];
  const top = Math.max(...candidates.map((c) => c.score), 1e-9);
  const { size, similarity } = sentenceGraphOf(input.sentences);
  const picked: number[] = [];
  while (picked.length < count && candidates.length > 0) {
    let bestPosition = 0;
    let bestValue = -Infinity;
    candidates.forEach(({ score, index }, position) => {
      let redundancy = 0;
      for (const other of picked)
        redundancy = Math.max(redundancy, similarity[index * size + other] ?? 0);
      const value =
        redundancy >= DUPLICATE_SIMILARITY
          ? -1e9 + score
          : score / top - REDUNDANCY_WEIGHT * redundancy;
      if (value > bestValue) {
        bestValue = value;
        bestPosition = position;
      }
    });
    const [best] = candidates.splice(bestPosition, 1);
    if (best) picked.push(best.index);
  }
  return picked.sort((a, b) => a - b);
}
