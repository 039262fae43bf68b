import { commands } from '../commands/index.js';
import { MemoryArticleStore } from '../src/storage/articles/memory-article-store.js';
import type { Article } from '../src/core/articles/article.js';
import { createDispatcher } from '../src/core/commands/dispatch.js';
import { CommandRegistry } from '../src/core/commands/registry.js';
import { openSqliteStorage } from '../src/storage/open-storage.js';
import { systemClock } from '../src/core/ports/clock.js';
import { silentLogger } from '../src/core/ports/logger.js';
import { parsePlainText } from '../src/article-files/parse-plain-text.js';
import { createRandom, plainTextArticle } from './lib/generate.js';
import { peakRssMb, printTable, quantile } from './lib/table.js';
import { benchServices } from './lib/bench-services.js';

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

// 1,050 copies of the article under their own ids, so that every run of "first time" meets an
// article the bot has never segmented, ranked or indexed for claims.
const index = new MemoryArticleStore();
const COPIES = RUNS + 50;
const ids = Array.from(
  { length: COPIES },
  (_, i) =>
    index.putNow(`bench-${i}.txt`, {
      ...base,
      id: `bench-${i}`,
      title: `${base.title} ${i}`,
      // Paragraphs of its own: the summarizer remembers summaries by the paragraphs array.
      paragraphs: base.paragraphs.map((paragraph) => ({ ...paragraph })),
    }).id,
);
const storage = openSqliteStorage('sqlite::memory:', silentLogger);
const services = benchServices(index, storage, systemClock);
const dispatcher = createDispatcher(new CommandRegistry(commands), services);
const chat = { platform: 'bench', id: '1' };
const caller = { isModerator: () => Promise.resolve(true) };

interface Timings {
  /** Wall-clock milliseconds per run. */
  readonly wall: number[];
  /**
   * CPU milliseconds of this process per run: the work itself, without the time the operating
   * system gave other processes meanwhile (on a shared, loaded machine the wall clock's p99 is
   * mostly that). Garbage collection on the main thread counts.
   */
  readonly cpu: number[];
}

async function measure(run: (i: number) => unknown): Promise<Timings> {
  for (let i = 0; i < 50; i++) await run(RUNS + i); // warm-up on copies the runs never meet
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    await run(i);
    wall.push(performance.now() - started);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall, cpu };
}

const row = (name: string, { wall, cpu }: Timings) => ({
  operation: name,
  runs: wall.length,
  'p50 ms': quantile(wall, 0.5),
  'p99 ms': quantile(wall, 0.99),
  'max ms': Math.max(...wall),
  'CPU p50 ms': quantile(cpu, 0.5),
  'CPU p99 ms': quantile(cpu, 0.99),
  'ops/s': Math.round(wall.length / (wall.reduce((a, b) => a + b, 0) / 1000)),
});

const line = (command: string, i: number, rest = '') =>
  dispatcher.dispatchLine(`/${command} ${ids[i % COPIES] ?? ''}${rest}`, chat, caller);
const rows = [
  row('/summary, first time for the article', await measure((i) => line('summary', i))),
  row('/summary, article summarised before', await measure((i) => line('summary', i % 100))),
  row(
    '/source <claim>, first time for the article',
    await measure((i) => line('source', i, ` ${claim}`)),
  ),
  row(
    '/source <claim>, article checked before',
    await measure((i) => line('source', i % 100, ` ${claim}`)),
  ),
  row('/source (the list of sources)', await measure((i) => line('source', i))),
];
printTable(
  `Commands on a ${words.toLocaleString('en')}-word article (peak RSS ${peakRssMb()} MB)`,
  rows,
);
