import { seedArticle } from '../support/builders.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Logger } from '../../src/core/ports/logger.js';
import { pickSentences } from '../../src/core/summaries/extractive-summarizer.js';
import type { Summarizer } from '../../src/core/summaries/summarizer.js';
import { createChatCompletionsClient } from '../../src/summarizers/chat-completions.js';
import { createModelSummarizer } from '../../src/summarizers/openai-summarizer.js';
import {
  startFakeChatCompletions,
  type FakeChatCompletions,
} from '../support/fake-chat-completions.js';

const seed = seedArticle();

const GOOD_ANSWER = [
  'Russia warned Japan against transferring Patriot air defense missiles to the United States.',
  'Moscow said it would view such a move as complicity in the Ukraine conflict.',
].join('\n');

function recordingLogger(warnings: string[]): Logger {
  const logger: Logger = {
    debug: () => undefined,
    info: () => undefined,
    warn: (fields) => warnings.push(String((fields as { reason?: string }).reason)),
    error: () => undefined,
    child: () => logger,
  };
  return logger;
}

describe('model summarizer against a chat-completions server', () => {
  let server: FakeChatCompletions;
  let warnings: string[];
  let now: number;
  const make = (timeoutMs = 5000): Summarizer =>
    createModelSummarizer({
      client: createChatCompletionsClient({
        baseUrl: server.baseUrl,
        apiKey: 'sk-test',
        model: 'fake-model',
        timeoutMs,
      }),
      model: 'fake-model',
      extractive: (article, count) => pickSentences(article, count),
      logger: recordingLogger(warnings),
      now: () => now,
    });

  beforeEach(async () => {
    server = await startFakeChatCompletions();
    warnings = [];
    now = 0;
  });
  afterEach(() => server.close());

  it('uses a grounded answer, maps each sentence to the paragraphs it draws on, and sends the pick', async () => {
    server.answer = () => ({ content: GOOD_ANSWER });
    const summary = await make().summarize(seed, 3);
    expect(summary.method).toBe('model');
    expect(summary.sentences.map((s) => s.text)).toEqual(GOOD_ANSWER.split('\n'));
    expect(summary.sentences[0]).toMatchObject({
      paragraph: 0,
      source: 'Russian Foreign Ministry release via RIA News',
    });
    expect(summary.sentences[1]?.paragraphs).toContain(2);
    const [request] = server.requests;
    expect(request?.path).toBe('/v1/chat/completions');
    expect(request?.authorization).toBe('Bearer sk-test');
    expect(request?.body.model).toBe('fake-model');
    const userMessage = request?.body.messages.find((m) => m.role === 'user')?.content ?? '';
    for (const sentence of pickSentences(seed, 3)) expect(userMessage).toContain(sentence.text);
    expect(warnings).toEqual([]);
  });

  it('falls back to the extractive summary when a sentence is not in the article', async () => {
    server.answer = () => ({
      content: `${GOOD_ANSWER.split('\n')[0] ?? ''}\nJapan agreed to ship 500 tanks to Ukraine next week.`,
    });
    const summary = await make().summarize(seed, 3);
    expect(summary).toEqual({ method: 'extractive', sentences: pickSentences(seed, 3) });
    expect(warnings.join()).toMatch(/not grounded/);
  });

  it('falls back when the answer has more sentences than asked for', async () => {
    server.answer = () => ({ content: `${GOOD_ANSWER}\n${GOOD_ANSWER}` });
    expect((await make().summarize(seed, 3)).method).toBe('extractive');
    expect(warnings.join()).toMatch(/at most 3/);
  });

  it('falls back when the server answers too slowly', async () => {
    server.answer = () => ({ content: GOOD_ANSWER, delayMs: 3000 });
    const summary = await make(200).summarize(seed, 3);
    expect(summary.method).toBe('extractive');
    expect(warnings.join()).toMatch(/no answer within 200 ms/);
  });

  it('falls back on an HTTP 500 and on a malformed body', async () => {
    server.answer = () => ({ status: 500, body: '{"error":"boom"}' });
    expect((await make().summarize(seed, 3)).method).toBe('extractive');
    server.answer = () => ({ body: '{"choices":[]}' });
    expect((await make().summarize(seed, 2)).method).toBe('extractive');
    expect(warnings).toEqual(['HTTP 500', expect.stringMatching(/malformed answer/)]);
  });

  it('asks once per article and setting, also for concurrent requests', async () => {
    server.answer = () => ({ content: GOOD_ANSWER, delayMs: 50 });
    const summarizer = make();
    const [first, second] = await Promise.all([
      summarizer.summarize(seed, 3),
      summarizer.summarize(seed, 3),
    ]);
    expect(await summarizer.summarize(seed, 3)).toBe(first);
    expect(second).toBe(first);
    expect(server.requests).toHaveLength(1);
    await summarizer.summarize(seed, 2);
    await summarizer.summarize({ ...seed, title: `${seed.title} (updated)` }, 3);
    expect(server.requests).toHaveLength(3);
  });

  it('asks again after an error only once the retry delay has passed', async () => {
    server.answer = () => ({ status: 503, body: '' });
    const summarizer = make();
    await summarizer.summarize(seed, 3);
    await summarizer.summarize(seed, 3);
    expect(server.requests).toHaveLength(1);
    now += 61_000;
    server.answer = () => ({ content: GOOD_ANSWER });
    expect((await summarizer.summarize(seed, 3)).method).toBe('model');
    expect(server.requests).toHaveLength(2);
  });
});
