import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES } from '../../src/article-files/read-article-file.js';
import { cappedLines } from '../../src/batch/capped-lines.js';
import { summarizeJsonl } from '../../src/batch/summarize-jsonl.js';
import { createExtractiveSummarizer } from '../../src/core/summaries/extractive-summarizer.js';
import type { Summarizer } from '../../src/core/summaries/summarizer.js';

const STORY =
  'The harbour tunnel reopened on Tuesday after four months of repairs to its concrete lining. ' +
  'Engineers found that the lining had cracked where river water seeped through the old joints. ' +
  'The city expects the repairs to keep the tunnel open for another thirty years at least.';

async function run(lines: string[], summarizer: Summarizer = createExtractiveSummarizer()) {
  const output = new PassThrough();
  let written = '';
  output.on('data', (chunk: Buffer) => (written += chunk.toString()));
  const skips: [number, string][] = [];
  const report = await summarizeJsonl({
    input: Readable.from([Buffer.from(lines.join('\n'))]),
    output,
    summarizer,
    sentences: 3,
    onSkip: (line, reason) => skips.push([line, reason]),
  });
  const results = written
    .trimEnd()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { id: string; summary: string[] });
  return { report, results, skips };
}

describe('summarizeJsonl caps', () => {
  it('summarises an article of 100,000 short sentences and skips a text over the 1 MiB cap', async () => {
    const many = Array.from({ length: 100_000 }, (_, i) => `Go ${i % 9}.`).join(' ');
    expect(Buffer.byteLength(many)).toBeLessThan(MAX_ARTICLE_BYTES);
    const huge = 'The tunnel reopened. '.repeat(Math.ceil(MAX_ARTICLE_BYTES / 20) + 10);
    const { report, results, skips } = await run([
      JSON.stringify({ id: 'many', text: many }),
      JSON.stringify({ id: 'huge', text: huge }),
      JSON.stringify({ id: 'story', text: STORY }),
    ]);
    expect(report).toEqual({ summarized: 2, skipped: 1 });
    expect(results.map((r) => r.id)).toEqual(['many', 'story']);
    const summary = results[0]?.summary ?? [];
    expect(summary.length).toBeGreaterThan(0);
    expect(new Set(summary).size).toBe(summary.length);
    expect(skips).toEqual([[2, expect.stringMatching(/over the article size cap/)]]);
  });

  it('drops a line too long to be an article without holding it, and goes on', async () => {
    const long = JSON.stringify({ id: 'long', text: 'x'.repeat(7 * MAX_ARTICLE_BYTES) });
    const { results, skips } = await run([long, JSON.stringify({ id: 'story', text: STORY })]);
    expect(results.map((r) => r.id)).toEqual(['story']);
    expect(skips).toEqual([[1, expect.stringMatching(/^line of \d+ bytes, over the/)]]);
  });

  it('reports an article whose summary fails and summarises the others', async () => {
    const fine = createExtractiveSummarizer();
    const failing: Summarizer = {
      summarize: (article, count) =>
        article.id === 'bad'
          ? Promise.reject(new Error('ranker exploded'))
          : fine.summarize(article, count),
    };
    const { report, results, skips } = await run(
      [JSON.stringify({ id: 'bad', text: STORY }), JSON.stringify({ id: 'good', text: STORY })],
      failing,
    );
    expect(report).toEqual({ summarized: 1, skipped: 1 });
    expect(results.map((r) => r.id)).toEqual(['good']);
    expect(skips).toEqual([[1, 'summary failed: ranker exploded']]);
  });
});

describe('cappedLines', () => {
  it('splits LF and CRLF lines across chunks, keeps UTF-8 intact, and numbers dropped lines', async () => {
    const bytes = Buffer.from('é1\r\nabcdefghij\nzß\n\nlast');
    // Chunks that cut a line and a two-byte character in half.
    const chunks = [bytes.subarray(0, 1), bytes.subarray(1, 9), bytes.subarray(9)];
    const lines = [];
    for await (const line of cappedLines(Readable.from(chunks), 6)) lines.push(line);
    expect(lines).toEqual([
      { ok: true, number: 1, text: 'é1' },
      { ok: false, number: 2, bytes: 10 },
      { ok: true, number: 3, text: 'zß' },
      { ok: true, number: 4, text: '' },
      { ok: true, number: 5, text: 'last' },
    ]);
  });
});
