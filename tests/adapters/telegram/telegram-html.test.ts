import { describe, expect, it } from 'vitest';
import { checkTelegramHtml } from './peer/telegram-html.js';

/** The checker the test peer applies to every HTML message; it must itself catch bad markup. */
describe('checkTelegramHtml', () => {
  it('accepts valid Telegram HTML and reports the visible text', () => {
    const check = checkTelegramHtml(
      '<b><a href="https://x.org/?a=1&amp;b=2">T &lt;1&gt;</a></b>\n<blockquote><i>q</i></blockquote> &#128512;',
    );
    expect(check.problems).toEqual([]);
    expect(check.text).toBe('T <1>\nq 😀');
  });

  it.each([
    ['<script>x</script>', /not allowed/],
    ['a < b', /unescaped "<"/],
    ['a & b', /unescaped "&"/],
    ['a &nbsp; b', /unescaped "&"/],
    ['<b>x', /unclosed/],
    ['<b><i>x</b></i>', /closes/],
    ['<code><b>x</b></code>', /inside code/],
    ['<a href="https://a.org"><code>x</code></a>', /inside a link/],
    ['<a href="javascript:x">x</a>', /valid href/],
    ['<b onclick="x">x</b>', /attribute onclick/],
    ['a \uD800 b', /lone surrogate/],
    ['<b> </b>', /empty/],
    ['x'.repeat(4097), /over 4096/],
  ])('rejects %j', (html, problem) => {
    expect(checkTelegramHtml(html).problems.join('; ')).toMatch(problem);
  });
});
