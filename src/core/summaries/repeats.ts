import type { SentenceGraph } from './sentence-graph.js';

/**
 * When two sentences of one article say the same thing, so that a summary shows only one of them:
 * their TF-IDF vectors are this similar (the same content words, reordered or slightly reworded),
 * or most of the shorter one's content terms are the longer one's (a repeat with a phrase added).
 * Sentences without content terms (only stop words) repeat when their words are the same.
 */
export const REPEAT_SIMILARITY = 0.6;
export const REPEAT_TERM_SHARE = 0.8;

/** Whether sentences i and j of `sentences` (whose graph is `graph`) say the same thing. */
export function isRepeat(
  sentences: readonly string[],
  graph: SentenceGraph,
  i: number,
  j: number,
): boolean {
  const { size, similarity } = graph;
  if ((similarity[i * size + j] ?? 0) >= REPEAT_SIMILARITY) return true;
  if (graph.termCount(i) === 0 || graph.termCount(j) === 0)
    return sameWords(sentences[i] ?? '', sentences[j] ?? '');
  return graph.sharedTermShare(i, j) >= REPEAT_TERM_SHARE;
}

const NOT_WORD = /[^\p{L}\p{N}]+/gu;
/** Same words in the same order, whatever the case and punctuation. */
function sameWords(a: string, b: string): boolean {
  return (
    a.toLowerCase().replace(NOT_WORD, ' ').trim() === b.toLowerCase().replace(NOT_WORD, ' ').trim()
  );
}
