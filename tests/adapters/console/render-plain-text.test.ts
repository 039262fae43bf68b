import { describe, expect, it } from 'vitest';
import { renderPlainText } from '../../../src/adapters/console/render-plain-text.js';
import { answer, list, paragraph, section } from '../../../src/core/replies/build.js';

describe('renderPlainText', () => {
  it('lets no terminal escape, control or bidi-override character from article text through', () => {
    const hostile = 'Evil \u001b]0;pwned\u0007 \u001b[31mred\u001b[0m title \u202Eabc \u0085';
    const text = renderPlainText(
      answer([
        section(hostile, [paragraph(hostile), list([[hostile]])], { url: 'https://x.test/a' }),
      ]),
    );
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(text).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E]/);
    expect(text).toContain('Evil  ]0;pwned   [31mred [0m title  abc');
    expect(text.split('\n')[0]).toMatch(/^Evil/);
  });

  it('renders sections, lists, links and footers as readable lines', () => {
    const text = renderPlainText(
      answer([
        section(
          'Title',
          [list([['one'], ['two']], true), paragraph({ text: 'site', url: 'https://s.test' })],
          {
            url: 'https://x.test',
            footer: 'note',
          },
        ),
      ]),
    );
    expect(text).toBe(
      'Title\n<https://x.test>\n  1. one\n  2. two\n  site <https://s.test>\n  (note)',
    );
  });
});
