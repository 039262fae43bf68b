import { needsPredecessor } from './coherence.js';
import {
  rankSentences,
  type RankInput,
  type SentenceRanker,
  wordCountsOf,
} from './rank-sentences.js';
import { sentenceGraphOf } from './sentence-graph.js';
import { isRepeat } from './repeats.js';
import { WINDOW_SENTENCES } from './candidate-window.js';

/** How much a candidate's similarity to already picked sentences counts against it (MMR). */
const REDUNDANCY_WEIGHT = 0.3;

/**
 * What going over the word budget costs a unit, per sentence's share of the budget it overshoots,
 * in units of the best sentence's score (see `length` below).
 */
export const LENGTH_WEIGHT = 0.175;

/**
 * Picks `count` sentences (fewer only when the candidates run out) by the ranker's scores and returns their indices in text order:
 *
 * - maximal marginal relevance: a candidate loses a share of its TF-IDF similarity to what is
 *   already picked;
 * - never a sentence twice: an exact or near repeat of a picked sentence is never picked, even
 *   when nothing else is left;
 * - coherence: a sentence that leans on the one before it (a pronoun or connective opening, see
 *   coherence.ts) comes with that predecessor (and the predecessor's, if it leans too) when the
 *   budget has room, and is passed over when it has not. The unit is worth its best member (a
 *   strong sentence often follows a strong one: the lead and what it says next).
 *
 * - length: the count is exact (fewer only when the candidates run out), but a word budget steers
 *   which sentences fill it: a unit that takes the summary past its share of the budget so far
 *   (`maxWords / count` per sentence picked) loses `lengthWeight` per share it overshoots. So among
 *   near-best candidates the one that keeps the summary near the budget wins, and a long sentence
 *   is taken only when nothing that fits is nearly as good (see README, Summaries: ROUGE F1 on
 *   CNN stories rose with it).
 *
 * Only the first WINDOW_SENTENCES sentences are considered, so the cost is bounded for any input.
 */
export function selectSentences(
  input: RankInput,
  count: number,
  ranker: SentenceRanker = rankSentences,
  maxWords = Infinity,
  lengthWeight = LENGTH_WEIGHT,
): number[] {
  const bounded =
    input.sentences.length > WINDOW_SENTENCES
      ? { ...input, sentences: input.sentences.slice(0, WINDOW_SENTENCES) }
      : input;
  const { sentences } = bounded;
  const scores = ranker(bounded);
  let top = 1e-9;
  for (const score of scores) if (Number.isFinite(score)) top = Math.max(top, score);
  const graph = sentenceGraphOf(sentences);
  const { size, similarity } = graph;
  const leans = sentences.map((sentence, i) => i > 0 && needsPredecessor(sentence));
  const wordCounts = maxWords < Infinity ? wordCountsOf(sentences) : undefined;
  const share = maxWords / Math.max(1, count);
  let words = 0;
  const picked: number[] = [];
  const isPicked = new Uint8Array(sentences.length);
  // Typed scratch arrays instead of arrays per candidate: a summary is made on a request's path,
  // and the garbage of a few hundred small arrays per summary is what made its p99 (see README).
  const repeatKnown = new Uint8Array(size * size);
  /** A unit under consideration and the best so far, last sentence first. */
  let unit = new Int32Array(size);
  let best = new Int32Array(size);

  /** Whether sentences i and j say the same thing (exactly, or nearly: see repeats.ts), once. */
  const repeat = (i: number, j: number) => {
    const cell = i * size + j;
    let known = repeatKnown[cell] ?? 0;
    if (known === 0) {
      known = isRepeat(sentences, graph, i, j) ? 2 : 1;
      repeatKnown[cell] = known;
      repeatKnown[j * size + i] = known;
    }
    return known === 2;
  };
  /** Whether sentence i repeats a picked one or one of the first `inUnit` of the unit. */
  const repeatsAny = (i: number, inUnit: number) => {
    for (const j of picked) if (repeat(i, j)) return true;
    for (let k = 0; k < inUnit; k++) if (repeat(i, unit[k] ?? 0)) return true;
    return false;
  };
  /** MMR value of sentence i given what is picked. */
  const value = (i: number) => {
    let redundancy = 0;
    for (const j of picked) redundancy = Math.max(redundancy, similarity[i * size + j] ?? 0);
    return (scores[i] ?? 0) / top - REDUNDANCY_WEIGHT * redundancy;
  };
  /**
   * Fills `unit` with sentence i and the predecessors it needs that are not picked yet (last
   * first); returns their number, or 0 when they cannot be picked together.
   */
  const unitOf = (i: number): number => {
    unit[0] = i;
    let length = 1;
    for (let j = i; leans[j] && !isPicked[j - 1];) {
      j--;
      if (!Number.isFinite(scores[j] ?? -Infinity) || repeatsAny(j, length)) return 0;
      unit[length++] = j;
    }
    if (picked.length + length > count) return 0;
    return length;
  };
  /** What the first `length` of `unit` lose for taking the summary past its share of the budget. */
  const overshoot = (length: number): number => {
    if (!wordCounts) return 0;
    let added = 0;
    for (let k = 0; k < length; k++) added += wordCounts[unit[k] ?? 0] ?? 0;
    const over = words + added - share * (picked.length + length);
    return over > 0 ? (lengthWeight * over) / share : 0;
  };

  while (picked.length < count) {
    let bestLength = 0;
    let bestValue = -Infinity;
    for (let i = 0; i < sentences.length; i++) {
      if (isPicked[i] || !Number.isFinite(scores[i] ?? -Infinity) || repeatsAny(i, 0)) continue;
      const length = unitOf(i);
      if (length === 0) continue;
      let unitValue = -Infinity;
      for (let k = 0; k < length; k++) unitValue = Math.max(unitValue, value(unit[k] ?? 0));
      unitValue -= overshoot(length);
      if (unitValue > bestValue) {
        bestValue = unitValue;
        bestLength = length;
        [best, unit] = [unit, best];
      }
    }
    if (bestLength === 0) break;
    for (let k = 0; k < bestLength; k++) {
      const i = best[k] ?? 0;
      picked.push(i);
      isPicked[i] = 1;
      words += wordCounts?.[i] ?? 0;
    }
  }
  return picked.sort((a, b) => a - b);
}
