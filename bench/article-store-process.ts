import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/core/ports/logger.js';
import { createRandom, topicalWord } from './lib/generate.js';
import { peakRssMb, printTable, quantile } from './lib/table.js';

/** One process started over the article store that bench/article-store.ts filled; see there. */
const url = process.env.BENCH_DATABASE_URL;
if (!url) throw new Error('BENCH_DATABASE_URL is not set');
const count = Number(process.env.BENCH_ARTICLES ?? 100_000);
const RUNS = 500;
const chat = { platform: 'bench', id: 'reader' };
const caller = { isModerator: () => Promise.resolve(false) };

const modulesLoadedMs = performance.now();
const config = loadConfig({ DATABASE_URL: url, CONTENT_DIR: 'content' }, '');
const app = await createApp(config, silentLogger, { watchContent: false, startFeeds: false });
const first = await app.dispatcher.dispatchLine('/news', chat, caller);
// performance.now() counts from the start of this process: module loading is included.
const firstAnswerMs = performance.now();
if (first.tone === 'error') throw new Error('no first answer');

async function timed(lines: readonly string[]): Promise<number[]> {
  const times: number[] = [];
  for (const line of lines) {
    const started = performance.now();
    const reply = await app.dispatcher.dispatchLine(line, chat, caller);
    times.push(performance.now() - started);
    if (reply.tone === 'error' && !line.startsWith('/search')) throw new Error(`${line}: failed`);
  }
  return times;
}

const random = createRandom(5);
// Query words drawn evenly from the articles' vocabulary: some in most articles, most in few.
const word = () => topicalWord(Math.floor(random() * 6000));
const searches = Array.from({ length: RUNS }, () => `/search ${word()} ${word()}`);
const summaries = Array.from(
  { length: RUNS },
  () => `/summary ${Math.floor(random() * count)}`,
).map((line) => line.replace(/(\d+)$/, (n) => `https://bench.test/a/${n}`));
const searchMs = await timed(searches);
const summaryMs = await timed(summaries);
const repeatMs = await timed(summaries.slice(0, 100));
printTable(`Article store: ${count.toLocaleString('en')} articles in PostgreSQL, one process`, [
  {
    'modules loaded ms': modulesLoadedMs,
    'start to first answer ms': firstAnswerMs,
    '/search p50 ms': quantile(searchMs, 0.5),
    '/search p99 ms': quantile(searchMs, 0.99),
    '/summary p50 ms': quantile(summaryMs, 0.5),
    '/summary p99 ms': quantile(summaryMs, 0.99),
    'repeat /summary p99 ms': quantile(repeatMs, 0.99),
    'peak RSS MB': peakRssMb(),
  },
]);
await app.close();
