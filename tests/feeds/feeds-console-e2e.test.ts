import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { longText, rssDocument } from '../support/feed-documents.js';
import { answersOf, runBot } from '../support/run-bot.js';
import { send, startFixtureServer, type FixtureServer } from '../support/fixture-server.js';

const page = readFileSync(
  new URL('../fixtures/pages/tunnel-article.html', import.meta.url),
  'utf8',
);

async function run(lines: readonly string[], env: Record<string, string>) {
  const { code, stdout } = await runBot(`${lines.join('\n')}\n`, env);
  return { code, answers: answersOf(stdout) };
}

let server: FixtureServer;
const dir = mkdtempSync(join(tmpdir(), 'briefly-feeds-e2e-'));
beforeAll(async () => {
  server = await startFixtureServer();
  const now = Date.now();
  server.route(
    '/courier.xml',
    send(
      rssDocument({ title: 'Harbour Courier' }, [
        {
          title: 'Harbour tunnel reopens after three months',
          link: server.url('/news/tunnel'),
          guid: 'tunnel',
          date: new Date(now - 60_000),
          description: 'The tunnel is open again.',
        },
        {
          title: 'Ferry fares frozen for the winter',
          link: server.url('/news/ferry'),
          guid: 'ferry',
          date: new Date(now - 3_600_000),
          content: `<p>${longText('ferry fares')}</p>`,
        },
      ]),
    ),
  );
  server.route('/news/tunnel', send(page, { 'content-type': 'text/html' }));
  server.route(
    '/broken.xml',
    send('<rss><channel><title>Broken</title><item><title>x</item></channel></rss>'),
  );
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('feeds through the console, as an operator tries them', () => {
  it('adds a feed, lists its items, summarises a teaser from its page, and explains failures', async () => {
    const { code, answers } = await run(
      [
        `/feeds add ${server.url('/courier.xml')}`,
        '/news',
        '/summary 1',
        `/feeds add ${server.url('/broken.xml')}`,
        `/feeds add ${server.url('/nothing-here.xml')}`,
        '/feeds',
      ],
      { CONTENT_DIR: dir, FEEDS_ALLOW_PRIVATE: 'true', LOG_LEVEL: 'warn' },
    );
    expect(code).toBe(0);
    const [added, news, summary, broken, missing, list] = answers;
    expect(added).toContain('Added Harbour Courier');
    expect(added).toContain('2 items now');
    expect(news).toContain('1. Harbour tunnel reopens after three months');
    expect(news).toContain('2. Ferry fares frozen for the winter');
    // Sentences from the page: the feed carried only a one-line teaser.
    expect(summary).toMatch(
      /The harbour tunnel reopened to traffic on Monday morning|Engineers replaced forty fans and the control software|Tolls stay suspended until the end of the month/,
    );
    expect(summary).not.toContain('The tunnel is open again.');
    expect(summary).not.toContain('Read the full story');
    expect(summary).toContain('— Harbour Courier');
    expect(broken).toContain(
      `Could not add ${server.url('/broken.xml')}: it is not well-formed XML`,
    );
    expect(missing).toContain('the server answered HTTP 404 Not Found');
    expect(list).toMatch(/1\. Harbour Courier <[^>]+> — last read just now/);
  });

  it('refuses a private address when FEEDS_ALLOW_PRIVATE is off', async () => {
    const { code, answers } = await run([`/feeds add ${server.url('/courier.xml')}`], {
      CONTENT_DIR: dir,
      LOG_LEVEL: 'warn',
    });
    expect(code).toBe(0);
    expect(answers[0]).toContain(
      `Could not add ${server.url('/courier.xml')}: refused: 127.0.0.1 is a private or internal address (FEEDS_ALLOW_PRIVATE is off).`,
    );
    expect(server.count('/courier.xml')).toBe(1);
  });

  it('imports an OPML file the operator names and exports the feeds to standard output', async () => {
    const file = join(dir, 'reader.opml');
    writeFileSync(
      file,
      `<?xml version="1.0"?><opml version="2.0"><body><outline text="News"><outline type="rss" text="Courier" xmlUrl="${server.url('/courier.xml')}"/><outline type="rss" text="Broken one" xmlUrl="${server.url('/broken.xml')}"/></outline></body></opml>`,
    );
    writeFileSync(join(dir, 'notes.opml'), 'these are my notes, not XML');
    const { code, answers } = await run(
      [
        `/feeds import ${file}`,
        '/feeds export',
        `/feeds import ${join(dir, 'notes.opml')}`,
        `/feeds import ${join(dir, 'missing.opml')}`,
        '/feeds import',
      ],
      { CONTENT_DIR: dir, FEEDS_ALLOW_PRIVATE: 'true', LOG_LEVEL: 'warn' },
    );
    expect(code).toBe(0);
    const [imported, exported, notes, missing, nothing] = answers;
    expect(imported).toContain('Imported reader.opml: 1 added, 0 already there, 1 refused.');
    expect(imported).toContain('added: Harbour Courier');
    expect(imported).toContain('refused: Broken one — it is not well-formed XML');
    expect(exported).toContain('<opml version="2.0">');
    expect(exported).toContain(`xmlUrl="${server.url('/courier.xml')}"`);
    expect(exported).toContain('text="Harbour Courier"');
    expect(notes).toContain('Nothing imported from notes.opml: it is not an OPML file');
    expect(missing).toContain('missing.opml could not be read: there is no such file');
    expect(nothing).toContain('Name the OPML file to import: /feeds import <path>.');
  });
});
