import { describe, expect, it } from 'vitest';
import { html } from '../../src/web/html.js';
import { sanitizePlatformHtml } from '../../src/web/pages/sanitize.js';

describe('page HTML', () => {
  it('escapes every value written into a template unless it is a template itself', () => {
    const title = '<img src=x onerror=alert(1)> & "quotes"';
    expect(html`<p title="${title}">${title}${html`<b>ok</b>`}</p>`.text).toBe(
      '<p title="&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;">&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;<b>ok</b></p>',
    );
  });

  it('keeps the platforms’ formatting and http(s) links, and nothing else, from platform markup', () => {
    const out = sanitizePlatformHtml(
      '<b>Bold</b> <a href="https://e.org/a?b=1&amp;c=2">link</a> <a href="javascript:alert(1)">js</a>' +
        '<script>alert(1)</script><img src=x onerror=alert(1)><blockquote onclick="x()">q</blockquote>',
    ).text;
    expect(out).toBe(
      '<strong>Bold</strong> <a href="https://e.org/a?b=1&amp;c=2" rel="noopener noreferrer" target="_blank">link</a> js<blockquote>q</blockquote>',
    );
  });
});
