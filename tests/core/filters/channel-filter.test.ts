import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/articles/article.js';
import { ChannelFilter } from '../../../src/core/filters/channel-filter.js';
import { FILTER_TEXT_LIMIT } from '../../../src/core/filters/article-text.js';
import type { FilterRule } from '../../../src/core/filters/rule-text.js';
import { draft } from '../../support/builders.js';

function article(title: string, text = 'Nothing else to say.', feedUrl?: string): Article {
  return {
    ...draft({ title, text: [text] }),
    id: title,
    ...(feedUrl ? { origin: { kind: 'feed' as const, feedUrl, itemId: title } } : {}),
  };
}

const exclude = (pattern: string, feedUrl?: string): FilterRule => ({
  kind: 'exclude',
  pattern,
  feedUrl,
});
const include = (pattern: string, feedUrl?: string): FilterRule => ({
  kind: 'include',
  pattern,
  feedUrl,
});

describe('ChannelFilter', () => {
  it('drops a story with an excluded word, matching whole words only, ignoring case and accents', () => {
    const filter = new ChannelFilter([exclude('crypto cafe')]);
    expect(filter.keeps(article('CRYPTO markets fall'))).toBe(false);
    expect(filter.keeps(article('A new Café opens'))).toBe(false);
    expect(filter.keeps(article('Cryptography lecture'))).toBe(true);
    expect(filter.keeps(article('Cafeteria menu'))).toBe(true);
  });

  it('matches a quoted phrase only as consecutive words', () => {
    const filter = new ChannelFilter([exclude('"sponsored content"')]);
    expect(filter.keeps(article('Title', 'This is Sponsored   Content, clearly.'))).toBe(false);
    expect(filter.keeps(article('Title', 'Content that was sponsored.'))).toBe(true);
  });

  it('keeps only stories that match an include rule when there are include rules', () => {
    const filter = new ChannelFilter([include('climate'), include('/energ(y|ies)/')]);
    expect(filter.keeps(article('Climate summit ends'))).toBe(true);
    expect(filter.keeps(article('Title', 'Renewable ENERGIES grow.'))).toBe(true);
    expect(filter.keeps(article('Football results'))).toBe(false);
  });

  it('lets an exclude rule win over an include rule, and explains both', () => {
    const filter = new ChannelFilter([include('climate'), exclude('"opinion piece"')]);
    const story = article('Climate: an opinion piece');
    expect(filter.keeps(story)).toBe(false);
    expect(filter.explain(story)).toEqual({
      keep: false,
      excludedBy: [{ rule: 2, term: 'opinion piece' }],
      includedBy: [{ rule: 1, term: 'climate' }],
      includeRules: [1],
    });
    expect(filter.explain(article('Sports'))).toMatchObject({
      keep: false,
      includedBy: [],
      includeRules: [1],
    });
  });

  it('applies a feed’s rules to that feed’s stories only', () => {
    const feed = 'https://news.test/feed.xml';
    const filter = new ChannelFilter([exclude('deal', feed), include('harbour', feed)]);
    expect(filter.keeps(article('Great deal on harbour tours', 'x', feed))).toBe(false);
    expect(filter.keeps(article('Football', 'x', feed))).toBe(false);
    expect(filter.keeps(article('Harbour reopens', 'x', feed))).toBe(true);
    expect(filter.keeps(article('Great deal', 'x', 'https://other.test/feed'))).toBe(true);
    expect(filter.keeps(article('Football'))).toBe(true);
  });

  it('runs several regular expressions as one and still names the one that matched', () => {
    const filter = new ChannelFilter([
      exclude('/\\bnfts?\\b/'),
      exclude('/elon\\s+musk/'),
      exclude('/^breaking/'),
    ]);
    expect(filter.keeps(article('Elon   Musk again'))).toBe(false);
    expect(filter.keeps(article('Breaking: nothing'))).toBe(false);
    expect(filter.keeps(article('NFT sale'))).toBe(false);
    expect(filter.keeps(article('Musk ox spotted'))).toBe(true);
    expect(filter.explain(article('NFT and Elon Musk')).excludedBy.map((m) => m.rule)).toEqual([
      1, 2,
    ]);
  });

  it('reads the title, topics and the opening of the text only', () => {
    const filter = new ChannelFilter([exclude('weather')]);
    const tagged = { ...article('Title'), tags: ['weather'] };
    expect(filter.keeps(tagged)).toBe(false);
    const late = article('Title', `${'word '.repeat(FILTER_TEXT_LIMIT)}weather`);
    expect(filter.keeps(late)).toBe(true);
  });

  it('ignores a stored rule that no longer compiles and reports its number', () => {
    const filter = new ChannelFilter([exclude('/(unclosed/'), exclude('spam')]);
    expect(filter.broken).toEqual([1]);
    expect(filter.keeps(article('spam here'))).toBe(false);
    expect(filter.keeps(article('fine'))).toBe(true);
  });
});
