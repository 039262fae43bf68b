import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBot } from '../../support/run-bot.js';

const dir = mkdtempSync(join(tmpdir(), 'briefly-console-filter-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('/filter on the console, started as npm start starts it', () => {
  it('leaves filtered stories out of /news and the digest preview, and keeps the rules across a restart', async () => {
    cpSync(new URL('../../fixtures/seed.txt', import.meta.url).pathname, join(dir, '000_seed.txt'));
    writeFileSync(
      join(dir, 'cafe.md'),
      [
        '---',
        'title: Le Café des Sports rouvre',
        '---',
        '',
        'Le café rouvre ses portes au public ce matin.',
        '',
      ].join('\n'),
    );
    const database = `sqlite:${join(dir, 'briefly.db')}`;
    const first = await runBot(
      [
        '/filter add exclude "patriot transfers"',
        '/filter add exclude /caf(e|é)\\s+des/',
        '/filter add exclude /(a+)+$/',
        '/filter add exclude /(?<=x)y/',
        '/news',
        '/digest preview',
        '/filter test café des sports',
      ].join('\n') + '\n',
      { CONTENT_DIR: dir, DATABASE_URL: database },
    );
    expect(first.code).toBe(0);
    const [added, regex, hostile, unsupported, news, preview, tested] = first.stdout
      .split(/^> /m)
      .slice(1);
    expect(added).toContain('Rule 1 added');
    expect(regex).toContain('Rule 2 added');
    expect(hostile).toContain('Rule 3 added');
    expect(unsupported).toContain('does not compile at character 1');
    expect(news).toContain("This channel's filters leave out all 2 articles");
    expect(preview).toContain('2 stories filtered out');
    expect(tested).toContain('Matches exclude rule 2 (“/caf(e|é)\\s+des/”)');

    const second = await runBot('/filter\n/filter remove 1\n/news\n', {
      CONTENT_DIR: dir,
      DATABASE_URL: database,
    });
    const [listed, removed, after] = second.stdout.split(/^> /m).slice(1);
    expect(listed).toContain('Filters of this channel (3)');
    expect(removed).toContain('Removed rule 1');
    expect(after).toContain('Russia warns Japan on Patriot transfers');
    expect(after).not.toContain('Café');
    // Two starts of the bot: on a busy machine each can take several seconds.
  }, 60_000);
});
