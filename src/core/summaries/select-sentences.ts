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

/**
 * The selection's scratch arrays, one set reused by every summary (a list has at most
 * WINDOW_SENTENCES sentences): whether two sentences repeat each other (0 not known yet, 1 no,
 * 2 yes), which are picked, and which lean on their predecessor.
 */
const REPEAT_KNOWN = new Uint8Array(WINDOW_SENTENCES * WINDOW_SENTENCES);
const PICKED = new Uint8Array(WINDOW_SENTENCES);
const LEANS = new Uint8Array(WINDOW_SENTENCES);

/** How much a candidate's similarity to already picked sentences counts against it (MMR). */
const REDUNDANCY_WEIGHT = 0.3;

/**
 * What going over the word budget costs a sentence, per sentence's share of the budget it
 * overshoots, in units of the best sentence's score (see `length` below).
 */
export const LENGTH_WEIGHT = 0.2;

/**
 * Picks `count` sentences (fewer only when the candidates run out) by the ranker's scores and
 * returns their indices in text order:
 *
 * - maximal marginal relevance: a candidate loses a share of its TF-IDF similarity to what is
 *   already picked;
 * - never a sentence twice: an exact or near repeat of a picked sentence is never picked, even
 *   when nothing else is left;
 * - coherence: a sentence that leans on the one before it (a pronoun or connective opening, see
 *   coherence.ts) is a candidate only once that predecessor is picked, on its own merit; until
 *   then it is passed over for the next best. (Bringing a weak predecessor in with a strong
 *   leaning sentence spent the summary's sentences on it: see README, Summaries.) A predecessor
 *   that can never be picked (a repeat) keeps the sentence out.
 * - length: the count is exact (fewer only when the candidates run out), but a word budget steers
 *   which sentences fill it: a sentence that takes the summary past its share of the budget so far
 *   (`maxWords / count` per sentence picked) loses `lengthWeight` per share it overshoots. So
 *   among near-best candidates the one that keeps the summary near the budget wins, and a long
 *   sentence is taken only when nothing that fits is nearly as good (see README, Summaries: ROUGE
 *   F1 on CNN stories rose with it).
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
  const wordCounts = maxWords < Infinity ? wordCountsOf(sentences) : undefined;
  const share = maxWords / Math.max(1, count);
  let words = 0;
  const picked: number[] = [];
  const isPicked = PICKED.fill(0, 0, size);
  // Typed scratch arrays, shared by every summary, instead of arrays per candidate: a summary is
  // made on a request's path, and its garbage is what makes its p99 (see README).
  const repeatKnown = REPEAT_KNOWN.fill(0, 0, size * size);
  const leans = LEANS;
  for (let i = 0; i < size; i++) leans[i] = i > 0 && needsPredecessor(sentences[i] ?? '') ? 1 : 0;

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
  /** Whether sentence i repeats a picked one. */
  const repeatsAny = (i: number) => {
    for (const j of picked) if (repeat(i, j)) return true;
    return false;
  };
  /** MMR value of sentence i given what is picked, less what it costs of the word budget. */
  const value = (i: number) => {
    let redundancy = 0;
    for (const j of picked) redundancy = Math.max(redundancy, similarity[i * size + j] ?? 0);
    let result = (scores[i] ?? 0) / top - REDUNDANCY_WEIGHT * redundancy;
    if (wordCounts) {
      const over = words + (wordCounts[i] ?? 0) - share * (picked.length + 1);
      if (over > 0) result -= (lengthWeight * over) / share;
    }
    return result;
  };

  while (picked.length < count) {
    let best = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < sentences.length; i++) {
      if (isPicked[i] || !Number.isFinite(scores[i] ?? -Infinity)) continue;
      // A leaning sentence waits for its predecessor (the first sentence leans on nothing).
      if (leans[i] && !isPicked[i - 1]) continue;
      if (repeatsAny(i)) continue;
      const candidate = value(i);
      if (candidate > bestValue) {
        bestValue = candidate;
        best = i;
      }
    }
    if (best < 0) break;
    picked.push(best);
    isPicked[best] = 1;
    words += wordCounts?.[best] ?? 0;
  }
  return picked.sort((a, b) => a - b);
}
