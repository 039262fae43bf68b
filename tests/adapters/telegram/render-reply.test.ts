import { describe, expect, it } from 'vitest';
import { CallbackCodec } from '../../../src/adapters/telegram/callback-data.js';
import { callbackData, renderReply } from '../../../src/adapters/telegram/render-reply.js';
import {
  answer,
  bold,
  code,
  errorReply,
  italic,
  link,
  list,
  paragraph,
  quote,
  section,
} from '../../../src/core/replies/build.js';
import type { Reply, Span } from '../../../src/core/replies/reply.js';
import { HOSTILE_TITLE } from './articles.js';
import { checkTelegramHtml } from './peer/telegram-html.js';

const codec = new CallbackCodec();
const render = (reply: Reply, limit?: number) =>
  renderReply(reply, (action) => codec.encode(action), limit);

function expectValid(reply: Reply) {
  const parts = render(reply);
  for (const part of parts) {
    expect(part.html.length).toBeLessThanOrEqual(4096);
    expect(checkTelegramHtml(part.html).problems).toEqual([]);
  }
  return parts;
}

describe('renderReply', () => {
  it('renders paragraphs, styles, lists and quotes as Telegram HTML', () => {
    const [part] = expectValid(
      answer([
        paragraph('Plain ', bold('bold'), ' ', italic('italic'), ' ', code('/news 5')),
        list([['first'], ['second']]),
        list([['one'], ['two']], true),
        quote('A quoted passage.'),
      ]),
    );
    expect(part!.html).toBe(
      'Plain <b>bold</b> <i>italic</i> <code>/news 5</code>\n\n• first\n• second\n\n1. one\n2. two\n\n<blockquote>A quoted passage.</blockquote>',
    );
  });

  it('renders a section with its linked bold title, body and italic footer', () => {
    const [part] = expectValid(
      answer([
        section('Harbour tunnel', [paragraph('Body text.')], {
          url: 'https://example.org/a?x=1&y=2',
          footer: 'Every sentence is quoted.',
        }),
      ]),
    );
    expect(part!.html).toBe(
      '<a href="https://example.org/a?x=1&amp;y=2"><b>Harbour tunnel</b></a>\nBody text.\n<i>Every sentence is quoted.</i>',
    );
  });

  it('escapes hostile titles and text so they cannot break parsing or inject markup', () => {
    const [part] = expectValid(
      answer([
        section(
          HOSTILE_TITLE,
          [paragraph(HOSTILE_TITLE), list([[link(HOSTILE_TITLE, 'https://a.org')]])],
          {
            url: 'https://example.org/"><script>',
            footer: HOSTILE_TITLE,
          },
        ),
      ]),
    );
    expect(part!.html).not.toContain('<script>');
    expect(part!.html).toContain('&lt;script&gt;');
    expect(checkTelegramHtml(part!.html).text).toContain(
      '*stars* _under_ [link](http://x) 🗞️👩‍👩‍👧 עברית العربية \uFFFD end',
    );
  });

  it('follows Telegram nesting rules: code never inside a link or holding bold', () => {
    const boldCode: Span = { text: 'x', code: true, bold: true };
    const linkedCode: Span = { text: 'y', code: true, url: 'https://a.org' };
    const [part] = expectValid(answer([paragraph(boldCode, ' ', linkedCode)]));
    expect(part!.html).toBe('<code>x</code> <a href="https://a.org/">y</a>');
  });

  it('shows a link with an unsafe URL as plain text', () => {
    const [part] = expectValid(answer([paragraph(link('click', 'javascript:alert(1)'))]));
    expect(part!.html).toBe('click');
  });

  it('turns actions into an inline keyboard with callback data of at most 64 bytes', () => {
    const id = 'russia-warns-japan-on-patriot-transfers-to-us-and-implications-for-ukr';
    const [part] = render(
      answer(
        [paragraph('News')],
        [
          [
            { label: 'Summary 1', command: 'summary', args: id },
            { label: 'Sources 1', command: 'source', args: 'short-id' },
          ],
        ],
      ),
    );
    expect(part!.keyboard).toHaveLength(1);
    const [summary, sources] = part!.keyboard![0]!;
    expect(summary!.text).toBe('Summary 1');
    expect(Buffer.byteLength(callbackData(summary!))).toBeLessThanOrEqual(64);
    expect(codec.decode(callbackData(summary!))).toEqual({ command: 'summary', args: id });
    expect(callbackData(sources!)).toBe('/source short-id');
  });

  it('splits a long reply into valid numbered parts, the buttons on the last one', () => {
    const sentences = Array.from(
      { length: 400 },
      (_, i) => `Claim ${i} is backed by <Source & Co>.`,
    );
    const parts = render(
      answer(
        [section('A long article', [list(sentences.map((s) => [s, italic(' — Reuters')]))])],
        [[{ label: 'Sources', command: 'source', args: 'a' }]],
      ),
    );
    expect(parts.length).toBeGreaterThan(2);
    parts.forEach((part, i) => {
      expect(part.html.length).toBeLessThanOrEqual(4096);
      expect(checkTelegramHtml(part.html).problems).toEqual([]);
      expect(part.html.endsWith(`(${i + 1}/${parts.length})</i>`)).toBe(true);
      expect(part.keyboard !== undefined).toBe(i === parts.length - 1);
    });
    const all = parts.map((p) => checkTelegramHtml(p.html).text).join('\n');
    expect(all.match(/Claim \d+/g)).toEqual(sentences.map((s) => s.split(' is')[0]));
  });

  it('renders error, usage and refusal replies too, never an empty message', () => {
    expectValid(errorReply('No article matches "<x>".'));
    expectValid({ tone: 'refusal', blocks: [paragraph('Only moderators can do that.')] });
    expect(render({ tone: 'answer', blocks: [paragraph('  ')] })[0]!.html).toBe('…');
  });
});
