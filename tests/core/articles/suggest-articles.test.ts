import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/articles/article.js';
import { suggestArticles } from '../../../src/core/articles/suggest-articles.js';
import { draft } from '../../support/builders.js';

function article(id: string, title: string): Article {
  return { ...draft({ title }), id };
}

const newestFirst = [
  article('city-budget', 'City budget passes'),
  article('harbour-tunnel-tolls', 'Harbour tunnel tolls suspended'),
  article('tunnel-vision', 'Tunnel vision at the harbour board'),
  article('cafe-reopens', 'Café reopens on Main Street'),
  article('rail-strike', 'Rail strike called off'),
  article('q3-report', 'Quarterly figures are out'),
];

const titles = (list: readonly Article[]) => list.map((a) => a.id);

describe('suggestArticles', () => {
  it('offers the newest articles when nothing is typed', () => {
    expect(titles(suggestArticles(newestFirst, '  ', 2))).toEqual([
      'city-budget',
      'harbour-tunnel-tolls',
    ]);
  });

  it('puts titles that start with the text before titles that merely contain its words', () => {
    expect(titles(suggestArticles(newestFirst, 'tunnel'))).toEqual([
      'tunnel-vision',
      'harbour-tunnel-tolls',
    ]);
  });

  it('matches partial words in any order, ignoring case, accents and punctuation', () => {
    expect(titles(suggestArticles(newestFirst, 'HARB tun'))).toEqual([
      'harbour-tunnel-tolls',
      'tunnel-vision',
    ]);
    expect(titles(suggestArticles(newestFirst, 'cafe'))).toEqual(['cafe-reopens']);
    expect(titles(suggestArticles(newestFirst, 'main st.'))).toEqual(['cafe-reopens']);
  });

  it('falls back to ids that start with the text', () => {
    expect(titles(suggestArticles(newestFirst, 'q3-rep'))).toEqual(['q3-report']);
  });

  it('finds nothing for words no title has, and respects the limit', () => {
    expect(suggestArticles(newestFirst, 'zebra')).toEqual([]);
    expect(suggestArticles(newestFirst, 'a', 1)).toHaveLength(1);
  });
});
