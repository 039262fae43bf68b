import { catalogue } from '../../../src/core/i18n/catalogue.js';
import { describe, expect, it } from 'vitest';
import { MemoryArticleStore } from '../../../src/storage/articles/memory-article-store.js';
import { resolveRef, type Resolution } from '../../../src/core/articles/resolve-ref.js';
import { draft } from '../../support/builders.js';

function indexOf(...titles: string[]): MemoryArticleStore {
  const index = new MemoryArticleStore();
  titles.forEach((title, i) =>
    index.putNow(`f${i}`, draft({ title, url: `https://news.test/${i}` })),
  );
  return index;
}

const reasonOf = (resolution: Resolution) =>
  resolution.kind === 'none' ? resolution.reason(catalogue.translator('en')) : resolution.kind;

describe('resolveRef', () => {
  const index = indexOf(
    'Harbour tunnel reopens',
    'Coral reef recovers',
    'City marathon record',
    'City library finds books',
  );

  it('takes a number from the chat’s last list', async () => {
    const result = await resolveRef('2', index, ['harbour-tunnel-reopens', 'coral-reef-recovers']);
    expect(result).toMatchObject({ kind: 'found', article: { id: 'coral-reef-recovers' } });
  });

  it('explains a number out of range', async () => {
    expect(reasonOf(await resolveRef('3', index, ['harbour-tunnel-reopens']))).toMatch(
      /no number 3/,
    );
    expect(reasonOf(await resolveRef('9', index, undefined))).toMatch(
      /there are 4 articles; there is no number 9\. Send \/news/i,
    );
  });

  it('takes a number before any list from the latest articles, as /news would number them', async () => {
    const latest = index.index.all();
    expect(await resolveRef('2', index, undefined)).toMatchObject({
      kind: 'found',
      article: { id: latest[1]?.id },
    });
  });

  it('finds by id, by URL and by the best title match', async () => {
    expect(await resolveRef('coral-reef-recovers', index, undefined)).toMatchObject({
      kind: 'found',
    });
    expect(await resolveRef('https://news.test/0', index, undefined)).toMatchObject({
      kind: 'found',
      article: { title: 'Harbour tunnel reopens' },
    });
    expect(await resolveRef('tunnel', index, undefined)).toMatchObject({
      kind: 'found',
      article: { title: 'Harbour tunnel reopens' },
    });
    expect(await resolveRef('city marathon', index, undefined)).toMatchObject({
      kind: 'found',
      article: { title: 'City marathon record' },
    });
  });

  it('lists the candidates when several titles match about equally', async () => {
    const result = await resolveRef('city', index, undefined);
    expect(result.kind).toBe('ambiguous');
    expect(result.kind === 'ambiguous' && result.candidates.map((a) => a.title).sort()).toEqual([
      'City library finds books',
      'City marathon record',
    ]);
  });

  it('says so when nothing matches', async () => {
    expect(await resolveRef('volcano', index, undefined)).toMatchObject({ kind: 'none' });
    expect(await resolveRef('https://elsewhere.test/x', index, undefined)).toMatchObject({
      kind: 'none',
    });
  });
});

describe('resolveRef with words that carry no meaning', () => {
  const index = indexOf(
    'Heat pump subsidy doubles as government targets 1 million installations',
    'Apollo 11 lands on the Moon',
    'Apollo 13 returns safely',
    'The year in review: 2025',
  );

  it.each(["' OR 1=1 --", '1=1', 'the of and', '-- ; 1', '!!! ???', 'zebra 1', 'the 2025'])(
    'matches no title for "%s"',
    async (ref) => {
      const result = await resolveRef(ref, index, ['x']);
      expect(result.kind).toBe('none');
      expect(reasonOf(result)).toContain('Send /news');
    },
  );

  it('still lets numbers rank titles that a word matches', async () => {
    const result = await resolveRef('apollo 13', index, undefined);
    expect(result.kind === 'found' && result.article.title).toBe('Apollo 13 returns safely');
    expect(await resolveRef('year 2025', index, undefined)).toMatchObject({ kind: 'found' });
  });
});
