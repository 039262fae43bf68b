import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { once } from 'node:events';
import { z } from 'zod';
import type { Summarizer } from '../core/summaries/summarizer.js';
import { articleFromText } from './article-from-text.js';

const inputLine = z.object({
  id: z.union([z.string().min(1), z.number()]),
  text: z.string(),
  title: z.string().optional(),
});

export interface BatchReport {
  readonly summarized: number;
  readonly skipped: number;
}

export interface BatchOptions {
  readonly input: Readable;
  readonly output: Writable;
  readonly summarizer: Summarizer;
  readonly sentences: number;
  /** Called for each line that is skipped, with its 1-based number and why. */
  readonly onSkip: (line: number, reason: string) => void;
}

/**
 * Reads `{id, text}` JSON lines and writes one `{id, summary: [sentence, …]}` line per article,
 * in input order. A line that is not such an object is reported and skipped; blank lines are
 * ignored.
 */
export async function summarizeJsonl(options: BatchOptions): Promise<BatchReport> {
  const { input, output, summarizer, sentences, onSkip } = options;
  let lineNumber = 0;
  let summarized = 0;
  let skipped = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber++;
    if (line.trim() === '') continue;
    const parsed = parseLine(line);
    if (!parsed.ok) {
      skipped++;
      onSkip(lineNumber, parsed.reason);
      continue;
    }
    const { id, text, title } = parsed.value;
    const article = articleFromText(String(id), text, title);
    const summary = await summarizer.summarize(article, sentences);
    const json = JSON.stringify({ id, summary: summary.sentences.map((s) => s.text) });
    if (!output.write(`${json}\n`)) await once(output, 'drain');
    summarized++;
  }
  return { summarized, skipped };
}

function parseLine(
  line: string,
): { ok: true; value: z.output<typeof inputLine> } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    return {
      ok: false,
      reason: `not JSON (${error instanceof Error ? error.message : 'parse error'})`,
    };
  }
  const result = inputLine.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue && issue.path.length > 0 ? issue.path.join('.') : 'line';
    return { ok: false, reason: `${field}: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, value: result.data };
}
