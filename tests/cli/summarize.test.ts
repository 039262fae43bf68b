import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { articleFromText } from '../../src/batch/article-from-text.js';
import { createExtractiveSummarizer } from '../../src/core/summaries/extractive-summarizer.js';
import {
  startFakeChatCompletions,
  type FakeChatCompletions,
} from '../support/fake-chat-completions.js';
import { repositoryRoot, runScript } from '../support/run-script.js';

const fixture = fileURLToPath(new URL('../fixtures/batch-articles.jsonl', import.meta.url));

/** Runs `src/cli/summarize.ts` as `npm run summarize` does, with only the given settings. */
function runSummarize(args: string[], env: Record<string, string> = {}) {
  return runScript('src/cli/summarize.ts', args, { LOG_LEVEL: 'warn', ...env });
}

describe('npm run summarize', () => {
  let server: FakeChatCompletions | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('ends quietly with exit code 0 when the reader stops early (| head -1)', async () => {
    const lines = Array.from({ length: 2000 }, (_, i) =>
      JSON.stringify({ id: i, text: `${BRIDGE_TEXT} Item ${i}.` }),
    ).join('\n');
    const result = await new Promise<{ code: number | null; stderr: string }>((done) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'src/cli/summarize.ts', '--jsonl', '-'],
        {
          cwd: repositoryRoot,
          env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn' },
          stdio: ['pipe', 'pipe', 'pipe'],
        },
      );
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('close', (code) => done({ code, stderr }));
      child.stdin.on('error', () => undefined);
      child.stdin.end(lines);
    });
    expect(result.code).toBe(0);
    expect(result.stderr).not.toMatch(/EPIPE|failed/);
  });

  it('writes one JSON line per article, the same sentences /summary gives, and reports bad lines on stderr', async () => {
    const run = await runSummarize(['--jsonl', fixture]);
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => l.id)).toEqual(['bridge', 7, 'tiny']);
    const summarizer = createExtractiveSummarizer();
    const bridge = await summarizer.summarize(articleFromText('bridge', BRIDGE_TEXT), 3);
    expect(lines[0].summary).toEqual(bridge.sentences.map((s) => s.text));
    expect(lines[0].summary).toHaveLength(3);
    expect(lines[0].summary[0]).toMatch(/^The river authority closed/);
    expect(lines[0].summary.join(' ')).not.toMatch(/Click here|CNN/);
    expect(lines[2].summary).toEqual(['Only one sentence is in this short article.']);
    expect(run.stderr).toMatch(/batch-articles\.jsonl:2: skipped: not JSON/);
    expect(run.stderr).toMatch(/batch-articles\.jsonl:4: skipped: text:/);
    expect(run.stderr).toMatch(/summarized 3, skipped 2/);
  });

  it('takes --sentences', async () => {
    const run = await runSummarize(['--jsonl', fixture, '--sentences', '1']);
    const lines = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => l.summary.length)).toEqual([1, 1, 1]);
  });

  it('refuses a missing file or bad arguments with a message and no output', async () => {
    const missing = await runSummarize(['--jsonl', 'no/such/file.jsonl']);
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toMatch(/cannot read no\/such\/file\.jsonl/);
    const bad = await runSummarize(['--jsonl', fixture, '--sentences', '11']);
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad.stderr).toMatch(/usage:/);
  });

  it('uses the model summarizer when SUMMARIZER=openai, like /summary', async () => {
    server = await startFakeChatCompletions();
    server.answer = (request) => {
      const user = request.body.messages.find((m) => m.role === 'user')?.content ?? '';
      return {
        content: user.includes('harbour bridge')
          ? 'The river authority closed the harbour bridge after engineers found cracks.'
          : 'Something the article never said about 99 dragons.',
      };
    };
    const run = await runSummarize(['--jsonl', fixture], {
      SUMMARIZER: 'openai',
      OPENAI_BASE_URL: server.baseUrl,
      OPENAI_MODEL: 'fake-model',
    });
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines[0].summary).toEqual([
      'The river authority closed the harbour bridge after engineers found cracks.',
    ]);
    expect(lines[1].summary[0]).toBe('Voters in Lakeside chose a new mayor on Sunday.');
    expect(run.stderr).toMatch(/model summary not used/);
  });
});

const BRIDGE_TEXT =
  'Port Elm (CNN) -- The river authority closed the old harbour bridge on Monday after engineers found cracks in two of its supports. Engineers said the cracks had grown over the winter. A ferry will carry commuters across the river while the bridge is shut. The authority expects repairs to take at least six months. Click here for live travel updates.';
