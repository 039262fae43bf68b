import { lexRank, sentenceGraphOf } from './sentence-graph.js';

/** What a ranker sees: the sentences of one text, in order, and its title if it has one. */
export interface RankInput {
  readonly title?: string | undefined;
  readonly sentences: readonly string[];
}

/** Scores every sentence (higher is more summary-worthy); -Infinity means "never pick". */
export type SentenceRanker = (input: RankInput) => number[];

/** The knobs of the news ranker. The defaults were tuned on CNN stories (see README, Summaries). */
export interface NewsRankerWeights {
  /** Position prior 1 / (1 + decay × index): news puts the story first. */
  readonly positionDecay: number;
  /** Extra prior for the first sentence (the lead). */
  readonly leadBonus: number;
  /** Weight of LexRank centrality (0..1, the most central sentence is 1). */
  readonly centrality: number;
  /** Weight of TF-IDF cosine similarity to the title (0..1). */
  readonly title: number;
  /** Scores are divided by words^lengthPower: dense, shorter sentences say more per word. */
  readonly lengthPower: number;
  /** Sentences shorter than this many words are fragments; picked only when nothing else is. */
  readonly minWords: number;
  /** Score factor for a question ("So what is the challenge about?"): a summary states facts. */
  readonly questionFactor: number;
  /**
   * Score factor for a sentence that quotes: one with quotation marks, or one inside a quotation
   * opened in an earlier sentence (a quote often runs over several sentences, and only its first
   * and last have a mark). A reader's summary reports what was said rather than quoting it
   * (CNN's highlights quote rarely).
   */
  readonly quoteFactor: number;
}

/**
 * The average of the 20 best settings of a small grid on 100 CNN stories (bench/summary-cv.ts;
 * averaging is steadier than the single best, which noise picks among near-equal settings).
 */
export const DEFAULT_NEWS_WEIGHTS: NewsRankerWeights = {
  positionDecay: 0.18,
  leadBonus: 0.85,
  centrality: 1.175,
  title: 0.5,
  lengthPower: 0.28,
  minWords: 8,
  questionFactor: 0.5,
  quoteFactor: 0.83,
};

/** Scales a fragment's score far below any full sentence's (scores are of order 0.1 to 3). */
const FRAGMENT_FACTOR = 1e-6;

/** Opening quotation marks at the start of a sentence (after spaces or brackets). */
const OPENS_QUOTE = /^[\s([]*["“„«]/;
/** Ends in a question mark, maybe inside quotes or brackets. */
const QUESTION = /\?["”’')\]]*$/;

/**
 * The news ranker: a lead-position prior plus LexRank centrality over TF-IDF cosine similarity,
 * plus similarity to the title, divided by a mild power of the sentence length.
 */
export function createNewsRanker(overrides: Partial<NewsRankerWeights> = {}): SentenceRanker {
  const w = { ...DEFAULT_NEWS_WEIGHTS, ...overrides };
  return ({ title, sentences }) => {
    const wordCounts = wordCountsOf(sentences);
    const hasFullSentences = wordCounts.some((count) => count >= w.minWords);
    const graph = sentenceGraphOf(sentences);
    const centrality = lexRank(graph);
    const titleSimilarity = title && w.title > 0 ? graph.similarityTo(title) : undefined;
    // A loop, not Array.from over the typed array: its iterator leaves an object per sentence.
    const scores: number[] = [];
    /** Whether a quotation opened in an earlier sentence is still open. */
    let inQuotation = false;
    for (let i = 0; i < wordCounts.length; i++) {
      const count = wordCounts[i] ?? 0;
      const sentence = sentences[i] ?? '';
      const marks = quotationMarks(sentence);
      const quoting = inQuotation || marks > 0;
      // A sentence that opens with a mark starts a quotation afresh: a quote that runs over
      // paragraphs reopens each one without closing the one before.
      if (OPENS_QUOTE.test(sentence)) inQuotation = false;
      if (marks % 2 === 1) inQuotation = !inQuotation;
      if (count === 0) {
        scores.push(-Infinity);
        continue;
      }
      const prior = 1 / (1 + w.positionDecay * i) + (i === 0 ? w.leadBonus : 0);
      const content = w.centrality * (centrality[i] ?? 0) + w.title * (titleSimilarity?.[i] ?? 0);
      const question = QUESTION.test(sentence) ? w.questionFactor : 1;
      const quote = quoting ? w.quoteFactor : 1;
      const score = ((prior + content) * question * quote) / Math.pow(count, w.lengthPower);
      // A fragment ranks below every full sentence: picked only when the article has too few.
      scores.push(hasFullSentences && count < w.minWords ? score * FRAGMENT_FACTOR : score);
    }
    return scores;
  };
}

/** How many quotation marks (straight, curly, guillemets, low-9) a sentence has. */
function quotationMarks(sentence: string): number {
  let marks = 0;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence.charCodeAt(i);
    // " “ ” „ « »
    if (c === 34 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb)
      marks++;
  }
  return marks;
}

/** Words in a sentence: runs of letters and digits (a fast stand-in for `words(text).length`). */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const wordChar: boolean =
      (c >= 48 && c <= 57) ||
      (c >= 65 && c <= 90) ||
      (c >= 97 && c <= 122) ||
      (c > 127 && c !== 0x2019 && c !== 0x201c && c !== 0x201d && c !== 0x2014 && c !== 0x2013) ||
      (inWord && c === 39);
    if (wordChar && !inWord) count++;
    inWord = wordChar;
  }
  return count;
}

/** The last list's word counts (one entry, not a WeakMap: see sentenceGraphOf). */
let lastSentences: readonly string[] | undefined;
let lastCounts: Int32Array | undefined;

/**
 * The word count of every sentence of a list, counted once per list object while it is the last
 * one asked about: the ranker and the selection both need them (counting twice was 8 % of a
 * summary's time).
 */
export function wordCountsOf(sentences: readonly string[]): Int32Array {
  if (lastSentences !== sentences || !lastCounts) {
    lastCounts = new Int32Array(sentences.length);
    for (let i = 0; i < sentences.length; i++) lastCounts[i] = countWords(sentences[i] ?? '');
    lastSentences = sentences;
  }
  return lastCounts;
}

/** The default ranker. */
export const rankSentences: SentenceRanker = createNewsRanker();
