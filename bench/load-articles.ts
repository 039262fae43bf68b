import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContentDirectory } from '../src/article-files/content-directory.js';
import { MemoryArticleStore } from '../src/storage/articles/memory-article-store.js';
import { EVERY_ARTICLE } from '../src/core/ports/article-store.js';
import { silentLogger } from '../src/core/ports/logger.js';
import { openSqliteStorage } from '../src/storage/open-storage.js';
import { createRandom, plainTextArticle } from './lib/generate.js';
import { megabytes, peakRssMb, printTable } from './lib/table.js';

/** Loading and indexing 10,000 generated ~800-word articles from a folder, as at start-up. */
const COUNT = Number(process.argv[2] ?? 10_000);
const dir = await mkdtemp(join(tmpdir(), 'briefly-bench-load-'));
const random = createRandom(42);
let bytes = 0;
for (let i = 0; i < COUNT; i++) {
  const text = plainTextArticle(random, i);
  bytes += Buffer.byteLength(text);
  await writeFile(join(dir, `article-${String(i).padStart(5, '0')}.txt`), text);
}
global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const rssBefore = peakRssMb();
const index = new MemoryArticleStore();
const started = performance.now();
const report = await new ContentDirectory(dir, index, silentLogger).load();
const seconds = (performance.now() - started) / 1000;
const firstSearch = performance.now();
await index.search('kalo merit', { scope: EVERY_ARTICLE, limit: 10 });
const searchMs = performance.now() - firstSearch;
global.gc?.();
printTable(
  `Load and index ${COUNT.toLocaleString('en')} articles (${megabytes(bytes)} MB of text)`,
  [
    {
      articles: report.loaded,
      skipped: report.skipped.length,
      seconds: seconds,
      'articles/s': Math.round(report.loaded / seconds),
      'MB/s': megabytes(bytes) / seconds,
      'heap retained MB': megabytes(process.memoryUsage().heapUsed - heapBefore),
      'peak RSS MB': peakRssMb(),
      'RSS before MB': rssBefore,
      'first search ms': searchMs,
    },
  ],
);

// The same folder into the SQLite article store (what `npm start` does): a first start writes every
// article; a restart finds them stored (same content hashes) and writes nothing.
const storage = openSqliteStorage(`sqlite:${join(dir, '.db', 'bench.db')}`, silentLogger);
const rows = [];
for (const start of ['first start', 'restart']) {
  const began = performance.now();
  const loaded = await new ContentDirectory(dir, storage.articles, silentLogger).load();
  const took = (performance.now() - began) / 1000;
  const searchBegan = performance.now();
  await storage.articles.search('kalo merit', { scope: EVERY_ARTICLE, limit: 10 });
  rows.push({
    start,
    articles: loaded.loaded,
    seconds: took,
    'articles/s': Math.round(loaded.loaded / took),
    'search ms': performance.now() - searchBegan,
  });
}
printTable(`Load ${COUNT.toLocaleString('en')} articles into the SQLite article store`, rows);
await storage.close();
await rm(dir, { recursive: true, force: true });
