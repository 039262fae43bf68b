import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/articles/article.js';
import { wordIndexOf } from '../../src/core/filters/article-text.js';
import { ChannelFilter } from '../../src/core/filters/channel-filter.js';
import { EVERY_ARTICLE, type ArticleStore } from '../../src/core/ports/article-store.js';
import { draft } from '../support/builders.js';

/**
 * What every ArticleStore keeps for keyword filters (memory, SQLite, PostgreSQL): the word index
 * of each article's filter text, written with the article, so a story read back is filtered
 * without reading its words again, and filtered exactly as one never stored.
 */
export function articleWordIndexContract(name: string, open: () => Promise<ArticleStore>): void {
  describe(`ArticleStore word index contract: ${name}`, () => {
    const stories = [
      draft({ title: 'Council votes on the harbour budget', tags: ['Politics', 'politics'] }),
      draft({ title: 'Café owners protest', text: ['Crème brûlée prices rise; the café closes.'] }),
      draft({ title: 'Ёлки в Москве', text: ['Продажа ёлок началась. Bitcoin не принимают.'] }),
      draft({ title: 'Rover lands', text: ['A long story. '.repeat(200), 'crypto at the end'] }),
    ];
    const rules = new ChannelFilter([
      { kind: 'exclude', pattern: 'bitcoin "the cafe"' },
      { kind: 'include', pattern: 'politics cafe москве rover crypto /harbour budget/' },
    ]);

    it('reads each article back with the index of its own filter text', async () => {
      const store = await open();
      for (const [i, story] of stories.entries()) await store.put(`k${i}`, story);
      const read = await store.latest({ scope: EVERY_ARTICLE, limit: 10 });
      expect(read).toHaveLength(stories.length);
      for (const article of read) {
        expect(article.filterWords, article.title).toBeInstanceOf(Int32Array);
        expect([...(article.filterWords ?? [])]).toEqual([...wordIndexOf(article)]);
      }
    });

    it('filters a story read back exactly as the same story never stored', async () => {
      const store = await open();
      for (const [i, story] of stories.entries()) await store.put(`k${i}`, story);
      const verdicts = (articles: readonly Article[]) =>
        new Map(articles.map((a) => [a.title, rules.explain(a)]));
      const read = await store.latest({ scope: EVERY_ARTICLE, limit: 10 });
      const fresh = read.map(({ filterWords: _ignored, ...rest }) => ({ ...rest }));
      expect(verdicts(read)).toEqual(verdicts(fresh));
      // The stories differ in what they keep, so the comparison can fail.
      expect(read.map((a) => rules.keeps(a)).sort()).toEqual([false, false, true, true]);
    });

    it('writes a new index when an article changes', async () => {
      const store = await open();
      await store.put('k', draft({ title: 'Ferry news', text: ['Boats leave at nine.'] }));
      const before = await store.getByKey('k');
      await store.put('k', draft({ title: 'Ferry news', text: ['Bitcoin boats leave at ten.'] }));
      const after = await store.getByKey('k');
      expect([...(after?.filterWords ?? [])]).not.toEqual([...(before?.filterWords ?? [])]);
      expect(after && rules.keeps(after)).toBe(false);
    });
  });
}
