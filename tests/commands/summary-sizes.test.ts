import { describe, expect, it } from 'vitest';
import { parsePlainText } from '../../src/article-files/parse-plain-text.js';
import { MAX_ARTICLE_BYTES } from '../../src/article-files/read-article-file.js';
import type { ArticleDraft } from '../../src/core/articles/article.js';
import { createTestBot, MODERATOR, TEST_CHAT } from '../support/test-services.js';

/** A plain-text article file's draft, as the loader makes it from the file's text. */
function fileDraft(name: string, text: string): ArticleDraft {
  expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_ARTICLE_BYTES);
  const parsed = parsePlainText(text);
  if (!parsed.ok) throw new Error(parsed.problem.reason);
  return {
    ...parsed.article,
    publishedAt: new Date('2026-11-26T11:00:00Z'),
    origin: { kind: 'file', path: `${name}.txt` },
  };
}

const lines = [
  'The harbour tunnel reopened on Tuesday after four months of repairs to its lining.',
  'It had been closed since a flood in the spring damaged the concrete walls.',
  'Engineers replaced the cracked concrete lining along the whole length of the tunnel.',
  'But drivers say the tolls that pay for the repairs are far too high.',
  'The city council will vote on the tolls at its next meeting in December.',
];

describe('/summary and /digest preview at any size', () => {
  const paragraph = (i: number) =>
    `${lines.map((l) => l.replace('tunnel', `tunnel ${i % 50}`)).join(' ')} (Attribution: City Hall)`;
  const megabyte: string[] = [];
  for (let i = 0, bytes = 0; bytes < MAX_ARTICLE_BYTES - 4096; i++) {
    megabyte.push(paragraph(i));
    bytes += paragraph(i).length + 2;
  }
  const drafts = [
    fileDraft('megabyte', `Harbour tunnel reopens\n\n${megabyte.join('\n\n')}\n`),
    fileDraft(
      'sentences',
      `Tolls for the tunnel\n\n${Array.from({ length: 100_000 }, (_, i) => (i % 2 ? 'Go on.' : `Toll ${i % 40}.`)).join(' ')}\n`,
    ),
  ];

  it('quotes each sentence once, with no opening that dangles, for a 1 MiB article and one of 100,000 sentences', async () => {
    const bot = createTestBot(drafts);
    for (const [ref, count] of [
      ['harbour tunnel reopens', 10],
      ['harbour tunnel reopens', 2],
      ['harbour tunnel reopens', 1],
      ['tolls for the tunnel', 10],
    ] as const) {
      const { reply, text } = await bot.send(`/summary ${ref} ${count}`);
      expect(reply.tone).toBe('answer');
      const quoted = text.split('\n').filter((line) => line.includes(' — '));
      expect(quoted.length).toBeGreaterThan(0);
      expect(new Set(quoted).size).toBe(quoted.length);
      // A pronoun or connective opening comes right after the sentence it leans on.
      const plain = quoted.map((line) => line.replace(/^\W*|\s\d+| — .*$/g, ''));
      plain.forEach((line, i) => {
        const at = lines.indexOf(line);
        if (/^(?:It|But) /.test(line)) expect(plain[i - 1]).toBe(lines[at - 1]);
      });
      expect(plain.length).toBeLessThanOrEqual(count);
      // Each line once (which paragraph's copy of a line is quoted is the ranker's choice).
      if (count === 10 && ref === 'harbour tunnel reopens')
        expect([...plain].sort()).toEqual([...lines].sort());
    }
  });

  it('builds a digest preview with both stories', async () => {
    const bot = createTestBot(drafts);
    bot.clock.set('2026-11-26T12:00:00Z');
    await bot.send('/digest on', TEST_CHAT, MODERATOR);
    const { reply, text } = await bot.send('/digest preview', TEST_CHAT, MODERATOR);
    expect(reply.tone).toBe('answer');
    expect(text).toContain('2 new stories');
    expect(text).toContain('Harbour tunnel reopens');
    expect(text).toContain('Tolls for the tunnel');
  });
});
