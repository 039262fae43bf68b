import { describe, expect, it } from 'vitest';
import { ArticleIndex } from '../../../src/core/articles/article-index.js';
import { canonicalUrl } from '../../../src/core/articles/canonical-url.js';
import { slugify } from '../../../src/core/articles/slug.js';
import { draft } from '../../support/builders.js';

describe('ArticleIndex', () => {
  it('gives each article its title slug as a stable id', () => {
    const index = new ArticleIndex();
    const article = index.upsert('a.txt', draft({ title: 'Mars Rover’s Find: Water!' }));
    expect(article.id).toBe('mars-rovers-find-water');
    expect(index.get('mars-rovers-find-water')?.title).toBe('Mars Rover’s Find: Water!');
  });

  it('settles same-titled articles the same way whatever order they load in', () => {
    const older = draft({ title: 'Same', publishedAt: new Date('2026-01-01') });
    const newer = draft({ title: 'Same', publishedAt: new Date('2026-02-01') });
    const one = new ArticleIndex();
    one.upsert('old.txt', older);
    one.upsert('new.txt', newer);
    const two = new ArticleIndex();
    two.upsert('new.txt', newer);
    two.upsert('old.txt', older);
    expect(one.getByKey('old.txt')?.id).toBe('same');
    expect(two.getByKey('old.txt')?.id).toBe('same');
    expect(one.getByKey('new.txt')?.id).toBe(two.getByKey('new.txt')?.id);
    expect(one.getByKey('new.txt')?.id).toMatch(/^same-[0-9a-f]{6}$/);
  });

  it('lists newest first and forgets removed articles everywhere', () => {
    const index = new ArticleIndex();
    index.upsert('a', draft({ title: 'Old harbour story', publishedAt: new Date('2026-01-01') }));
    index.upsert(
      'b',
      draft({
        title: 'New harbour story',
        publishedAt: new Date('2026-03-01'),
        url: 'https://x.test/b',
      }),
    );
    expect(index.all().map((a) => a.id)).toEqual(['new-harbour-story', 'old-harbour-story']);
    index.remove('b');
    expect(index.all().map((a) => a.id)).toEqual(['old-harbour-story']);
    expect(index.search('harbour').map((h) => h.article.id)).toEqual(['old-harbour-story']);
    expect(index.findByUrl('https://x.test/b')).toBeUndefined();
  });

  it('finds an article by its URL with tracking parameters or a fragment added', () => {
    const index = new ArticleIndex();
    index.upsert('a', draft({ title: 'Linked', url: 'https://Example.com/story/?utm_source=x' }));
    expect(index.findByUrl('https://example.com/story#top')?.title).toBe('Linked');
  });

  it('ranks title matches above body matches in search', () => {
    const index = new ArticleIndex();
    index.upsert('a', draft({ title: 'Budget news', text: ['The tunnel was mentioned once.'] }));
    index.upsert('b', draft({ title: 'Tunnel reopens', text: ['Traffic returns.'] }));
    expect(index.search('tunnel')[0]?.article.title).toBe('Tunnel reopens');
  });

  it('keeps search correct after many replacements compact the index', () => {
    const index = new ArticleIndex();
    for (let i = 0; i < 200; i++)
      index.upsert(`k${i % 10}`, draft({ title: `Story ${i} about ferries` }));
    expect(index.size).toBe(10);
    expect(index.search('ferries', 100)).toHaveLength(10);
  });
});

describe('slugify and canonicalUrl', () => {
  it('makes short URL-safe slugs', () => {
    expect(slugify('Café — crème brûlée')).toBe('cafe-creme-brulee');
    expect(
      slugify('Russia warns Japan on Patriot transfers to US and implications for Ukraine').length,
    ).toBeLessThanOrEqual(60);
    expect(slugify('!!!')).toBe('article');
  });

  it('drops tracking parameters, fragments and trailing slashes', () => {
    expect(canonicalUrl('https://EXAMPLE.com/a/?utm_medium=x&b=2&a=1#frag')).toBe(
      'https://example.com/a?a=1&b=2',
    );
    expect(canonicalUrl('not a url')).toBe('not a url');
  });
});

describe('ArticleIndex vocabulary', () => {
  it('forgets the words of removed articles when it rebuilds, and still finds the rest', () => {
    const index = new ArticleIndex();
    const unique = (i: number, k: number) => `zq${i.toString(36)}y${k.toString(36)}w`;
    for (let i = 0; i < 300; i++) {
      const words = Array.from({ length: 20 }, (_, k) => unique(i, k)).join(' ');
      index.upsert(`feed:${i}`, draft({ title: `Story ${unique(i, 99)}`, text: [`${words}.`] }));
    }
    const before = index.vocabularySize;
    for (let i = 0; i < 250; i++) index.remove(`feed:${i}`);
    expect(index.vocabularySize).toBeLessThan(before / 2);
    expect(index.search(unique(280, 3))[0]?.article.title).toBe(`Story ${unique(280, 99)}`);
    expect(index.search(unique(10, 3))).toEqual([]);
  });
});
