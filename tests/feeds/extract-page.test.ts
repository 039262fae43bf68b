import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractMainText } from '../../src/feeds/extract-page.js';

const page = readFileSync(
  new URL('../fixtures/pages/tunnel-article.html', import.meta.url),
  'utf8',
);

describe('extractMainText', () => {
  it('keeps the article’s paragraphs and leaves out navigation, banners, asides and footers', () => {
    const extracted = extractMainText(page);
    expect(extracted?.paragraphs[0]).toMatch(/^The harbour tunnel reopened to traffic on Monday/);
    expect(extracted?.paragraphs).toContain(
      'Tolls stay suspended until the end of the month to make up for the disruption, the council said in a statement on Sunday evening.',
    );
    const all = extracted?.paragraphs.join('\n') ?? '';
    expect(all).toMatch(/freight companies/);
    expect(all).not.toMatch(/cookies|Related|All rights reserved|Weather|pageview|pixel/);
  });

  it('finds no article in a page without one', () => {
    expect(
      extractMainText('<html><body><nav><a href="/">Home</a></nav><p>Short.</p></body></html>'),
    ).toBeUndefined();
  });
});
