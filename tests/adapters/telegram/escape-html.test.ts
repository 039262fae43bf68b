import { describe, expect, it } from 'vitest';
import {
  cleanText,
  escapeHtml,
  htmlToPlainText,
  safeHref,
} from '../../../src/adapters/telegram/escape-html.js';

describe('escapeHtml', () => {
  it('escapes the characters Telegram HTML reserves', () => {
    expect(escapeHtml('<script>alert("x")</script> & co')).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co',
    );
  });

  it('keeps Markdown characters, emoji and right-to-left text as they are', () => {
    const text = '*bold* _it_ [link](x) 🗞️ 👩‍👩‍👧 עברית العربية';
    expect(escapeHtml(text)).toBe(text);
  });

  it('replaces lone surrogates and control characters, keeps pairs and newlines', () => {
    expect(cleanText('a\uD800b\uDC00c 😀\u0007\n')).toBe('a\uFFFDb\uFFFDc 😀 \n');
  });

  it('escapes an already escaped entity again, so it shows as typed', () => {
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});

describe('safeHref', () => {
  it('accepts http, https and tg links, escaped for an attribute', () => {
    expect(safeHref('https://example.org/a?b=1&c="2"')).toBe(
      'https://example.org/a?b=1&amp;c=%222%22',
    );
    expect(safeHref('tg://resolve?domain=x')).toBe('tg://resolve?domain=x');
  });

  it('refuses other schemes and what is not a URL', () => {
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('not a url')).toBeUndefined();
    expect(safeHref(undefined)).toBeUndefined();
  });
});

describe('htmlToPlainText', () => {
  it('removes tags and decodes the entities we write', () => {
    expect(htmlToPlainText('<b>a &lt;b&gt; &amp; &quot;c&quot;</b>')).toBe('a <b> & "c"');
  });
});
