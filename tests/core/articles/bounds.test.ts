import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, MAX_TITLE_CHARS } from '../../../src/core/articles/bounds.js';
import { draft } from '../../support/builders.js';
import { createTestBot } from '../../support/test-services.js';

const longestLine = (text: string) => Math.max(...text.split('\n').map((line) => line.length));

describe('titles, names and quoted sentences are capped for every platform', () => {
  const hugeTitle = `${'Breaking '.repeat(2_500)}end`; // 22,500 characters
  const markers = `${'Tolls stay suspended (Attribution: Wire) '.repeat(10_000)}(Attribution: Wire)`;
  const hugeSentence = `${'word '.repeat(4_000)}end.`;
  const articles = [
    draft({
      title: hugeTitle,
      publisher: 'P'.repeat(5_000),
      publishedAt: new Date('2026-11-26T11:00:00Z'),
      text: [
        `The tunnel reopened on Monday after repairs. (Attribution: ${'N'.repeat(10_000)})`,
        markers,
        `${hugeSentence} (Attribution: ${'S'.repeat(10_000)})`,
      ],
    }),
  ];

  it('shows at most MAX_TITLE_CHARS of a title in /news', async () => {
    const bot = createTestBot(articles);
    const { text } = await bot.send('/news');
    expect(text).toContain('Breaking Breaking');
    expect(text).not.toContain('end');
    expect(longestLine(text)).toBeLessThan(MAX_TITLE_CHARS + 400);
  });

  it('quotes capped sentences in /summary and /source, with capped source names', async () => {
    const bot = createTestBot(articles);
    for (const command of ['/summary 1 10', '/source 1', '/source 1 tolls stay suspended']) {
      const { reply, text } = await bot.send(command);
      expect(reply.tone, text).toBe('answer');
      expect(longestLine(text)).toBeLessThan(2 * MAX_SENTENCE_CHARS + 1_000);
      expect(text.length).toBeLessThan(30_000);
    }
    expect((await bot.send('/source 1 tolls stay suspended')).text).toContain(
      'Tolls stay suspended',
    );
  });
});
