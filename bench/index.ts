import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Runs every benchmark in its own process (so peak memory is its own) and prints their tables. */
const benches = [
  ['load-articles.ts'],
  ['article-store.ts'],
  ['commands.ts'],
  ['summary-size.ts'],
  ['digests.ts'],
  ['send-budget.ts'],
  ['i18n.ts'],
  ['feeds.ts'],
  ['filters.ts'],
  ['telegram-queue.ts'],
  ['ops-start.ts'],
  ['ops-metrics.ts'],
  ['feed-retention.ts'],
  ['fleet.ts'],
  ['discord-shards.ts'],
  ['web.ts'],
];
const only = process.argv[2];
let failed = false;
// Summary quality needs an evaluation file (JSONL of {id, text, reference}), which the repository
// does not ship: BENCH_SUMMARY_JSONL=path/to/dev.jsonl npm run bench
const summaryFile = process.env.BENCH_SUMMARY_JSONL;
if (summaryFile) benches.push(['summary.ts', summaryFile, '--passes', '3']);
else if (!only || 'summary.ts'.startsWith(only))
  console.log(
    '\nSummary benchmark skipped: set BENCH_SUMMARY_JSONL to a JSONL file of {id, text, reference}.',
  );
for (const [file, ...args] of benches) {
  if (!file || (only && !file.startsWith(only))) continue;
  const path = fileURLToPath(new URL(file, import.meta.url));
  const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', path, ...args], {
    stdio: 'inherit',
  });
  if (result.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
