import { describe, expect, it } from 'vitest';
import { resolveRef } from '../../src/core/articles/resolve-ref.js';
import { catalogue } from '../../src/core/i18n/catalogue.js';
import {
  EVERY_ARTICLE,
  type ArticleScope,
  type ArticleStore,
} from '../../src/core/ports/article-store.js';
import { draft } from '../support/builders.js';
import { ENGLISH, FOREIGN_NEWS, GERMAN, RUSSIAN, SPANISH } from '../support/foreign-paragraphs.js';

const all = (limit = 10) => ({ scope: EVERY_ARTICLE, limit });
const feed = (feedUrl: string, itemId: string) => ({ kind: 'feed' as const, feedUrl, itemId });

/** What every ArticleStore must do (memory, SQLite, PostgreSQL). */
export function articleStoreContract(name: string, open: () => Promise<ArticleStore>): void {
  describe(`ArticleStore contract: ${name}`, () => {
    it('gives each article its title slug as id, and keeps paragraphs, sources and fields', async () => {
      const store = await open();
      const put = await store.put(
        'a.txt',
        draft({
          title: 'Mars Rover’s Find: Water!',
          url: 'https://news.test/mars',
          publisher: 'Space Desk',
          tags: ['Science', 'space', 'science'],
          language: 'en',
          related: ['Next one'],
          text: ['First paragraph. (Attribution: NASA)', 'Second paragraph without a source.'],
        }),
      );
      expect(put).toEqual({ id: 'mars-rovers-find-water', changed: true });
      const article = await store.get('mars-rovers-find-water');
      expect(article).toMatchObject({
        id: 'mars-rovers-find-water',
        title: 'Mars Rover’s Find: Water!',
        url: 'https://news.test/mars',
        publisher: 'Space Desk',
        tags: ['science', 'space'],
        language: 'en',
        related: ['Next one'],
        paragraphs: [
          { text: 'First paragraph.', source: 'NASA' },
          { text: 'Second paragraph without a source.' },
        ],
      });
      expect(article?.paragraphs[1]?.source).toBeUndefined();
      expect((await store.getByKey('a.txt'))?.id).toBe('mars-rovers-find-water');
      expect(await store.get('nothing-here')).toBeUndefined();
    });

    it('writes the same content once, whoever writes it, and rewrites changed content', async () => {
      const store = await open();
      const first = draft({ title: 'Ferry timetable', text: ['Boats leave at nine.'] });
      expect((await store.put('k', first)).changed).toBe(true);
      expect(await store.put('k', { ...first })).toEqual({ id: 'ferry-timetable', changed: false });
      const edited = { ...first, paragraphs: [{ text: 'Boats leave at ten.' }] };
      expect((await store.put('k', edited)).changed).toBe(true);
      expect((await store.getByKey('k'))?.paragraphs).toEqual([{ text: 'Boats leave at ten.' }]);
      expect((await store.search('nine', all())).length).toBe(0);
      expect((await store.search('ten', all()))[0]?.article.id).toBe('ferry-timetable');
      const hashes = await store.contentHashes('file');
      expect([...hashes.keys()]).toEqual(['k']);
      expect(hashes.get('k')).toMatch(/\S/);
    });

    it('settles same-titled articles the same way whatever order they arrive in', async () => {
      const older = draft({ title: 'Same', publishedAt: new Date('2026-01-01') });
      const newer = draft({ title: 'Same', publishedAt: new Date('2026-02-01') });
      const one = await open();
      await one.put('old.txt', older);
      await one.put('new.txt', newer);
      const two = await open();
      await two.put('new.txt', newer);
      expect((await two.getByKey('new.txt'))?.id).toBe('same');
      await two.put('old.txt', older);
      expect((await one.getByKey('old.txt'))?.id).toBe('same');
      expect((await two.getByKey('old.txt'))?.id).toBe('same');
      const renamed = (await one.getByKey('new.txt'))?.id;
      expect(renamed).toMatch(/^same-[0-9a-f]{6}$/);
      expect((await two.getByKey('new.txt'))?.id).toBe(renamed);
      await two.remove('old.txt');
      expect((await two.getByKey('new.txt'))?.id).toBe('same');
    });

    it('lists newest first and forgets a removed article everywhere', async () => {
      const store = await open();
      await store.put(
        'a',
        draft({ title: 'Old harbour story', publishedAt: new Date('2026-01-01') }),
      );
      await store.put(
        'b',
        draft({
          title: 'New harbour story',
          publishedAt: new Date('2026-03-01'),
          url: 'https://x.test/b',
        }),
      );
      expect((await store.latest(all())).map((a) => a.id)).toEqual([
        'new-harbour-story',
        'old-harbour-story',
      ]);
      expect((await store.latest(all(1))).map((a) => a.id)).toEqual(['new-harbour-story']);
      expect(await store.remove('b')).toBe(true);
      expect(await store.remove('b')).toBe(false);
      expect((await store.latest(all())).map((a) => a.id)).toEqual(['old-harbour-story']);
      expect((await store.search('harbour', all())).map((h) => h.article.id)).toEqual([
        'old-harbour-story',
      ]);
      expect(await store.findByUrl('https://x.test/b')).toBeUndefined();
      expect(await store.get('new-harbour-story')).toBeUndefined();
    });

    it('finds an article by its URL with tracking parameters or a fragment added', async () => {
      const store = await open();
      await store.put(
        'a',
        draft({ title: 'Linked', url: 'https://Example.com/story/?utm_source=x' }),
      );
      expect((await store.findByUrl('https://example.com/story#top'))?.title).toBe('Linked');
    });

    it('ranks title matches above body matches, and matches stems, not stop words', async () => {
      const store = await open();
      await store.put(
        'a',
        draft({ title: 'Budget news', text: ['The tunnel was mentioned once.'] }),
      );
      await store.put('b', draft({ title: 'Tunnel reopens', text: ['Traffic returns.'] }));
      await store.put('c', draft({ title: 'Weather', text: ['Sunny and mild all week.'] }));
      expect((await store.search('tunnel', all()))[0]?.article.title).toBe('Tunnel reopens');
      expect((await store.search('tunnels', all())).map((h) => h.article.title).sort()).toEqual([
        'Budget news',
        'Tunnel reopens',
      ]);
      expect(await store.search('the and was', all())).toEqual([]);
      expect(await store.search('zeppelin', all())).toEqual([]);
      expect((await store.searchTitles('tunnel', all())).map((h) => h.article.title)).toEqual([
        'Tunnel reopens',
      ]);
      const hits = await store.search('robot books tunnel', all());
      expect(hits[0]?.score).toBeGreaterThan(0);
    });

    it('stems each article in its own language: German, Spanish and Russian words find their forms', async () => {
      const store = await open();
      for (const [i, article] of FOREIGN_NEWS.entries()) await store.put(`foreign-${i}`, article);
      const first = async (query: string) => (await store.search(query, all()))[0]?.article.title;
      // "Streiks" / "Streik" (German), "huelgas" / "huelga" (Spanish), "забастовками" / "забастовку".
      expect(await first('Streiks Fernzüge')).toBe(GERMAN.title);
      expect(await first('huelgas viajeros')).toBe(SPANISH.title);
      expect(await first('забастовками пассажиры')).toBe(RUSSIAN.title);
      expect(await first('tunnels')).toBe(ENGLISH.title);
      // A German stop word is no search term of German articles ("die" is every third word there).
      expect((await store.search('und der die', all())).map((h) => h.article.title)).not.toContain(
        GERMAN.title,
      );
    });

    it('finds the article that matches more of the query words first', async () => {
      const store = await open();
      await store.put(
        'seed',
        draft({ title: 'Storm warning for the coast', text: ['Winds of 90 km/h are expected.'] }),
      );
      await store.put(
        'tunnel',
        draft({ title: 'Harbour tunnel reopens', text: ['The tunnel reopened after repairs.'] }),
      );
      await store.put(
        'library',
        draft({ title: 'City library finds lost books', text: ['A robot sorted the books.'] }),
      );
      expect((await store.search('robot books', all()))[0]?.article.title).toBe(
        'City library finds lost books',
      );
    });

    it('resolves references by number, id, URL and title, and lists near-equal titles', async () => {
      const store = await open();
      const titles = [
        'Harbour tunnel reopens',
        'Coral reef recovers',
        'City marathon record',
        'City library finds books',
      ];
      for (const [i, title] of titles.entries())
        await store.put(`f${i}`, draft({ title, url: `https://news.test/${i}` }));
      expect(await resolveRef('tunnel', store, undefined)).toMatchObject({
        kind: 'found',
        article: { title: 'Harbour tunnel reopens' },
      });
      expect(await resolveRef('city marathon', store, undefined)).toMatchObject({
        kind: 'found',
        article: { title: 'City marathon record' },
      });
      const city = await resolveRef('city', store, undefined);
      expect(city.kind === 'ambiguous' && city.candidates.map((a) => a.title).sort()).toEqual([
        'City library finds books',
        'City marathon record',
      ]);
      expect(await resolveRef('https://news.test/1', store, undefined)).toMatchObject({
        kind: 'found',
        article: { id: 'coral-reef-recovers' },
      });
      const nine = await resolveRef('9', store, undefined);
      expect(nine.kind === 'none' && nine.reason(catalogue.translator('en'))).toMatch(
        /there are 4 articles; there is no number 9/i,
      );
      expect(await resolveRef('volcano', store, undefined)).toMatchObject({ kind: 'none' });
    });

    it('shows feed articles only to scopes that read their feed', async () => {
      const store = await open();
      await store.put(
        'file',
        draft({ title: 'Harbour file story', publishedAt: new Date('2026-01-01') }),
      );
      await store.put(
        'x1',
        draft({
          title: 'Harbour feed story',
          origin: feed('https://x.test/feed', 'x1'),
          publishedAt: new Date('2026-01-02'),
        }),
      );
      await store.put(
        'y1',
        draft({
          title: 'Harbour other story',
          origin: feed('https://y.test/feed', 'y1'),
          publishedAt: new Date('2026-01-03'),
        }),
      );
      const onlyX: ArticleScope = { feeds: new Set(['https://x.test/feed']) };
      const none: ArticleScope = { feeds: new Set() };
      expect((await store.latest({ scope: onlyX, limit: 10 })).map((a) => a.title)).toEqual([
        'Harbour feed story',
        'Harbour file story',
      ]);
      expect(
        (await store.search('harbour', { scope: none, limit: 10 })).map((h) => h.article.title),
      ).toEqual(['Harbour file story']);
      expect(await store.searchTitles('other', { scope: onlyX, limit: 10 })).toEqual([]);
      expect(await store.count(onlyX)).toBe(2);
      expect(await store.count(EVERY_ARTICLE)).toBe(3);
      expect(await store.keysOfFeed('https://x.test/feed')).toEqual(['x1']);
      expect([...(await store.contentHashes('feed')).keys()].sort()).toEqual(['x1', 'y1']);
      const many = await store.getManyByKey(['x1', 'file', 'missing']);
      expect([...many.keys()].sort()).toEqual(['file', 'x1']);
      expect(many.get('x1')?.origin).toEqual(feed('https://x.test/feed', 'x1'));
      expect(many.get('file')?.origin.kind).toBe('file');
    });

    it('filters by topic and lists the topics in scope', async () => {
      const store = await open();
      await store.put(
        'a',
        draft({ title: 'Match report', tags: ['Sport'], publishedAt: new Date('2026-01-01') }),
      );
      await store.put(
        'b',
        draft({
          title: 'Budget',
          tags: ['politics', 'economy'],
          publishedAt: new Date('2026-01-02'),
        }),
      );
      await store.put(
        'c',
        draft({ title: 'Hidden', tags: ['secret'], origin: feed('https://z.test/f', 'c') }),
      );
      expect((await store.latest({ ...all(), topic: 'SPORT' })).map((a) => a.title)).toEqual([
        'Match report',
      ]);
      expect(await store.latest({ ...all(), topic: 'weather' })).toEqual([]);
      expect(await store.topics({ feeds: new Set() }, 10)).toEqual([
        'economy',
        'politics',
        'sport',
      ]);
    });

    it('lists the articles of one origin published in a window, newest first', async () => {
      const store = await open();
      const at = (day: number) => new Date(Date.UTC(2026, 0, day));
      for (const day of [1, 2, 3, 4, 5])
        await store.put(`d${day}`, draft({ title: `Day ${day}`, publishedAt: at(day) }));
      await store.put(
        'f',
        draft({ title: 'Feed day 3', publishedAt: at(3), origin: feed('https://x.test/f', 'f') }),
      );
      const window = { origin: 'file' as const, since: at(2), until: at(4), limit: 10 };
      expect((await store.publishedBetween(window)).map((a) => a.title)).toEqual([
        'Day 4',
        'Day 3',
      ]);
      expect((await store.publishedBetween({ ...window, limit: 1 })).map((a) => a.title)).toEqual([
        'Day 4',
      ]);
      expect(
        (await store.publishedBetween({ ...window, origin: 'feed' })).map((a) => a.title),
      ).toEqual(['Feed day 3']);
    });
  });
}
