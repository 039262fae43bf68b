import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { parsePlainText } from '../src/article-files/parse-plain-text.js';
import { silentLogger } from '../src/core/ports/logger.js';
import { openStorage } from '../src/storage/open-storage.js';
import { schemaUrl, TEST_POSTGRES_URL } from '../tests/support/postgres.js';
import { bulkInsertArticles } from './lib/bulk-articles.js';
import { createRandom, plainTextArticle } from './lib/generate.js';

/**
 * 100,000 articles in PostgreSQL: a process started over them (peak RSS, start to first answer,
 * /search and /summary latency). The articles are written once into a schema of their own
 * (`briefly_bench_articles_<count>`, kept for the next run: writing them takes minutes), then a
 * fresh process (bench/article-store-process.ts) measures.
 */
const COUNT = Number(process.env.BENCH_ARTICLES ?? 100_000);
const BATCH = 500;
const FEED = 'https://bench.test/rss';
const base = process.env.BENCH_POSTGRES_URL ?? TEST_POSTGRES_URL;
const schema = `briefly_bench_articles_${COUNT}`;

const admin = new pg.Client({ connectionString: base });
try {
  await admin.connect();
} catch (error) {
  console.log(
    `\nArticle store benchmark skipped: no PostgreSQL at ${base} (${String(error)}); set BENCH_POSTGRES_URL.`,
  );
  process.exit(0);
}
await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
const url = schemaUrl(schema, base);
await (await openStorage(url, silentLogger)).close();
await admin.query(`SET search_path TO ${schema}`);
// The generated articles only: a run's process adds the sample files of CONTENT_DIR beside them.
const have = Number(
  (
    await admin.query<{ n: string }>(
      "SELECT count(*) AS n FROM articles WHERE origin_kind = 'feed'",
    )
  ).rows[0]?.n,
);
if (have !== COUNT) {
  const started = performance.now();
  await admin.query('TRUNCATE articles, article_paragraphs, article_tags, feed_subscriptions');
  const random = createRandom(11);
  const now = Date.now();
  for (let start = 0; start < COUNT; start += BATCH) {
    const entries = [];
    for (let i = start; i < Math.min(COUNT, start + BATCH); i++) {
      const parsed = parsePlainText(plainTextArticle(random, i, 400));
      if (!parsed.ok) throw new Error(parsed.problem.reason);
      entries.push({
        key: `${FEED}#${i}`,
        draft: {
          ...parsed.article,
          url: `https://bench.test/a/${i}`,
          tags: [`topic${i % 50}`],
          publishedAt: new Date(now - i * 60_000),
          origin: { kind: 'feed' as const, feedUrl: FEED, itemId: String(i) },
        },
      });
    }
    await admin.query('BEGIN');
    await bulkInsertArticles(admin, entries);
    await admin.query('COMMIT');
  }
  await admin.query(
    "INSERT INTO feed_subscriptions (platform, chat_id, feed_url, added_at) VALUES ('bench', 'reader', $1, 0)",
    [FEED],
  );
  await admin.query('ANALYZE');
  console.log(
    `\n(wrote ${COUNT.toLocaleString('en')} articles to ${schema} in ${((performance.now() - started) / 1000).toFixed(0)} s)`,
  );
}
await admin.end();

const child = fileURLToPath(new URL('article-store-process.ts', import.meta.url));
const result = spawnSync(process.execPath, ['--import', 'tsx', child], {
  stdio: 'inherit',
  env: { ...process.env, BENCH_DATABASE_URL: url, BENCH_ARTICLES: String(COUNT) },
});
process.exitCode = result.status ?? 1;
