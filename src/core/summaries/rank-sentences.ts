import { contentTerms, words } from '../text/terms.js';

/** What a ranker sees: the sentences of one text, in order, and its title if it has one. */
export interface RankInput {
  readonly title?: string | undefined;
  readonly sentences: readonly string[];
}

/** Scores every sentence (higher is more summary-worthy); -Infinity means "never pick". */
export type SentenceRanker = (input: RankInput) => number[];

const BOILERPLATE =
  /^(no time to read\??|get a summary|click here|read more|read the full|sign up|subscribe|follow us|share this|advertisement|related:|photos?:|image:|video:|watch:|copyright|all rights reserved)/i;

/** True for sentences that are page furniture rather than news. */
export function isBoilerplate(sentence: string): boolean {
  return BOILERPLATE.test(sentence.trim());
}

/**
 * The default ranker: a lead-position prior (news puts the story first), centrality (similarity
 * to the whole text), overlap with the title, and a preference for full-length sentences.
 */
export const rankSentences: SentenceRanker = ({ title, sentences }) => {
  const termLists = sentences.map((s) => contentTerms(s));
  const documentFrequency = new Map<string, number>();
  for (const terms of termLists) {
    for (const term of new Set(terms))
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const titleTerms = new Set(title ? contentTerms(title) : []);
  const n = sentences.length;
  return sentences.map((sentence, i) => {
    if (isBoilerplate(sentence)) return -Infinity;
    const terms = termLists[i] ?? [];
    const wordCount = words(sentence).length;
    if (wordCount < 4) return -Infinity;
    let centrality = 0;
    for (const term of new Set(terms))
      centrality += ((documentFrequency.get(term) ?? 1) - 1) / Math.max(1, n - 1);
    centrality /= Math.sqrt(Math.max(1, terms.length));
    let titleHits = 0;
    for (const term of new Set(terms)) if (titleTerms.has(term)) titleHits++;
    const titleOverlap = titleTerms.size > 0 ? titleHits / titleTerms.size : 0;
    const position = 1 / (1 + 0.35 * i);
    const length = wordCount < 8 ? 0.5 : wordCount > 50 ? 0.8 : 1;
    return (1.2 * position + 1.0 * centrality + 0.6 * titleOverlap) * length;
  });
};
