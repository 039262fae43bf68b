import { parsePlainText } from '../src/article-files/parse-plain-text.js';
import type { Article } from '../src/core/articles/article.js';
import { createExtractiveSummarizer } from '../src/core/summaries/extractive-summarizer.js';
import { createRandom, plainTextArticle } from './lib/generate.js';
import { megabytes, printTable, quantile } from './lib/table.js';

/**
 * Summaries against article size: a generated news article of 1 KB to 1 MiB (the loaders' cap), one
 * paragraph of 100,000 short sentences, and a first paragraph that is one run without a full stop
 * (13 KB, and nearly 1 MiB) before a story, each summarised afresh (nothing cached): time per
 * summary (p50, p95, max over the runs; by the wall clock and in CPU time of this process, which a
 * loaded machine stretches less) and the memory it takes beyond what the article itself holds
 * (the heap's growth at its peak during one summary, measured with a fresh heap after gc()).
 */
const gc = (globalThis as { gc?: () => void }).gc;
const RUNS = 40;

function generated(bytes: number): Article {
  const words = Math.max(60, Math.round(bytes / 6.3));
  const text = plainTextArticle(createRandom(bytes), 1, words);
  const parsed = parsePlainText(text.slice(0, bytes));
  if (!parsed.ok) throw new Error(parsed.problem.reason);
  return {
    ...parsed.article,
    id: `size-${bytes}`,
    publishedAt: new Date(),
    origin: { kind: 'file', path: 'x.txt' },
  };
}

/** A first paragraph that is one run of `runBytes` characters without a full stop, then a story. */
function runFirst(runBytes: number): Article {
  const story = generated(10 * 1024);
  const run = 'and then more of the same '.repeat(Math.ceil(runBytes / 26)).slice(0, runBytes);
  return { ...story, id: `run-${runBytes}`, paragraphs: [{ text: run }, ...story.paragraphs] };
}

function manySentences(count: number): Article {
  const text = Array.from({ length: count }, (_, i) => `Vote ${i % 9}.`).join(' ');
  return { ...generated(1024), id: 'many', paragraphs: [{ text }] };
}

/** Time per summary of fresh articles after a warm-up, and the most the heap grew during one. */
async function measure(
  make: () => Article,
): Promise<{ ms: number[]; cpuMs: number[]; extraMb: number; picked: number }> {
  const summarizer = createExtractiveSummarizer();
  for (let warm = 0; warm < 5; warm++) await summarizer.summarize(make(), 3);
  const ms: number[] = [];
  const cpuMs: number[] = [];
  let extra = 0;
  let picked = 0;
  for (let run = 0; run < RUNS; run++) {
    const article = make();
    gc?.();
    const before = process.memoryUsage();
    const cpu = process.cpuUsage();
    const started = performance.now();
    picked = (await summarizer.summarize(article, 3)).sentences.length;
    ms.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    cpuMs.push((used.user + used.system) / 1000);
    const after = process.memoryUsage();
    extra = Math.max(
      extra,
      after.heapUsed - before.heapUsed + after.arrayBuffers - before.arrayBuffers,
    );
  }
  return { ms, cpuMs, extraMb: megabytes(extra), picked };
}

const sizes: [string, () => Article][] = [
  ['1 KB', () => generated(1024)],
  ['10 KB (≈1,600 words)', () => generated(10 * 1024)],
  ['13 KB (≈2,000 words)', () => generated(13 * 1024)],
  ['100 KB', () => generated(100 * 1024)],
  ['1 MiB', () => generated(1024 * 1024 - 1024)],
  ['100,000 sentences', () => manySentences(100_000)],
  ['13 KB run, then a 10 KB story', () => runFirst(13 * 1024)],
  ['1 MiB run without a full stop', () => runFirst(1024 * 1024 - 11 * 1024)],
];
const rows = [];
for (const [name, make] of sizes) {
  const probe = make();
  const bytes = probe.paragraphs.reduce((n, p) => n + Buffer.byteLength(p.text), 0);
  const { ms, cpuMs, extraMb, picked } = await measure(make);
  rows.push({
    article: name,
    'text bytes': bytes,
    'p50 ms': quantile(ms, 0.5),
    'p95 ms': quantile(ms, 0.95),
    'max ms': Math.max(...ms),
    'CPU p50 ms': quantile(cpuMs, 0.5),
    'CPU max ms': Math.max(...cpuMs),
    'extra heap MB (max)': extraMb,
    'sentences picked': picked,
  });
}
printTable(`Summary (3 sentences) against article size, ${RUNS} fresh articles each`, rows);
