import type { Readable, Writable } from 'node:stream';
import { once } from 'node:events';
import { z } from 'zod';
import type { Summarizer } from '../core/summaries/summarizer.js';
import { MAX_ARTICLE_BYTES } from '../core/articles/article.js';
import { articleFromText } from './article-from-text.js';
import { cappedLines } from './capped-lines.js';

/**
 * The same cap as an article file's (1 MiB of text). A line may be longer than its text (JSON
 * escapes: "\u00e9" is six bytes for two), but never more than six times, plus the other fields.
 */
const MAX_LINE_BYTES = 6 * MAX_ARTICLE_BYTES + 64 * 1024;

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
 * in input order. A line that is not such an object, whose text is over the article size cap
 * (1 MiB, as for files), or whose summary fails is reported and skipped; blank lines are ignored.
 */
export async function summarizeJsonl(options: BatchOptions): Promise<BatchReport> {
  const { input, output, summarizer, sentences, onSkip } = options;
  let summarized = 0;
  let skipped = 0;
  const skip = (line: number, reason: string) => {
    skipped++;
    onSkip(line, reason);
  };
  for await (const line of cappedLines(input, MAX_LINE_BYTES)) {
    if (!line.ok) {
      skip(line.number, `line of ${line.bytes} bytes, over the article size cap`);
      continue;
    }
    if (line.text.trim() === '') continue;
    const parsed = parseLine(line.text);
    if (!parsed.ok) {
      skip(line.number, parsed.reason);
      continue;
    }
    const { id, text, title } = parsed.value;
    const bytes = Buffer.byteLength(text);
    if (bytes > MAX_ARTICLE_BYTES) {
      skip(
        line.number,
        `text of ${bytes} bytes, over the article size cap of ${MAX_ARTICLE_BYTES}`,
      );
      continue;
    }
    let summary: string[];
    try {
      const article = articleFromText(String(id), text, title);
      summary = (await summarizer.summarize(article, sentences)).sentences.map((s) => s.text);
    } catch (error) {
      skip(
        line.number,
        `summary failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      continue;
    }
    if (!output.write(`${JSON.stringify({ id, summary })}\n`)) await once(output, 'drain');
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
