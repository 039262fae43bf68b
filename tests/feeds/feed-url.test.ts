import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/core/i18n/catalogue.js';
import { readFeedList } from '../../src/feeds/feed-list-file.js';
import { displayUrl, normaliseFeedUrl } from '../../src/feeds/feed-url.js';

describe('normaliseFeedUrl', () => {
  it('normalises host and port, drops the fragment, adds https to a bare host', () => {
    expect(normaliseFeedUrl(' HTTPS://News.Example:443/feed.xml#top ')).toEqual({
      ok: true,
      url: 'https://news.example/feed.xml',
    });
    expect(normaliseFeedUrl('news.example/rss')).toEqual({
      ok: true,
      url: 'https://news.example/rss',
    });
    expect(normaliseFeedUrl('<https://news.example/a>')).toEqual({
      ok: true,
      url: 'https://news.example/a',
    });
  });

  it.each([
    ['file:///etc/passwd', 'only http and https addresses can be feeds, not file:'],
    ['ftp://news.example/feed', 'only http and https addresses can be feeds, not ftp:'],
    ['javascript:alert(1)', 'only http and https addresses can be feeds, not javascript:'],
    ['not a url', '"not a url" is not a URL'],
    [
      'http://%zz:x@example.com/',
      'the user name or password in the URL has a % that is not followed by two hex digits',
    ],
    [
      'https://me:50%off@example.com/rss',
      'the user name or password in the URL has a % that is not followed by two hex digits',
    ],
  ])('refuses %s', (input, reason) => {
    const result = normaliseFeedUrl(input);
    expect(result).toMatchObject({ ok: false, reason });
    // The same words for whoever added it, through the catalogue (English here).
    expect(!result.ok && result.problem(catalogue.translator('en'))).toBe(reason);
  });
});

describe('displayUrl', () => {
  it('removes user name and password', () => {
    expect(displayUrl('https://me:secret@news.example/feed')).toBe('https://news.example/feed');
    expect(displayUrl('https://news.example/feed')).toBe('https://news.example/feed');
  });
});

describe('readFeedList', () => {
  it('reports a feed list that cannot be read instead of failing the start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefly-list-'));
    try {
      mkdirSync(join(dir, 'feeds.txt'));
      expect(await readFeedList(dir)).toEqual({
        urls: [],
        problems: [{ line: 0, reason: 'the file cannot be read (EISDIR)' }],
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads URLs, skipping comments and blank lines, and reports bad lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefly-list-'));
    try {
      expect(await readFeedList(dir)).toEqual({ urls: [], problems: [] });
      writeFileSync(
        join(dir, 'feeds.txt'),
        '# feeds\nhttps://a.example/rss  # A\n\nhttps://a.example/rss\nftp://b.example/\nb.example/atom\nhttp://%zz:x@example.com/\n',
      );
      expect(await readFeedList(dir)).toEqual({
        urls: ['https://a.example/rss', 'https://b.example/atom'],
        problems: [
          { line: 5, reason: 'only http and https addresses can be feeds, not ftp:' },
          {
            line: 7,
            reason:
              'the user name or password in the URL has a % that is not followed by two hex digits',
          },
        ],
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
