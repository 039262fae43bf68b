import { describe, expect, it } from 'vitest';
import type { FilterStore } from '../../src/core/ports/filter-store.js';

/** What every FilterStore does; `open` returns an empty store. */
export function filterStoreContract(name: string, open: () => FilterStore | Promise<FilterStore>) {
  describe(`${name} filter store`, () => {
    const chat = { platform: 'discord', id: '42' };
    const other = { platform: 'telegram', id: '42' };
    const at = new Date('2026-12-01T09:00:00Z');

    it('keeps a channel’s rules in the order they were added, with their feed', async () => {
      const store = await open();
      const first = await store.addRule(chat, {
        kind: 'exclude',
        pattern: 'crypto "elon musk"',
        createdAt: at,
      });
      const second = await store.addRule(chat, {
        kind: 'include',
        pattern: '/climate|energy/',
        feedUrl: 'https://news.test/feed.xml',
        createdAt: new Date(at.getTime() + 1),
      });
      await store.addRule(other, { kind: 'exclude', pattern: 'elsewhere', createdAt: at });
      expect(second.id).not.toBe(first.id);
      expect(await store.listRules(chat)).toEqual([
        { id: first.id, chat, kind: 'exclude', pattern: 'crypto "elon musk"', createdAt: at },
        {
          id: second.id,
          chat,
          kind: 'include',
          pattern: '/climate|energy/',
          feedUrl: 'https://news.test/feed.xml',
          createdAt: new Date(at.getTime() + 1),
        },
      ]);
      expect((await store.listRules(other)).map((r) => r.pattern)).toEqual(['elsewhere']);
      expect(await store.listRules({ platform: 'discord', id: '43' })).toEqual([]);
    });

    it('removes one rule of one channel only, and says when there was none', async () => {
      const store = await open();
      const mine = await store.addRule(chat, { kind: 'exclude', pattern: 'a', createdAt: at });
      const theirs = await store.addRule(other, { kind: 'exclude', pattern: 'b', createdAt: at });
      expect(await store.removeRule(chat, theirs.id)).toBe(false);
      expect(await store.removeRule(chat, mine.id)).toBe(true);
      expect(await store.removeRule(chat, mine.id)).toBe(false);
      expect(await store.listRules(chat)).toEqual([]);
      expect(await store.listRules(other)).toHaveLength(1);
    });

    it('clears a channel’s rules and counts them', async () => {
      const store = await open();
      for (const pattern of ['a', 'b', 'c'])
        await store.addRule(chat, { kind: 'include', pattern, createdAt: at });
      await store.addRule(other, { kind: 'include', pattern: 'd', createdAt: at });
      expect(await store.clearRules(chat)).toBe(3);
      expect(await store.clearRules(chat)).toBe(0);
      expect(await store.listRules(other)).toHaveLength(1);
    });

    it('keeps text exactly as written, quotes, slashes and non-Latin letters included', async () => {
      const store = await open();
      const pattern = `/(?:"Ünïcödé"|'x'|\\d+)\\s*€/ — 東京 😀`;
      await store.addRule(chat, { kind: 'exclude', pattern, createdAt: at });
      expect((await store.listRules(chat))[0]?.pattern).toBe(pattern);
    });
  });
}
