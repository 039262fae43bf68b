import { TermDictionary } from '../text/term-dictionary.js';

/**
 * The sentences of one text as TF-IDF vectors (IDF over the text's own sentences, so no corpus
 * statistics are needed) and their pairwise cosine similarities.
 */
export interface SentenceGraph {
  readonly size: number;
  /** Row-major size × size cosine similarities; the diagonal is 0. */
  readonly similarity: Float64Array;
  /** Cosine similarity of each sentence to another text (a title), in the same vector space. */
  similarityTo(text: string): Float64Array;
}

interface SparseVector {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
}

const graphs = new WeakMap<readonly string[], SentenceGraph>();

/** The graph of a list of sentences, built once per list object (ranking and selection share it). */
export function sentenceGraphOf(sentences: readonly string[]): SentenceGraph {
  let graph = graphs.get(sentences);
  if (!graph) {
    graph = buildSentenceGraph(sentences);
    graphs.set(sentences, graph);
  }
  return graph;
}

/** Term ids shared by every graph (a vocabulary grows slowly), and a reusable id → local id map. */
const dictionary = new TermDictionary(16_384);
let localIdOf = new Int32Array(16_384).fill(-1);

export function buildSentenceGraph(sentences: readonly string[]): SentenceGraph {
  const n = sentences.length;
  const termIds = sentences.map((sentence) => dictionary.termIds(sentence));
  if (localIdOf.length < dictionary.size) {
    const grown = new Int32Array(dictionary.size * 2).fill(-1);
    grown.set(localIdOf);
    localIdOf = grown;
  }
  // Number this text's terms 0..vocabulary-1, so that vectors can be scattered densely.
  const globalIds: number[] = [];
  for (const list of termIds) {
    for (let k = 0; k < list.length; k++) {
      const id = list[k] ?? 0;
      let local = localIdOf[id] ?? -1;
      if (local < 0) {
        local = globalIds.length;
        localIdOf[id] = local;
        globalIds.push(id);
      }
      list[k] = local;
    }
    list.sort();
  }
  for (const id of globalIds) localIdOf[id] = -1;
  const vocabulary = globalIds.length;
  const documentFrequency = new Int32Array(vocabulary);
  for (const list of termIds) {
    for (let k = 0; k < list.length; k++) {
      const id = list[k] ?? 0;
      if (k === 0 || id !== list[k - 1]) documentFrequency[id] = (documentFrequency[id] ?? 0) + 1;
    }
  }
  const idf = Float64Array.from(documentFrequency, (df) => Math.log((n + 1) / (df + 0.5)));
  const vectors = termIds.map((list) => weigh(list, idf));

  // Scatter each sentence into a dense vector once, then dot it with the later sentences.
  const similarity = new Float64Array(n * n);
  const dense = new Float64Array(vocabulary);
  for (let i = 0; i < n; i++) {
    const a = vectors[i];
    if (!a) continue;
    for (let k = 0; k < a.ids.length; k++) dense[a.ids[k] ?? 0] = a.weights[k] ?? 0;
    for (let j = i + 1; j < n; j++) {
      const b = vectors[j];
      if (!b) continue;
      let sum = 0;
      for (let k = 0; k < b.ids.length; k++)
        sum += (dense[b.ids[k] ?? 0] ?? 0) * (b.weights[k] ?? 0);
      similarity[i * n + j] = sum;
      similarity[j * n + i] = sum;
    }
    for (const id of a.ids) dense[id] = 0;
  }
  return {
    size: n,
    similarity,
    similarityTo(text) {
      const localOf = new Map(globalIds.map((id, local) => [id, local]));
      const known = Array.from(dictionary.termIds(text)).flatMap((id) => {
        const local = localOf.get(id);
        return local === undefined ? [] : [local];
      });
      const query = weigh(Int32Array.from(known).sort(), idf);
      const result = new Float64Array(n);
      vectors.forEach((vector, sentence) => (result[sentence] = dot(vector, query)));
      return result;
    },
  };
}

/** Term frequency × IDF of sorted term ids, L2-normalised, one entry per distinct id. */
function weigh(sorted: Int32Array, idf: Float64Array): SparseVector {
  const ids = new Int32Array(sorted.length);
  const weights = new Float64Array(sorted.length);
  let distinct = 0;
  let norm = 0;
  for (let k = 0; k < sorted.length;) {
    const id = sorted[k] ?? 0;
    let end = k + 1;
    while (end < sorted.length && sorted[end] === id) end++;
    const weight = (end - k) * (idf[id] ?? 0);
    ids[distinct] = id;
    weights[distinct++] = weight;
    norm += weight * weight;
    k = end;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 1;
  for (let k = 0; k < distinct; k++) weights[k] = (weights[k] ?? 0) * scale;
  return { ids: ids.subarray(0, distinct), weights: weights.subarray(0, distinct) };
}

function dot(a: SparseVector, b: SparseVector): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] ?? 0;
    const y = b.ids[j] ?? 0;
    if (x === y) sum += (a.weights[i++] ?? 0) * (b.weights[j++] ?? 0);
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

/**
 * LexRank (Erkan & Radev 2004), continuous variant: PageRank over the similarity graph with
 * damping 0.15. Returns each sentence's centrality scaled so the most central is 1.
 */
export function lexRank(graph: SentenceGraph, damping = 0.15, maxIterations = 100): Float64Array {
  const n = graph.size;
  const { similarity } = graph;
  const inverseRowSums = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += similarity[i * n + j] ?? 0;
    inverseRowSums[i] = sum > 0 ? 1 / sum : 0;
  }
  let rank = new Float64Array(n).fill(1 / Math.max(1, n));
  let next = new Float64Array(n);
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
    [rank, next] = [next, rank];
    if (change < tolerance) break;
  }
  let top = 1e-12;
  for (const value of rank) top = Math.max(top, value);
  return rank.map((value) => value / top);
}
