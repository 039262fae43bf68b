import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlainText } from '../../src/article-files/parse-plain-text.js';
import type { ArticleDraft } from '../../src/core/articles/article.js';
import { createTestBot, TEST_CHAT } from '../support/test-services.js';
import { draft } from '../support/builders.js';

const parsed = parsePlainText(
  readFileSync(new URL('../fixtures/seed.txt', import.meta.url), 'utf8'),
);
if (!parsed.ok) throw new Error('seed does not parse');
const seed: ArticleDraft = {
  ...parsed.article,
  publishedAt: new Date('2026-11-26T09:00:00Z'),
  origin: { kind: 'file', path: 'seed.txt' },
};
const tunnel = draft({
  title: 'Harbour tunnel reopens',
  url: 'https://news.test/tunnel',
  publisher: 'Harbour Courier',
  tags: ['transport'],
  publishedAt: new Date('2026-11-26T11:00:00Z'),
  text: [
    'The tunnel reopened on Monday after a long repair. Tolls stay suspended until the end of the month.',
  ],
});
const library = draft({
  title: 'City library finds lost books',
  tags: ['culture'],
  publishedAt: new Date('2026-11-20T11:00:00Z'),
  text: ['The library found 40,000 books with a robot. (Attribution: Library press office)'],
});

describe('/news', () => {
  it('lists the newest first, numbered, with source, age and buttons', async () => {
    const bot = createTestBot([seed, tunnel, library]);
    const { reply, text } = await bot.send('/news');
    expect(text).toMatch(
      /1\. Harbour tunnel reopens <https:\/\/news.test\/tunnel> — Harbour Courier · 1 hour ago/,
    );
    expect(text).toMatch(
      /2\. Russia warns Japan .* — Russian Foreign Ministry release via RIA News \+6 more · 3 hours ago/,
    );
    expect(text).toMatch(/3\. City library finds lost books — Library press office · 6 days ago/);
    expect(reply.actions?.[0]).toEqual([
      { label: 'Summary 1', command: 'summary', args: 'harbour-tunnel-reopens' },
      { label: 'Sources 1', command: 'source', args: 'harbour-tunnel-reopens' },
    ]);
  });

  it('filters by topic and limits the count', async () => {
    const bot = createTestBot([seed, tunnel, library]);
    expect((await bot.send('/news culture')).text).toMatch(/1\. City library finds lost books/);
    const { text } = await bot.send('/news 1');
    expect(text).toContain('(1 of 3)');
    expect(text).not.toContain('2.');
  });

  it('names the known topics when a topic has no articles', async () => {
    const bot = createTestBot([tunnel, library]);
    const { reply, text } = await bot.send('/news 5 volcanoes');
    expect(reply.tone).toBe('error');
    expect(text).toContain('Topics: culture, transport.');
  });

  it('answers a count out of range with the usage', async () => {
    const bot = createTestBot([tunnel]);
    const { reply, text } = await bot.send('/news 99');
    expect(reply.tone).toBe('usage');
    expect(text).toContain('count must be from 1 to 20.');
    expect(text).toContain('Usage: /news [count] [topic]');
  });

  it.each(['3.5', '1e3', '99999999999999999999999', '-2', '0', '.5', '2e-1', '+21'])(
    'answers the number-like count "%s" with the 1-20 usage, not as a topic',
    async (count) => {
      const bot = createTestBot([tunnel]);
      const { reply, text } = await bot.send(`/news ${count}`);
      expect(reply.tone).toBe('usage');
      expect(text).toContain('Usage: /news [count] [topic]');
      expect(text).toMatch(/1 to 20/);
      expect(text).not.toContain('topic "');
    },
  );

  it('still takes a word after a valid count as the topic', async () => {
    const bot = createTestBot([tunnel]);
    expect((await bot.send('/news 3 transport')).text).toContain('Harbour tunnel reopens');
    expect((await bot.send('/news 3e')).text).toContain('No articles have the topic "3e"');
  });
});

describe('/summary', () => {
  it('summarises the article numbered in the last list, every sentence with its source', async () => {
    const bot = createTestBot([seed, tunnel]);
    await bot.send('/news');
    const { reply, text } = await bot.send('/summary 2');
    expect(reply.tone).toBe('answer');
    expect(text.split('\n')[0]).toBe(
      'Russia warns Japan on Patriot transfers to US and implications for Ukraine',
    );
    const bullets = text.split('\n').filter((line) => line.trim().startsWith('•'));
    expect(bullets).toHaveLength(3);
    for (const bullet of bullets)
      expect(bullet).toMatch(/ — Russian Foreign Ministry|— Yomiuri|— cross-regional/);
    expect(text).not.toMatch(/Attribution|No time to read|Get a summary/);
  });

  it('takes a number before any /news as the number /news would show', async () => {
    const bot = createTestBot([seed, tunnel]);
    const { text } = await bot.send('/summary 2');
    expect(text.split('\n')[0]).toBe(
      'Russia warns Japan on Patriot transfers to US and implications for Ukraine',
    );
  });

  it('takes the number of sentences and a reference by title words', async () => {
    const bot = createTestBot([seed, tunnel]);
    const bulletsOf = (text: string) =>
      text.split('\n').filter((line) => line.trim().startsWith('•')).length;
    const one = bulletsOf((await bot.send('/summary patriot transfers 1')).text);
    const five = bulletsOf((await bot.send('/summary patriot transfers 5')).text);
    const ten = bulletsOf((await bot.send('/summary patriot transfers 10')).text);
    expect([one, five, ten]).toEqual([1, 5, 10]);
  });

  it('summarises an article whose first paragraph is one run longer than the window', async () => {
    const story = [
      'The harbour tunnel reopened on Tuesday after nine weeks of repairs.',
      'Tolls stay suspended until the end of May, the council said.',
    ];
    const run = 'and then more of the same '.repeat(520);
    const bot = createTestBot([draft({ title: 'Harbour tunnel reopens', text: [run, ...story] })]);
    const { reply, text } = await bot.send('/summary harbour tunnel');
    expect(reply.tone).toBe('answer');
    expect(text).not.toContain('no sentences to summarise');
    expect(text).toContain(story[0]);
  });

  it('links the full article when it has a URL', async () => {
    const bot = createTestBot([tunnel]);
    expect((await bot.send('/summary tunnel')).text).toContain(
      'Full article: https://news.test/tunnel',
    );
  });

  it('lists the candidates for an ambiguous reference and makes them the numbered list', async () => {
    const bot = createTestBot([
      draft({ title: 'Storm hits the north coast' }),
      draft({ title: 'Storm hits the south coast' }),
    ]);
    const { reply, text } = await bot.send('/summary storm coast');
    expect(reply.tone).toBe('error');
    expect(text).toContain('Several articles match');
    expect(text).toMatch(/1\. Storm hits the (north|south) coast/);
    expect(bot.services.chatMemory.lastList(TEST_CHAT)).toHaveLength(2);
    expect((await bot.send('/summary 2')).reply.tone).toBe('answer');
  });

  it.each([
    ['/summary', 'ref is missing.'],
    ['/summary 1 0', 'sentences must be from 1 to 10.'],
    ['/summary 1 11', 'sentences must be from 1 to 10.'],
    [`/summary ${'x'.repeat(400)}`, 'ref is too long (at most 300 characters).'],
    [`/summary ${'word '.repeat(2500)}`, 'characters of arguments; the limit is 1,000.'],
  ])('answers %s with what was wrong and the usage', async (line, problem) => {
    const bot = createTestBot([tunnel]);
    const { reply, text } = await bot.send(line);
    expect(reply.tone).toBe('usage');
    expect(text).toContain(problem);
    expect(text).toContain('Usage: /summary <ref…> [sentences]');
  });

  it('says when a reference matches nothing', async () => {
    const bot = createTestBot([tunnel]);
    const { reply, text } = await bot.send('/summary volcano eruption');
    expect(reply.tone).toBe('error');
    expect(text).toContain('No article title matches "volcano eruption".');
  });
});

describe('/source', () => {
  it('lists all seven sources of the seed with the paragraphs each backs', async () => {
    const bot = createTestBot([seed]);
    const { text } = await bot.send('/source patriot');
    expect(text).toContain('7 sources back this article:');
    expect(text).toMatch(
      /• Russian Foreign Ministry release via RIA News — paragraph 1 “Russia has issued/,
    );
    expect(text).toMatch(/• Yomiuri Shimbun reportage — paragraph 5 “In parallel reporting/);
    expect(text).toMatch(/• cross-regional political analysis — paragraph 7 /);
  });

  it('answers a claim from the right paragraph and source', async () => {
    const bot = createTestBot([seed]);
    await bot.send('/news');
    const { text } = await bot.send(
      '/source 1 Kishida relaxed export controls on military products',
    );
    expect(text).toContain('“The diplomat recalled that in December of last year');
    expect(text).toContain('paragraph 2, Russian Foreign Ministry briefing');
  });

  it('says plainly when no passage supports a claim', async () => {
    const bot = createTestBot([seed]);
    await bot.send('/news');
    const { text } = await bot.send('/source 1 Japan landed astronauts on the moon');
    expect(text).toContain('No passage in this article supports that.');
    expect(text).not.toContain('paragraph 1,');
  });

  it('accepts a quoted title as the reference before the claim', async () => {
    const bot = createTestBot([seed, tunnel]);
    const { text } = await bot.send('/source "harbour tunnel" tolls stay suspended');
    expect(text).toContain('Tolls stay suspended until the end of the month.');
  });
});

describe('/search and /help', () => {
  it('finds articles by words in their text and numbers them', async () => {
    const bot = createTestBot([seed, tunnel, library]);
    const { text } = await bot.send('/search robot books');
    expect(text).toMatch(/1\. City library finds lost books/);
    expect((await bot.send('/summary 1')).text).toContain('City library finds lost books');
  });

  it('says when nothing matches a search', async () => {
    const bot = createTestBot([tunnel]);
    expect((await bot.send('/search zeppelin')).text).toContain('No article matches "zeppelin"');
  });

  it('lists every command on one line each, and explains one', async () => {
    const bot = createTestBot([]);
    const { text } = await bot.send('/help');
    for (const name of ['help', 'news', 'summary', 'source', 'search'])
      expect(text).toMatch(new RegExp(`• /${name}\\b.* — `));
    const detail = (await bot.send('/help summary')).text;
    expect(detail).toContain('/summary <ref…> [sentences]');
    expect(detail).toContain('sentences (optional): How many sentences');
  });

  it('suggests the closest command for a typo and handles unknown ones', async () => {
    const bot = createTestBot([]);
    expect((await bot.send('/serch x')).text).toContain('Did you mean /search?');
    expect((await bot.send('/zzzzzz')).text).toContain('Unknown command /zzzzzz.');
  });

  it('survives control characters and emoji in arguments', async () => {
    const bot = createTestBot([tunnel]);
    const { reply } = await bot.send('/search \u0000tunnel\u0007 🚇');
    expect(reply.tone).toBe('answer');
  });
});
