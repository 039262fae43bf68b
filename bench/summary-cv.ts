import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { articleFromText } from '../src/batch/article-from-text.js';
import type { Article } from '../src/core/articles/article.js';
import { sentencesOf } from '../src/core/articles/sentences-of.js';
import { pickSentences, WORDS_PER_SENTENCE } from '../src/core/summaries/extractive-summarizer.js';
import { LENGTH_WEIGHT } from '../src/core/summaries/select-sentences.js';
import {
  createNewsRanker,
  DEFAULT_NEWS_WEIGHTS,
  type NewsRankerWeights,
} from '../src/core/summaries/rank-sentences.js';
import { scoreSummary } from './eval/rouge.js';
import { printTable } from './lib/table.js';

/**
 * `npx tsx bench/summary-cv.ts <file.jsonl> [splits]`: how robust the ranker's weights are.
 * Repeated 2-fold cross-validation: on each random half, rank the settings of a small grid (ranker
 * weights, word budget and length weight: how much going over the budget costs; the count is
 * always exact) by ROUGE-1 F1 + ROUGE-2 F1, and score on the other half (next to the default
 * weights and Lead-3) two ways of choosing:
 *
 * - the best setting of the half (argmax): on 50 stories, noise decides among near-equal settings;
 * - the average of the TOP best settings' values (each weight, the budget and the length weight
 *   averaged): the noise of any one setting averages out. The defaults are this average taken
 *   over the whole file (printed first), so this column is the held-out figure for them.
 *
 * The defaults' own gain on the same halves is not held out (they were chosen on the whole file).
 */
interface Item {
  readonly article: Article;
  readonly reference: string;
}

const file = process.argv[2];
if (!file) {
  console.log('summary-cv skipped: give a JSONL file of {id, text, reference} lines.');
  process.exit(0);
}
const splits = Number(process.argv[3] ?? 5);
const items: Item[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as { id: string; text: string; reference: string })
  .map(({ id, text, reference }) => ({ article: articleFromText(id, text), reference }));

type Setting = Partial<NewsRankerWeights> & { wordsPerSentence: number; lengthWeight: number };
const grid: Setting[] = [];
for (const positionDecay of [0.1, 0.2, 0.35])
  for (const leadBonus of [0, 0.5, 1])
    for (const centrality of [1, 1.5, 2])
      for (const lengthPower of [0.1, 0.3, 0.5])
        for (const quoteFactor of [1, 0.8])
          // [words per sentence, length weight]; a weight of 0 is no budget at all.
          for (const [wordsPerSentence, lengthWeight] of [
            [15, 0.15],
            [18, 0.25],
            [21, 0.25],
            [18, 0],
          ] as const)
            grid.push({
              positionDecay,
              leadBonus,
              centrality,
              lengthPower,
              quoteFactor,
              wordsPerSentence,
              lengthWeight,
            });

/** How many of the best settings are averaged (5 and 60 were tried too, see README). */
const TOP = Number(process.env.CV_TOP ?? 20);

/** The average of the settings' values, each rounded as the defaults are written. */
function averageOf(settings: readonly Setting[]): Setting {
  const avg = (key: keyof Setting) =>
    settings.reduce((sum, s) => sum + (s[key] ?? 0), 0) / Math.max(1, settings.length);
  return {
    positionDecay: avg('positionDecay'),
    leadBonus: avg('leadBonus'),
    centrality: avg('centrality'),
    lengthPower: avg('lengthPower'),
    quoteFactor: avg('quoteFactor'),
    wordsPerSentence: avg('wordsPerSentence'),
    lengthWeight: avg('lengthWeight'),
  };
}
/** The top settings by the objective over `indices`. */
const topSettings = (values: readonly number[]) =>
  values
    .map((value, g) => ({ value, g }))
    .sort((a, b) => b.value - a.value)
    .slice(0, TOP)
    .map(({ g }) => grid[g] ?? { wordsPerSentence: WORDS_PER_SENTENCE, lengthWeight: 0 });

type Scores = [r1: number, r2: number][];
/** Per-article ROUGE-1 and ROUGE-2 F1 of a summarizer. */
function scoresOf(summarize: (article: Article) => string[]): Scores {
  return items.map(({ article, reference }) => {
    const { rouge1, rouge2 } = scoreSummary(reference, summarize(article).join('\n'));
    return [rouge1.f1, rouge2.f1];
  });
}
const mean = (scores: Scores, indices: number[], k: 0 | 1) =>
  (100 * indices.reduce((sum, i) => sum + (scores[i]?.[k] ?? 0), 0)) / indices.length;
const objective = (scores: Scores, indices: number[]) =>
  mean(scores, indices, 0) + mean(scores, indices, 1);
const r3 = (x: number | undefined) => (x === undefined ? x : Math.round(1000 * x) / 1000);
const describe = (w: Partial<Setting>) =>
  `decay ${r3(w.positionDecay)} lead ${r3(w.leadBonus)} lex ${r3(w.centrality)} len ${r3(w.lengthPower)} quote ${r3(w.quoteFactor)} words ${r3(w.wordsPerSentence ?? WORDS_PER_SENTENCE)}×3 over ×${r3(w.lengthWeight ?? LENGTH_WEIGHT)}`;

const scoresWith = ({ wordsPerSentence, lengthWeight, ...weights }: Setting) => {
  const ranker = createNewsRanker(weights);
  return scoresOf((article) =>
    pickSentences(article, 3, ranker, wordsPerSentence, lengthWeight).map((s) => s.text),
  );
};
const gridScores = grid.map(scoresWith);
const defaultScores = scoresOf((article) => pickSentences(article, 3).map((s) => s.text));
const leadScores = scoresOf((article) =>
  sentencesOf(article)
    .slice(0, 3)
    .map((s) => s.text),
);

const all = items.map((_, i) => i);
const ranked = grid
  .map((weights, g) => ({ weights, value: objective(gridScores[g] ?? [], all) }))
  .sort((a, b) => b.value - a.value);
const defaultValue = objective(defaultScores, all);
const f2 = (x: number) => x.toFixed(2);
console.log(
  `\nAverage of the best ${TOP} of ${grid.length} settings on all ${items.length} (the defaults are this, rounded): ${describe(averageOf(topSettings(grid.map((_, g) => objective(gridScores[g] ?? [], all)))))}`,
);
console.log(
  `\nIn-sample: best of ${grid.length} weightings ${describe(ranked[0]?.weights ?? {})} = ${ranked[0]?.value.toFixed(2)} (R1+R2 F1); ` +
    `default ${describe(DEFAULT_NEWS_WEIGHTS)} = ${defaultValue.toFixed(2)}, ` +
    `better than ${ranked.filter((r) => r.value < defaultValue).length} of ${grid.length}; ` +
    `worst weighting ${ranked.at(-1)?.value.toFixed(2)}; Lead-3 ${objective(leadScores, all).toFixed(2)}.`,
);

const rows = [];
const deltas = {
  chosenR1: 0,
  chosenR2: 0,
  averagedR1: 0,
  averagedR2: 0,
  defaultR1: 0,
  defaultR2: 0,
};
for (let split = 1; split <= splits; split++) {
  const fold = (id: string) => (createHash('sha256').update(`${split}:${id}`).digest()[0] ?? 0) % 2;
  for (const testFold of [0, 1]) {
    const test = all.filter((i) => fold(items[i]?.article.id ?? '') === testFold);
    const train = all.filter((i) => fold(items[i]?.article.id ?? '') !== testFold);
    const values = grid.map((_, g) => objective(gridScores[g] ?? [], train));
    let best = 0;
    values.forEach((value, g) => {
      if (value > (values[best] ?? -Infinity)) best = g;
    });
    const chosen = gridScores[best] ?? [];
    const averaged = scoresWith(averageOf(topSettings(values)));
    const lead: [number, number] = [mean(leadScores, test, 0), mean(leadScores, test, 1)];
    const picked: [number, number] = [mean(chosen, test, 0), mean(chosen, test, 1)];
    const fixed: [number, number] = [mean(defaultScores, test, 0), mean(defaultScores, test, 1)];
    const average: [number, number] = [mean(averaged, test, 0), mean(averaged, test, 1)];
    deltas.averagedR1 += average[0] - lead[0];
    deltas.averagedR2 += average[1] - lead[1];
    deltas.chosenR1 += picked[0] - lead[0];
    deltas.chosenR2 += picked[1] - lead[1];
    deltas.defaultR1 += fixed[0] - lead[0];
    deltas.defaultR2 += fixed[1] - lead[1];
    const f = f2;
    rows.push({
      split,
      'test fold': `${testFold} (${test.length})`,
      'best on the other fold': describe(grid[best] ?? {}),
      'best R1/R2': `${f(picked[0])} / ${f(picked[1])}`,
      [`top-${TOP} average R1/R2`]: `${f(average[0])} / ${f(average[1])}`,
      'default R1/R2': `${f(fixed[0])} / ${f(fixed[1])}`,
      'Lead-3 R1/R2': `${f(lead[0])} / ${f(lead[1])}`,
    });
  }
}
printTable(`Repeated 2-fold cross-validation (${splits} splits), F1 ×100 on the test fold`, rows);
const folds = splits * 2;
console.log(
  `\nMean gain over Lead-3 on test folds: the other fold's best setting +${f2(deltas.chosenR1 / folds)} R1 / +${f2(deltas.chosenR2 / folds)} R2; ` +
    `the average of its best ${TOP} +${f2(deltas.averagedR1 / folds)} R1 / +${f2(deltas.averagedR2 / folds)} R2 (held out); ` +
    `default weights +${(deltas.defaultR1 / folds).toFixed(2)} R1 / +${(deltas.defaultR2 / folds).toFixed(2)} R2.`,
);
