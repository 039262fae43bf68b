import { nltkPorterStem } from './nltk-porter.js';

/**
 * ROUGE-1, ROUGE-2 and ROUGE-Lsum as Google's rouge-score computes them with
 * `RougeScorer(['rouge1', 'rouge2', 'rougeLsum'], use_stemmer=True)`: lower-case, every run of
 * characters other than a-z and 0-9 becomes a space, tokens longer than 3 characters are Porter
 * stemmed (NLTK's variant), and ROUGE-Lsum compares newline-separated sentences.
 */
export interface RougeScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface RougeScores {
  readonly rouge1: RougeScore;
  readonly rouge2: RougeScore;
  readonly rougeLsum: RougeScore;
}

const stems = new Map<string, string>();

/** The tokens rouge-score compares. */
export function rougeTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const token of text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')) {
    if (token === '') continue;
    if (token.length <= 3) {
      tokens.push(token);
      continue;
    }
    let stem = stems.get(token);
    if (stem === undefined) {
      stem = nltkPorterStem(token);
      stems.set(token, stem);
    }
    tokens.push(stem);
  }
  return tokens;
}

function score(overlap: number, candidateCount: number, referenceCount: number): RougeScore {
  const precision = overlap / Math.max(candidateCount, 1);
  const recall = overlap / Math.max(referenceCount, 1);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N over token lists (clipped n-gram counts). */
export function rougeN(reference: readonly string[], candidate: readonly string[], n: number) {
  const ref = ngramCounts(reference, n);
  const cand = ngramCounts(candidate, n);
  let overlap = 0;
  for (const [gram, count] of ref) overlap += Math.min(count, cand.get(gram) ?? 0);
  return score(
    overlap,
    Math.max(0, candidate.length - n + 1),
    Math.max(0, reference.length - n + 1),
  );
}

/**
 * The reference positions of one longest common subsequence, read back from the DP table the
 * way rouge-score does (on a tie, move up in the reference), so the union below matches it.
 */
function lcsPositions(ref: readonly string[], cand: readonly string[]): number[] {
  const cols = cand.length + 1;
  const table = new Uint16Array((ref.length + 1) * cols);
  for (let i = 1; i <= ref.length; i++) {
    for (let j = 1; j <= cand.length; j++) {
      table[i * cols + j] =
        ref[i - 1] === cand[j - 1]
          ? (table[(i - 1) * cols + j - 1] ?? 0) + 1
          : Math.max(table[(i - 1) * cols + j] ?? 0, table[i * cols + j - 1] ?? 0);
    }
  }
  const positions: number[] = [];
  let i = ref.length;
  let j = cand.length;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === cand[j - 1]) {
      positions.push(i - 1);
      i--;
      j--;
    } else if ((table[i * cols + j - 1] ?? 0) > (table[(i - 1) * cols + j] ?? 0)) j--;
    else i--;
  }
  return positions;
}

function tokenCounts(sentences: readonly (readonly string[])[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const sentence of sentences)
    for (const token of sentence) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

/**
 * Summary-level LCS (ROUGE-Lsum): for each reference sentence, the union of its LCS with every
 * candidate sentence, each token counted at most as often as it occurs on both sides.
 */
export function rougeLsum(
  reference: readonly (readonly string[])[],
  candidate: readonly (readonly string[])[],
): RougeScore {
  const m = reference.reduce((n, s) => n + s.length, 0);
  const n = candidate.reduce((total, s) => total + s.length, 0);
  if (m === 0 || n === 0) return { precision: 0, recall: 0, f1: 0 };
  const refCounts = tokenCounts(reference);
  const candCounts = tokenCounts(candidate);
  let hits = 0;
  for (const sentence of reference) {
    const union = new Set<number>();
    for (const other of candidate) for (const p of lcsPositions(sentence, other)) union.add(p);
    for (const position of [...union].sort((a, b) => a - b)) {
      const token = sentence[position] ?? '';
      const inCand = candCounts.get(token) ?? 0;
      const inRef = refCounts.get(token) ?? 0;
      if (inCand > 0 && inRef > 0) {
        hits++;
        candCounts.set(token, inCand - 1);
        refCounts.set(token, inRef - 1);
      }
    }
  }
  return score(hits, n, m);
}

/** Non-empty lines, as rouge-score splits texts for ROUGE-Lsum. */
function lines(text: string): string[] {
  return text.split('\n').filter((line) => line.length > 0);
}

/** Scores a candidate summary against a reference; both have one sentence per line. */
export function scoreSummary(reference: string, candidate: string): RougeScores {
  const refTokens = rougeTokens(reference);
  const candTokens = rougeTokens(candidate);
  return {
    rouge1: rougeN(refTokens, candTokens, 1),
    rouge2: rougeN(refTokens, candTokens, 2),
    rougeLsum: rougeLsum(lines(reference).map(rougeTokens), lines(candidate).map(rougeTokens)),
  };
}
