import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlainText } from '../../../src/article-files/parse-plain-text.js';
import type { Article } from '../../../src/core/articles/article.js';
import { findSupport } from '../../../src/core/sources/find-support.js';

const parsed = parsePlainText(
  readFileSync(new URL('../../fixtures/seed.txt', import.meta.url), 'utf8'),
);
if (!parsed.ok) throw new Error('seed does not parse');
const seed: Article = {
  ...parsed.article,
  id: 'seed',
  publishedAt: new Date(),
  origin: { kind: 'file', path: 'seed.txt' },
};

describe('findSupport', () => {
  it('finds the paragraph and source that back a claim, in other words', () => {
    const [best] = findSupport(seed, 'Japan relaxed its export controls on military products');
    expect(best?.paragraph).toBe(1);
    expect(best?.source).toBe('Russian Foreign Ministry briefing');
    expect(best?.text).toContain('relaxed export controls');
  });

  it('finds a claim from the Yomiuri paragraph', () => {
    const [best] = findSupport(
      seed,
      'Washington and Tokyo negotiated to raise ammunition shipments to Ukraine',
    );
    expect(best?.source).toBe('Yomiuri Shimbun reportage');
  });

  it('answers nothing for a claim the article does not make', () => {
    expect(findSupport(seed, 'Japan landed astronauts on the moon')).toEqual([]);
    expect(findSupport(seed, 'China banned rice exports to Brazil')).toEqual([]);
  });

  it('answers nothing for a claim of only stop words', () => {
    expect(findSupport(seed, 'the and of it')).toEqual([]);
  });
});
