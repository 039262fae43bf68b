import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { summarizeJsonl } from '../batch/summarize-jsonl.js';
import { loadConfigOrReport } from '../config.js';
import { createLogger } from '../logger.js';
import { createSummarizer } from '../summarizers/create-summarizer.js';

const USAGE =
  'usage: npm run --silent summarize -- --jsonl <file, or - for stdin> [--sentences N (1-10, default 3)]';

/**
 * `npm run summarize -- --jsonl <file> [--sentences N]`: one `{id, summary: [sentence, …]}` line
 * on standard output per `{id, text}` input line, from the same summarizer as /summary.
 * Everything else (bad lines, logs, the tally) goes to standard error.
 */
async function main(): Promise<number> {
  let jsonl: string | undefined;
  let sentences = 3;
  try {
    const { values } = parseArgs({
      options: { jsonl: { type: 'string' }, sentences: { type: 'string' } },
      strict: true,
    });
    jsonl = values.jsonl;
    if (values.sentences !== undefined) sentences = Number(values.sentences);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  if (!jsonl || !Number.isInteger(sentences) || sentences < 1 || sentences > 10) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const config = loadConfigOrReport();
  if (!config) return 2;
  const logger = createLogger(config.LOG_LEVEL);
  // npm runs scripts in the package folder; a relative path is meant from where npm was called.
  // eslint-disable-next-line no-restricted-properties -- INIT_CWD is npm's, not a setting
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), jsonl);
  const input = jsonl === '-' ? process.stdin : createReadStream(path);
  const opened = new Promise<void>((resolve, reject) => {
    if (input === process.stdin) resolve();
    else input.once('open', () => resolve()).once('error', reject);
  });
  try {
    await opened;
  } catch (error) {
    process.stderr.write(`cannot read ${jsonl}: ${error instanceof Error ? error.message : ''}\n`);
    return 1;
  }
  const report = await summarizeJsonl({
    input,
    output: process.stdout,
    summarizer: createSummarizer(config, logger),
    sentences,
    onSkip: (line, reason) => process.stderr.write(`${jsonl}:${line}: skipped: ${reason}\n`),
  });
  process.stderr.write(`summarized ${report.summarized}, skipped ${report.skipped}\n`);
  return 0;
}

// A reader that stops early (`… | head -2`) closes the pipe: that is the end of the output, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    if ((error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE') return;
    process.stderr.write(
      `summarize failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
