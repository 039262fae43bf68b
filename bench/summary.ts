import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { articleFromText } from '../src/batch/article-from-text.js';
import type { Article } from '../src/core/articles/article.js';
import { sentencesOf } from '../src/core/articles/sentences-of.js';
import { summaryCandidates } from '../src/core/summaries/candidate-window.js';
import { danglingOpenings } from '../src/core/summaries/coherence.js';
import { createExtractiveSummarizer } from '../src/core/summaries/extractive-summarizer.js';
import { stripDateline } from '../src/core/summaries/furniture.js';
import { scoreSummary } from './eval/rouge.js';
import { printTable } from './lib/table.js';

/**
 * `npm run bench:summary -- <file.jsonl> [--sentences N] [--passes N]`: Briefly's summarizer
 * (the one /summary uses by default) against Lead-3 with the same sentence segmenter, scored
 * with ROUGE as Google's rouge-score does (see bench/eval/rouge.ts), and timed on one core: the
 * process runs on one thread, so articles per CPU-second is its speed on one core even when other
 * work shares the machine (the wall-clock rate is shown next to it).
 */
interface Item {
  readonly id: string;
  readonly text: string;
  readonly reference: string;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    sentences: { type: 'string', default: '3' },
    passes: { type: 'string', default: '5' },
  },
});
const file = positionals[0];
if (!file) {
  console.log('bench:summary skipped: give a JSONL file of {id, text, reference} lines.');
  process.exit(0);
}
const count = Number(values.sentences);
const passes = Math.max(1, Number(values.passes));
const items: Item[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Item);

const summarizer = createExtractiveSummarizer();
type Method = (article: Article) => Promise<string[]>;

/**
 * Summary sentences that open with a pronoun or connective whose predecessor in the article (the
 * sentence before it, furniture aside) is not in the summary.
 */
function dangling(article: Article, summary: readonly string[]): number {
  const sentences = summaryCandidates(article).map((s) => s.text);
  const all = sentencesOf(article).map((s) => stripDateline(s.text));
  const list = summary.every((s) => sentences.includes(s)) ? sentences : all;
  let from = 0;
  const picked = summary.map((s) => (from = list.indexOf(s, from)));
  return danglingOpenings(list, picked);
}
const methods: [string, Method][] = [
  [
    'Briefly',
    async (article) => (await summarizer.summarize(article, count)).sentences.map((s) => s.text),
  ],
  [
    `Lead-${count}`,
    (article) =>
      Promise.resolve(
        sentencesOf(article)
          .slice(0, count)
          .map((s) => s.text),
      ),
  ],
  [
    `Lead-${count}, datelines cut`,
    (article) =>
      Promise.resolve(
        sentencesOf(article)
          .slice(0, count)
          .map((s) => stripDateline(s.text)),
      ),
  ],
];

/** Fresh article objects, so that no cached segmentation is reused between passes. */
const articlesOf = () => items.map((item) => articleFromText(item.id, item.text));
/** An average over the articles, ×100, with two decimals (as the eval README reports them). */
const average = (total: number) => Math.round((10000 * total) / items.length) / 100;

const rows = [];
for (const [name, method] of methods) {
  const summaries: string[][] = [];
  for (const article of articlesOf()) summaries.push(await method(article)); // also warms up
  const rates: number[] = [];
  const wallRates: number[] = [];
  for (let pass = 0; pass < passes; pass++) {
    const articles = articlesOf();
    const cpu = process.cpuUsage();
    const started = performance.now();
    for (const article of articles) await method(article);
    const wallSeconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    rates.push(articles.length / ((used.user + used.system) / 1e6));
    wallRates.push(articles.length / wallSeconds);
  }
  const totals = {
    r1: 0,
    r2: 0,
    rl: 0,
    r1r: 0,
    r2r: 0,
    rlr: 0,
    words: 0,
    dangling: 0,
    sentences: 0,
  };
  const fresh = articlesOf();
  items.forEach((item, i) => {
    const candidate = (summaries[i] ?? []).join('\n');
    const scores = scoreSummary(item.reference, candidate);
    totals.r1 += scores.rouge1.f1;
    totals.r2 += scores.rouge2.f1;
    totals.rl += scores.rougeLsum.f1;
    totals.r1r += scores.rouge1.recall;
    totals.r2r += scores.rouge2.recall;
    totals.rlr += scores.rougeLsum.recall;
    totals.words += candidate.split(/\s+/).filter(Boolean).length;
    const article = fresh[i];
    if (article) totals.dangling += dangling(article, summaries[i] ?? []);
    totals.sentences += summaries[i]?.length ?? 0;
  });
  rates.sort((a, b) => a - b);
  wallRates.sort((a, b) => a - b);
  rows.push({
    method: name,
    'R1 F1': average(totals.r1),
    'R2 F1': average(totals.r2),
    'RLsum F1': average(totals.rl),
    'R1 rec': average(totals.r1r),
    'R2 rec': average(totals.r2r),
    'RLsum rec': average(totals.rlr),
    words: Math.round((10 * totals.words) / items.length) / 10,
    dangling: `${totals.dangling} (${((100 * totals.dangling) / Math.max(1, totals.sentences)).toFixed(1)}%)`,
    'articles/s': Math.round(rates[Math.floor(rates.length / 2)] ?? 0),
    'articles/s wall': Math.round(wallRates[Math.floor(wallRates.length / 2)] ?? 0),
  });
}
printTable(
  `Summaries of ${items.length} articles (${count} sentences; ROUGE ×100 as rouge-score with stemming; articles/s per CPU-second of this one-thread process, and by the wall clock, median of ${passes} passes)`,
  rows,
);
