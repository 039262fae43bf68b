import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/articles/article.js';
import { StoryClusters } from '../../../src/core/digests/story-clusters.js';
import { draft } from '../../support/builders.js';

let n = 0;
function article(title: string, at = new Date('2026-11-26T10:00:00Z')): Article {
  n++;
  return {
    ...draft({ title, publishedAt: at, url: `https://news.test/${n}`, text: [`${title}.`] }),
    id: `a${n}`,
  };
}
const token = (i: number) =>
  `w${i.toString(36).replace(/\d/g, (d) => 'abcdefghij'[Number(d)] ?? '')}`;

describe('StoryClusters', () => {
  it('puts reports of the same news together and others apart', () => {
    const clusters = new StoryClusters();
    const a = clusters.clusterOf(article('Harbour tunnel reopens after repair'));
    const b = clusters.clusterOf(article('Harbour tunnel reopens after long repair'));
    const c = clusters.clusterOf(article('Coral reef recovers faster than expected'));
    expect(b).toBe(a);
    expect(c).not.toBe(a);
  });

  it('remembers at most its bound of blocking keys, however many stories it has seen', () => {
    const MAX_KEYS = 2_000; // the default is 50,000
    const clusters = new StoryClusters(MAX_KEYS);
    for (let i = 0; clusters.keyCount < MAX_KEYS || i < 600; i++) {
      const words = Array.from({ length: 6 }, (_, k) => token(i * 6 + k)).join(' ');
      clusters.clusterOf(article(words));
      expect(clusters.keyCount).toBeLessThanOrEqual(MAX_KEYS);
    }
    // Recent stories still cluster after the oldest keys were dropped.
    const recent = clusters.clusterOf(article('Rail strike called off after pay deal'));
    expect(clusters.clusterOf(article('Rail strike called off after late pay deal'))).toBe(recent);
  });
});

describe('StoryClusters and old reports', () => {
  it('lets go of reports older than the comparison window', () => {
    const clusters = new StoryClusters();
    const old = clusters.clusterOf(
      article('Harbour tunnel reopens after repair', new Date('2026-11-01T10:00:00Z')),
    );
    const fresh = clusters.clusterOf(
      article('Harbour tunnel reopens after repair', new Date('2026-11-26T10:00:00Z')),
    );
    expect(fresh).not.toBe(old);
    const again = clusters.clusterOf(
      article('Harbour tunnel reopens after long repair', new Date('2026-11-26T12:00:00Z')),
    );
    expect(again).toBe(fresh);
  });

  it('drops the old reports from the lists a new report of the same words joins', () => {
    const clusters = new StoryClusters();
    for (let day = 1; day <= 5; day++) {
      clusters.clusterOf(
        article('Harbour tunnel reopens after repair', new Date(`2026-11-0${day}T10:00:00Z`)),
      );
    }
    const before = clusters.listedReports;
    // Weeks later the same words come back: the five old reports leave every list this one joins
    // (only their own URL keys still name them), so the total falls instead of growing by one per key.
    clusters.clusterOf(
      article('Harbour tunnel reopens after repair', new Date('2026-11-26T10:00:00Z')),
    );
    expect(clusters.listedReports).toBeLessThan(before);
  });
});
