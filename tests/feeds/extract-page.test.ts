import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractMainText, readPage } from '../../src/feeds/extract-page.js';

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

describe('readPage', () => {
  const withMeta = (meta: string) => page.replace('<head>', `<head>${meta}`);

  it('keeps the main text and the page’s og:image, resolved against the page', () => {
    const read = readPage(
      withMeta('<meta property="og:image" content="/media/tunnel.jpg">'),
      'https://courier.example/news/tunnel',
    );
    expect(read.image).toBe('https://courier.example/media/tunnel.jpg');
    expect(read.paragraphs?.[0]).toMatch(/^The harbour tunnel reopened/);
  });

  it('falls back to a Twitter card, and refuses javascript:, data: and private pictures', () => {
    expect(
      readPage(
        withMeta('<meta name="twitter:image" content="https://cdn.example.com/t.png">'),
        'https://courier.example/a',
      ).image,
    ).toBe('https://cdn.example.com/t.png');
    for (const bad of [
      'javascript:alert(1)',
      'data:image/png;base64,AAAA',
      'http://192.168.1.1/x.jpg',
      'http://localhost/x.jpg',
    ]) {
      expect(
        readPage(withMeta(`<meta property="og:image" content="${bad}">`), 'https://c.example/a')
          .image,
      ).toBeUndefined();
    }
  });
});
