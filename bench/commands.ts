import { commands } from '../commands/index.js';
import { ArticleIndex } from '../src/core/articles/article-index.js';
import type { Article } from '../src/core/articles/article.js';
import { createDispatcher } from '../src/core/commands/dispatch.js';
import { CommandRegistry } from '../src/core/commands/registry.js';
import { createServices } from '../src/core/create-services.js';
import { openSqliteStorage } from '../src/storage/open-storage.js';
import { systemClock } from '../src/core/ports/clock.js';
import { silentLogger } from '../src/core/ports/logger.js';
import { findSupport } from '../src/core/sources/find-support.js';
import { createExtractiveSummarizer } from '../src/core/summaries/extractive-summarizer.js';
import { parsePlainText } from '../src/article-files/parse-plain-text.js';
import { createRandom, plainTextArticle } from './lib/generate.js';
import { peakRssMb, printTable, quantile } from './lib/table.js';

/** /summary and /source <claim> on a 2,000-word article: latency over 1,000 runs each. */
const RUNS = 1000;
const parsed = parsePlainText(plainTextArticle(createRandom(7), 1, 2000));
if (!parsed.ok) throw new Error(parsed.problem.reason);
const base: Article = {
  ...parsed.article,
  id: 'bench-article',
  publishedAt: new Date(),
  origin: { kind: 'file', path: 'bench.txt' },
};
const words = base.paragraphs.reduce((n, p) => n + p.text.split(/\s+/).length, 0);
const claim = base.paragraphs[3]?.text.split(' ').slice(2, 12).join(' ') ?? 'claim';

const index = new ArticleIndex();
index.upsert('bench.txt', base);
const storage = openSqliteStorage('sqlite::memory:', silentLogger);
const services = createServices({
  articles: index,
  summarizer: createExtractiveSummarizer(),
  clock: systemClock,
  logger: silentLogger,
  digestStore: storage.digests,
  digestDefaults: { minuteOfDay: 480, timezone: 'UTC', size: 5 },
  catchUpMinutes: 60,
  owner: 'bench',
});
const dispatcher = createDispatcher(new CommandRegistry(commands), services);
const chat = { platform: 'bench', id: '1' };
const caller = { isModerator: () => Promise.resolve(true) };

async function measure(run: (i: number) => unknown): Promise<number[]> {
  for (let i = 0; i < 50; i++) await run(i);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run(i);
    times.push(performance.now() - started);
  }
  return times;
}

const row = (name: string, times: number[]) => ({
  operation: name,
  runs: times.length,
  'p50 ms': quantile(times, 0.5),
  'p99 ms': quantile(times, 0.99),
  'max ms': Math.max(...times),
  'ops/s': Math.round(times.length / (times.reduce((a, b) => a + b, 0) / 1000)),
});

const summarizer = createExtractiveSummarizer();
const rows = [
  row(
    '/summary (command, warm)',
    await measure(() => dispatcher.dispatchLine('/summary bench-article', chat, caller)),
  ),
  row('summary cold (no cache)', await measure(() => summarizer.summarize({ ...base }, 3))),
  row(
    '/source <claim> (command, warm)',
    await measure(() => dispatcher.dispatchLine(`/source bench-article ${claim}`, chat, caller)),
  ),
  row('claim support cold (no cache)', await measure(() => findSupport({ ...base }, claim))),
  row(
    '/source (list, command)',
    await measure(() => dispatcher.dispatchLine('/source bench-article', chat, caller)),
  ),
];
printTable(
  `Commands on a ${words.toLocaleString('en')}-word article (peak RSS ${peakRssMb()} MB)`,
  rows,
);
