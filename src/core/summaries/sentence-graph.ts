import { createTermRegistry, TermDictionary } from '../text/term-dictionary.js';
import type { WordAnalysis } from '../text/terms.js';

/**
 * The sentences of one text as TF-IDF vectors (IDF over the text's own sentences, so no corpus
 * statistics are needed) and their pairwise cosine similarities.
 */
export interface SentenceGraph {
  readonly size: number;
  /**
   * Row-major size × size cosine similarities; the diagonal is 0. Single precision: half the bytes
   * a summary leaves to the collector, and the same picks on the CNN stories of bench:summary.
   */
  readonly similarity: Float32Array;
  /** Cosine similarity of each sentence to another text (a title), in the same vector space. */
  similarityTo(text: string): Float64Array;
  /**
   * The share of the shorter sentence's distinct content terms that the other one has too (1 when
   * one says nothing the other does not); 0 when either has no content term.
   */
  sharedTermShare(i: number, j: number): number;
  /** How many distinct content terms sentence i has. */
  termCount(i: number): number;
}

/** Sparse vectors of all sentences in flat arrays: sentence i owns entries offsets[i]..offsets[i+1]. */
interface Vectors {
  readonly offsets: Int32Array;
  /** Term ids, ascending within each sentence. */
  readonly ids: Int32Array;
  readonly weights: Float64Array;
}

/**
 * The last list's graph. One entry, not a WeakMap: a summary builds one graph and reads it a few
 * times at once (ranker, selection), and a WeakMap entry per summary, its key dead a moment
 * later, was work for every young-generation collection on the request path.
 */
let lastSentences: readonly string[] | undefined;
let lastGraph: SentenceGraph | undefined;

/**
 * The graph of a list of sentences, built once per list object while it is the last one asked
 * about (ranking and selection of one summary share it), with the stop words and stemmer of
 * `analysis` (the article's language; English by default).
 */
export function sentenceGraphOf(
  sentences: readonly string[],
  analysis?: WordAnalysis,
): SentenceGraph {
  if (lastSentences !== sentences || !lastGraph) {
    lastGraph = buildSentenceGraph(sentences, analysis);
    lastSentences = sentences;
  }
  return lastGraph;
}

/**
 * Term ids shared by every graph (a vocabulary grows slowly), one dictionary per language over one
 * id space, and a reusable id → local id map. Ids only matter within one graph, so past
 * MAX_SHARED_TERMS (names, typos and numbers of months of feeds) the dictionaries start afresh
 * instead of growing for as long as the process runs.
 */
export const MAX_SHARED_TERMS = 200_000;
let registry = createTermRegistry();
let dictionaries = new Map<WordAnalysis | undefined, TermDictionary>();
let localIdOf = new Int32Array(16_384).fill(-1);
/** Reusable room for the term ids of one text while its graph is built. */
let scratchTerms = new Int32Array(4096);
/** Reusable room for the global ids of one text's vocabulary while its graph is built. */
let scratchGlobalIds = new Int32Array(4096);
/**
 * Reusable room for a graph's per-term counts and its dense row while it is built (neither outlives
 * the build): a summary's typed arrays are garbage the collector sweeps, request after request.
 */
let scratchFrequency = new Int32Array(4096);
let scratchDense = new Float64Array(4096);
/** Reusable room for each sentence's first term while a graph is built, and for a title's terms. */
let scratchOffsets = new Int32Array(64);
let scratchQueryIds = new Int32Array(64);
let scratchQueryWeights = new Float64Array(64);

function dictionaryFor(analysis: WordAnalysis | undefined): TermDictionary {
  let dictionary = dictionaries.get(analysis);
  if (!dictionary) {
    dictionary = new TermDictionary(16_384, analysis, registry);
    dictionaries.set(analysis, dictionary);
  }
  return dictionary;
}

/** How many terms the shared dictionaries hold now, all languages together (tests, benchmarks). */
export function sharedTermCount(): number {
  return registry.terms.length;
}

export function buildSentenceGraph(
  sentences: readonly string[],
  analysis?: WordAnalysis,
  maxSharedTerms = MAX_SHARED_TERMS,
): SentenceGraph {
  if (registry.terms.length > maxSharedTerms) {
    registry = createTermRegistry();
    dictionaries = new Map();
    localIdOf = new Int32Array(16_384).fill(-1);
  }
  // The graph keeps the dictionary its ids come from, even after a fresh one replaces it.
  const dictionary = dictionaryFor(analysis);
  const ownDictionary = dictionary;
  const n = sentences.length;
  // All term ids in one array, renumbered 0..vocabulary-1 for this text. Each sentence's ids are
  // read from the dictionary's buffer and renumbered at once (no array per sentence).
  if (scratchOffsets.length < n + 1) scratchOffsets = new Int32Array(2 * (n + 1));
  const offsets = scratchOffsets;
  offsets[0] = 0;
  // The text's vocabulary (local id -> global id) in a reused buffer, copied out once at its size
  // below: a growing array left about 10 KB of garbage per summary in its discarded backing stores.
  let vocabulary = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const length = dictionary.scanText(sentences[i] ?? '');
    const list = dictionary.idBuffer;
    if (localIdOf.length < dictionary.size) {
      const grown = new Int32Array(dictionary.size * 2).fill(-1);
      grown.set(localIdOf);
      localIdOf = grown;
    }
    if (scratchTerms.length < total + length) {
      const grown = new Int32Array(Math.max(scratchTerms.length * 2, total + length));
      grown.set(scratchTerms.subarray(0, total));
      scratchTerms = grown;
    }
    for (let k = 0; k < length; k++) {
      const id = list[k] ?? 0;
      let local = localIdOf[id] ?? -1;
      if (local < 0) {
        local = vocabulary++;
        localIdOf[id] = local;
        if (scratchGlobalIds.length < vocabulary) {
          const grown = new Int32Array(scratchGlobalIds.length * 2);
          grown.set(scratchGlobalIds);
          scratchGlobalIds = grown;
        }
        scratchGlobalIds[local] = id;
      }
      insertSorted(scratchTerms, total, total + k, local);
    }
    total += length;
    offsets[i + 1] = total;
  }
  // A view, not a copy: weigh() below reads it before anything else can use scratchTerms.
  const terms = scratchTerms.subarray(0, total);
  // What the graph keeps, in one buffer: every typed array has a backing store of its own that a
  // young-generation collection sweeps, and a summary made a dozen of them (3-5 ms of every
  // collection on the request path went to sweeping them).
  const memory = new ArrayBuffer(
    8 * (vocabulary + total) + 4 * (n * n + vocabulary + total + n + 1),
  );
  const idf = new Float64Array(memory, 0, vocabulary);
  const weights = new Float64Array(memory, 8 * vocabulary, total);
  let byte = 8 * (vocabulary + total);
  const similarity = new Float32Array(memory, byte, n * n);
  byte += 4 * n * n;
  const globalIds = new Int32Array(memory, byte, vocabulary);
  byte += 4 * vocabulary;
  const ids = new Int32Array(memory, byte, total);
  const at = new Int32Array(memory, byte + 4 * total, n + 1);
  globalIds.set(scratchGlobalIds.subarray(0, vocabulary));
  for (let local = 0; local < vocabulary; local++) localIdOf[globalIds[local] ?? 0] = -1;

  if (scratchFrequency.length < vocabulary) {
    scratchFrequency = new Int32Array(vocabulary * 2);
    scratchDense = new Float64Array(vocabulary * 2);
  }
  const documentFrequency = scratchFrequency;
  documentFrequency.fill(0, 0, vocabulary);
  for (let i = 0; i < n; i++) {
    for (let k = offsets[i] ?? 0; k < (offsets[i + 1] ?? 0); k++) {
      const id = terms[k] ?? 0;
      if (k === offsets[i] || id !== terms[k - 1])
        documentFrequency[id] = (documentFrequency[id] ?? 0) + 1;
    }
  }
  for (let id = 0; id < vocabulary; id++)
    idf[id] = Math.log((n + 1) / ((documentFrequency[id] ?? 0) + 0.5));
  weigh(terms, offsets, n, idf, { offsets: at, ids, weights });

  // Scatter each sentence into a dense vector once, then dot it with the later sentences.
  // Each row is scattered in and cleared again below, so it is all zeros between rows.
  const dense = scratchDense;
  dense.fill(0, 0, vocabulary);
  for (let i = 0; i < n; i++) {
    const aStart = at[i] ?? 0;
    const aEnd = at[i + 1] ?? 0;
    for (let k = aStart; k < aEnd; k++) dense[ids[k] ?? 0] = weights[k] ?? 0;
    for (let j = i + 1; j < n; j++) {
      let sum = 0;
      for (let k = at[j] ?? 0; k < (at[j + 1] ?? 0); k++)
        sum += (dense[ids[k] ?? 0] ?? 0) * (weights[k] ?? 0);
      similarity[i * n + j] = sum;
      similarity[j * n + i] = sum;
    }
    for (let k = aStart; k < aEnd; k++) dense[ids[k] ?? 0] = 0;
  }
  return {
    size: n,
    similarity,
    similarityTo(text) {
      // The title's terms in this graph's local ids, found by a scan of the vocabulary (a title
      // has a handful of terms): no map of the vocabulary is built per call.
      const length = ownDictionary.scanText(text);
      const titleIds = ownDictionary.idBuffer;
      if (scratchQueryIds.length < length + 2) {
        scratchQueryIds = new Int32Array(2 * (length + 2));
        scratchQueryWeights = new Float64Array(2 * (length + 2));
      }
      // The known terms' local ids, then their weights as a sentence's (one reused room for both).
      const localIds = scratchQueryIds;
      let known = 0;
      for (let k = 0; k < length; k++) {
        const local = globalIds.indexOf(titleIds[k] ?? -1);
        if (local >= 0) localIds[known++] = local;
      }
      localIds.subarray(0, known).sort();
      const queryOffsets = QUERY_OFFSETS;
      queryOffsets[1] = known;
      const query = { offsets: QUERY_VECTOR_OFFSETS, ids: localIds, weights: scratchQueryWeights };
      weigh(localIds, queryOffsets, 1, idf, query);
      const result = new Float64Array(n);
      const queryIds = query.ids;
      const queryEnd = query.offsets[1] ?? 0;
      // Both term lists are ascending: a merge gives the dot product.
      for (let i = 0; i < n; i++) {
        let sum = 0;
        let a = at[i] ?? 0;
        const aEnd = at[i + 1] ?? 0;
        let b = 0;
        while (a < aEnd && b < queryEnd) {
          const x = ids[a] ?? 0;
          const y = queryIds[b] ?? 0;
          if (x === y) sum += (weights[a] ?? 0) * (query.weights[b] ?? 0);
          if (x <= y) a++;
          if (y <= x) b++;
        }
        result[i] = sum;
      }
      return result;
    },
    termCount: (i) => (at[i + 1] ?? 0) - (at[i] ?? 0),
    sharedTermShare(i, j) {
      let a = at[i] ?? 0;
      let b = at[j] ?? 0;
      const aEnd = at[i + 1] ?? 0;
      const bEnd = at[j + 1] ?? 0;
      const smaller = Math.min(aEnd - a, bEnd - b);
      if (smaller <= 0) return 0;
      let shared = 0;
      while (a < aEnd && b < bEnd) {
        const x = ids[a] ?? 0;
        const y = ids[b] ?? 0;
        if (x === y) shared++;
        if (x <= y) a++;
        if (y <= x) b++;
      }
      return shared / smaller;
    },
  };
}

/** Inserts `value` into the sorted run array[start..end), which grows by one. */
function insertSorted(array: Int32Array, start: number, end: number, value: number): void {
  let k = end;
  while (k > start && (array[k - 1] ?? 0) > value) {
    array[k] = array[k - 1] ?? 0;
    k--;
  }
  array[k] = value;
}

/** A title's term range (0..known) and its weighed vector's, for similarityTo. */
const QUERY_OFFSETS = new Int32Array(2);
const QUERY_VECTOR_OFFSETS = new Int32Array(2);

/**
 * Term frequency × IDF of the first n sentences, L2-normalised, one entry per distinct term, into
 * `into` (room for as many entries as `terms` has). `into.ids` may be `terms` itself: an entry is
 * written only at or before the position it is read from.
 */
function weigh(
  terms: Int32Array,
  offsets: Int32Array,
  n: number,
  idf: Float64Array,
  into: Vectors,
): void {
  const { ids, weights } = into;
  const vectorOffsets = into.offsets;
  vectorOffsets[0] = 0;
  let out = 0;
  for (let i = 0; i < n; i++) {
    const first = out;
    let norm = 0;
    const end = offsets[i + 1] ?? 0;
    for (let k = offsets[i] ?? 0; k < end;) {
      const id = terms[k] ?? 0;
      let next = k + 1;
      while (next < end && terms[next] === id) next++;
      const weight = (next - k) * (idf[id] ?? 0);
      ids[out] = id;
      weights[out++] = weight;
      norm += weight * weight;
      k = next;
    }
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 1;
    for (let k = first; k < out; k++) weights[k] = (weights[k] ?? 0) * scale;
    vectorOffsets[i + 1] = out;
  }
}

/**
 * LexRank (Erkan & Radev 2004), continuous variant: PageRank over the similarity graph with
 * damping 0.15. Returns each sentence's centrality scaled so the most central is 1.
 */
export function lexRank(graph: SentenceGraph, damping = 0.15, maxIterations = 100): Float64Array {
  const n = graph.size;
  const { similarity } = graph;
  // Three rows of working room in one buffer (one backing store to sweep, not three).
  const memory = new Float64Array(3 * n);
  const inverseRowSums = memory.subarray(0, n);
  // The walk starts from the sentences' degrees: on a symmetric graph they are the undamped walk's
  // stationary distribution, so a few steps reach the damped one (from uniform it took dozens).
  let rank = memory.subarray(n, 2 * n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += similarity[i * n + j] ?? 0;
    inverseRowSums[i] = sum > 0 ? 1 / sum : 0;
    rank[i] = sum + 1e-9;
    total += sum + 1e-9;
  }
  for (let i = 0; i < n; i++) rank[i] = (rank[i] ?? 0) / total;
  let next = memory.subarray(2 * n);
  // Ranks sum to 1; stop when a step moves them by less than this in total.
  const tolerance = 1e-4;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    next.fill(0);
    let dangling = 0;
    for (let i = 0; i < n; i++) {
      const share = rank[i] ?? 0;
      const factor = share * (inverseRowSums[i] ?? 0);
      if (factor === 0) {
        dangling += share;
        continue;
      }
      const row = i * n;
      for (let j = 0; j < n; j++) next[j] = (next[j] ?? 0) + factor * (similarity[row + j] ?? 0);
    }
    let change = 0;
    const base = damping / n + ((1 - damping) * dangling) / n;
    for (let j = 0; j < n; j++) {
      const value = base + (1 - damping) * (next[j] ?? 0);
      change += Math.abs(value - (rank[j] ?? 0));
      next[j] = value;
    }
    const swap = rank;
    rank = next;
    next = swap;
    if (change < tolerance) break;
  }
  let top = 1e-12;
  for (const value of rank) top = Math.max(top, value);
  return rank.map((value) => value / top);
}
