import { describe, expect, it } from 'vitest';
import { answer, list, paragraph, quote, section } from '../../src/core/replies/build.js';
import type { Action, Reply } from '../../src/core/replies/reply.js';

/** One adapter's renderer and button codec, seen the way the contract checks them. */
export interface RenderingUnderTest {
  /** Each message a reply becomes: what a reader sees, and what the platform would refuse. */
  render(reply: Reply): { visible: string; raw: string; problems: string[] }[];
  /** The button data of a rendered reply, in order; undefined where the platform has no buttons. */
  buttons?(reply: Reply): string[];
  /** The command a button's data runs. */
  press?(data: string): { command: string; args: string } | undefined;
}

const HOSTILE = [
  '<b>not bold</b> & <a href="x">no link</a> &amp;',
  '*not bold* _not italic_ ~~not struck~~ `not code` ||no spoiler||',
  '[click me](https://evil.example) @everyone @here <@123456789012345678> <@&42> <#42>',
  'Right-to-left: שלום עולם, emoji: 🗞️👩‍👩‍👧',
];

/** Every block type, far longer than any platform takes in one message. */
function huge(): Reply {
  const long = Array.from({ length: 3000 }, (_, i) => `word${i}`).join(' ');
  return answer([
    paragraph(long),
    list(
      Array.from({ length: 300 }, (_, i) => [`Item ${i} ${'x'.repeat(60)}`]),
      true,
    ),
    quote('q'.repeat(5000)),
    ...Array.from({ length: 30 }, (_, i) =>
      section(`Title ${i} ${'t'.repeat(400)}`, [paragraph('body '.repeat(500))], {
        url: `https://news.example/${i}`,
        footer: `Source ${'s'.repeat(3000)}`,
      }),
    ),
  ]);
}

const actions: Action[] = [
  { label: 'Summary', command: 'summary', args: 'harbour-tunnel-reopens' },
  { label: 'Sources', command: 'source', args: `${'a-very-long-article-id-'.repeat(5)}end` },
  { label: 'Claim', command: 'source', args: 'harbour "tolls stay" until März 🗞️' },
  { label: 'News', command: 'news', args: '' },
];

/** The same checks for every adapter: limits, hostile text, buttons that come back as sent. */
export function adapterRenderingContract(name: string, make: () => RenderingUnderTest): void {
  describe(`${name} rendering (adapter contract)`, () => {
    it('renders every block type within the platform limits, losing no block', () => {
      const messages = make().render(huge());
      expect(messages.flatMap((m) => m.problems)).toEqual([]);
      const seen = messages.map((m) => m.visible).join('\n');
      for (const mark of ['word0', 'word2999', 'Item 299', 'Title 29', 'qqqq', 'body'])
        expect(seen).toContain(mark);
    });

    it('shows hostile text as written: no markup, no link, no ping, no control character', () => {
      const adapter = make();
      const reply = answer([
        ...HOSTILE.map((text) => paragraph(text)),
        list(HOSTILE.map((text) => [text])),
        quote(HOSTILE[1]!),
        section(HOSTILE[0]!, [paragraph(HOSTILE[2]!)], { footer: HOSTILE[3]! }),
        paragraph('bell\u0007 escape\u001b[31m override\u202e end'),
      ]);
      const messages = adapter.render(reply);
      expect(messages.flatMap((m) => m.problems)).toEqual([]);
      const visible = messages.map((m) => m.visible).join('\n');
      for (const text of HOSTILE) expect(visible).toContain(text);
      const raw = messages.map((m) => m.raw).join('\n');
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      expect(raw).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E]/);
    });

    it('gives every button data that runs the same command again', () => {
      const adapter = make();
      if (!adapter.buttons || !adapter.press) return;
      const reply: Reply = { ...answer([paragraph('Pick one')]), actions: [actions] };
      const data = adapter.buttons(reply);
      expect(data).toHaveLength(actions.length);
      expect(data.map((d) => adapter.press?.(d))).toEqual(
        actions.map(({ command, args }) => ({ command, args })),
      );
    });
  });
}
