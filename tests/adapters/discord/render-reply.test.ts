import { describe, expect, it } from 'vitest';
import { ButtonIds } from '../../../src/adapters/discord/button-ids.js';
import { MORE_BUTTONS, renderReply } from '../../../src/adapters/discord/render-reply.js';
import { packBlocks } from '../../../src/adapters/discord/pack-blocks.js';
import { splitInline } from '../../../src/adapters/discord/render-markdown.js';
import {
  answer,
  bold,
  errorReply,
  italic,
  link,
  list,
  paragraph,
  section,
} from '../../../src/core/replies/build.js';
import { overflowCommand } from './harness.js';
import { messageProblems } from './peer/check-payloads.js';

const ids = () => new ButtonIds();

describe('renderReply', () => {
  it('renders an article answer as an embed: linked title, description, footer', () => {
    const [message, ...rest] = renderReply(
      answer([
        section('Harbour tunnel', [paragraph('Tolls are ', bold('suspended'), '.')], {
          url: 'https://news.example/tunnel',
          footer: 'Every sentence is quoted.',
        }),
      ]),
      ids(),
    );
    expect(rest).toEqual([]);
    expect(message?.content).toBeUndefined();
    expect(message?.embeds).toEqual([
      expect.objectContaining({
        title: 'Harbour tunnel',
        url: 'https://news.example/tunnel',
        description: 'Tolls are **suspended**.',
        footer: { text: 'Every sentence is quoted.' },
      }),
    ]);
  });

  it('renders a list answer as an untitled embed with a numbered list and linked items', () => {
    const [message] = renderReply(
      answer([
        paragraph(bold('Latest news')),
        list([[link('A story', 'https://x.example/a')]], true),
      ]),
      ids(),
    );
    expect(message?.embeds[0]?.description).toBe(
      '**Latest news**\n\n1. [A story](https://x.example/a)',
    );
  });

  it('renders errors as plain content, not embeds', () => {
    expect(renderReply(errorReply('No article matches.'), ids())).toEqual([
      { content: 'No article matches.', embeds: [], components: [] },
    ]);
  });

  it('turns actions into buttons whose custom ids name the command and its argument', () => {
    const [message] = renderReply(
      answer([paragraph('x')], [[{ label: 'Summary 1', command: 'summary', args: 'a-story' }]]),
      ids(),
    );
    expect(message?.components).toEqual([
      {
        type: 1,
        components: [{ type: 2, style: 2, label: 'Summary 1', custom_id: 'run:summary:a-story' }],
      },
    ]);
  });

  it('escapes titles and text so nothing can be injected, and never links unsafe URLs', () => {
    const [message] = renderReply(
      answer([
        section('@everyone **Big** <@&123> [click](https://evil.example)', [
          paragraph('Hi @here <@42> <#7> *not italic* [x](https://evil.example) `code`'),
          paragraph(link('a link', 'javascript:alert(1)')),
        ]),
      ]),
      ids(),
    );
    const embed = message!.embeds[0]!;
    expect(embed.title).toBe(
      '@\u200beveryone \\*\\*Big\\*\\* <\u200b@&123> \\[click\\](https://evil.example)',
    );
    expect(embed.description).toBe(
      'Hi @\u200bhere <\u200b@42> <\u200b#7> \\*not italic\\* \\[x\\](https://evil.example) \\`code\\`\n\na link',
    );
  });

  it('keeps an answer over every limit within every limit, in order, with all its text', () => {
    const reply = overflowCommand.execute({} as never, {}) as ReturnType<typeof answer>;
    const messages = renderReply(reply, ids());
    expect(messages.length).toBeGreaterThan(3);
    for (const [i, message] of messages.entries())
      expect(messageProblems({ ...message }, `message ${i}`)).toEqual([]);
    const embeds = messages.flatMap((m) => m.embeds);
    const text = embeds.map((e) => e.description ?? '').join(' ');
    expect(text).toContain('Sentence 0 of a long answer');
    expect(text).toContain('Sentence 119 of a long answer');
    expect(text.indexOf('Sentence 0 ')).toBeLessThan(text.indexOf('Sentence 119 '));
    // The long section continues in untitled embeds, cut between sentences.
    expect(embeds[0]?.title).toBe('A very long article');
    expect(embeds[1]?.title).toBeUndefined();
    expect(embeds[0]?.description).toMatch(/tolls\.$/);
    expect(embeds.filter((e) => e.title?.endsWith('…'))).toHaveLength(14);
    expect(embeds.every((e) => (e.footer?.text.length ?? 0) <= 1600)).toBe(true);
    // 20 rows of two buttons become 10 rows of four, over two messages.
    const rows = messages.flatMap((m) => m.components);
    expect(rows).toHaveLength(10);
    expect(rows.flatMap((r) => r.components)).toHaveLength(40);
    expect(messages.at(-1)?.content).toBe(MORE_BUTTONS);
  });

  it('keeps plain text within 2,000 characters a message, cutting between sentences', () => {
    const long = 'This sentence is about the harbour tunnel. '.repeat(120).trim();
    const messages = renderReply(errorReply(long), ids());
    expect(messages.length).toBe(3);
    for (const message of messages) {
      expect(message.content!.length).toBeLessThanOrEqual(2000);
      expect(message.content!.length).toBeGreaterThan(1900 * (message === messages.at(-1) ? 0 : 1));
      expect(message.content).toMatch(/^This sentence.*tunnel\.$/s);
    }
  });

  it('puts at most 10 embeds in a message', () => {
    const sections = Array.from({ length: 25 }, (_, i) =>
      section(`Story ${i}`, [paragraph('Short.')]),
    );
    const messages = renderReply(answer(sections), ids());
    expect(messages.map((m) => m.embeds.length)).toEqual([10, 10, 5]);
  });

  it('splits long plain text at paragraph boundaries first', () => {
    const para = (letter: string) => paragraph(`${letter.repeat(900)}.`);
    const messages = renderReply(errorReply('Start.', para('a'), para('b'), para('c')), ids());
    expect(messages.map((m) => m.content?.length)).toEqual([1812, 901]);
    expect(messages[1]?.content).toBe(`${'c'.repeat(900)}.`);
  });
});

describe('splitInline and packBlocks', () => {
  it('cuts between sentences, carrying styles over, with no marker left open', () => {
    const runs = splitInline([italic('One sentence here. Another one there. A third.')], 25);
    expect(runs).toEqual([
      [italic('One sentence here.')],
      [italic('Another one there.')],
      [italic('A third.')],
    ]);
  });

  it('cuts a word longer than the limit inside it', () => {
    const chunks = packBlocks([paragraph('x'.repeat(5000))], 2000);
    expect(chunks.every((c) => c.length <= 2000)).toBe(true);
    expect(chunks.join('')).toBe('x'.repeat(5000));
  });

  it('cuts lists between items', () => {
    const items = Array.from({ length: 30 }, (_, i) => [`item ${i} `.padEnd(100, 'y')]);
    const chunks = packBlocks([list(items, true)], 1000);
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks) expect(chunk).toMatch(/^\d+\. item/);
  });
});
