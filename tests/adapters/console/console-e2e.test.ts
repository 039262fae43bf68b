import { cpSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBot } from '../../support/run-bot.js';

const dir = mkdtempSync(join(tmpdir(), 'briefly-console-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('console adapter, started as npm start starts it', () => {
  it('answers every piped line over a folder with the seed and bad files, then exits 0', async () => {
    cpSync(new URL('../../fixtures/seed.txt', import.meta.url).pathname, join(dir, '000_seed.txt'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    writeFileSync(join(dir, 'huge.txt'), 'x');
    truncateSync(join(dir, 'huge.txt'), 50 * 1024 * 1024);
    const lines = [
      '/help',
      '/news',
      '/summary 1',
      '/source 1',
      '/source 1 Japan relaxed export controls on military products',
      '/source 1 Japan landed astronauts on the moon',
      '/nonsense',
      '/summary 99',
      '/summary 1 50',
      `/search ${'a'.repeat(10_000)}`,
      '/news \u0001\u0002 🗞️',
      'not a command',
      '/summary zebra crossing',
    ];
    const { code, stdout, stderr } = await runBot(`${lines.join('\n')}\n`, {
      CONTENT_DIR: dir,
      LOG_LEVEL: 'info',
    });
    expect(code).toBe(0);
    const answers = stdout.split(/^> /m).slice(1);
    expect(answers).toHaveLength(lines.length);
    const [
      ,
      news,
      summary,
      sources,
      claim,
      noClaim,
      unknown,
      outOfRange,
      tooMany,
      tooLong,
      control,
      notCommand,
      noMatch,
    ] = answers;
    expect(news).toContain('1. Russia warns Japan on Patriot transfers');
    expect(summary).toContain(
      'Russia warns Japan on Patriot transfers to US and implications for Ukraine',
    );
    expect(summary?.split('\n').filter((l) => l.trim().startsWith('•'))).toHaveLength(3);
    expect(summary).not.toMatch(/Attribution|No time to read|Get a summary/);
    expect(sources).toContain('7 sources back this article:');
    expect(claim).toContain('paragraph 2, Russian Foreign Ministry briefing');
    expect(noClaim).toContain('No passage in this article supports that.');
    expect(unknown).toContain('Unknown command /nonsense.');
    expect(outOfRange).toContain('there is no number 99');
    expect(tooMany).toContain('sentences must be from 1 to 10.');
    expect(tooLong).toContain('the limit is 1,000');
    expect(control).toMatch(/No articles have the topic|Latest/);
    expect(notCommand).toContain('Commands start with "/".');
    expect(noMatch).toContain('No article title matches "zebra crossing".');
    // Logs are JSON on standard error, naming each skipped file and why.
    const logs = stderr
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { file?: string; reason?: string });
    expect(logs.find((l) => l.file === 'empty.txt')?.reason).toBe('the file is empty');
    expect(logs.find((l) => l.file === 'binary.txt')?.reason).toMatch(/binary data/);
    expect(logs.find((l) => l.file === 'huge.txt')?.reason).toMatch(/over the 1 MiB limit/);
    expect(stdout).not.toContain('"level"');
  });

  it('stops with one message naming every bad variable', async () => {
    const { code, stderr, stdout } = await runBot('', { LOG_LEVEL: 'chatty', CONTENT_DIR: '' });
    expect(code).toBe(2);
    expect(stderr).toContain('LOG_LEVEL: must be one of');
    expect(stdout).toBe('');
  });

  it('stops with one clear line when the database cannot be opened, never showing its password', async () => {
    const { code, stderr, stdout } = await runBot('', {
      DATABASE_URL: 'postgres://nobody:secret-pw@127.0.0.1:1/none',
    });
    expect(code).toBe(2);
    expect(stderr.trim()).toMatch(
      /^DATABASE_URL: could not open PostgreSQL at postgres:\/\/nobody@127\.0\.0\.1:1\/none: /,
    );
    expect(stderr).not.toContain('secret-pw');
    expect(stderr).not.toContain('    at ');
    expect(stdout).toBe('');
  });

  it('serves the sample articles in content/', async () => {
    const { code, stdout } = await runBot('/news 10\n/summary 1\n/source 1\n', {});
    expect(code).toBe(0);
    expect(stdout).toMatch(/\(8 of 8\)/);
    expect(stdout).toContain('sources back this article');
  });

  it('speaks the language of LC_ALL (before LANG), dates and ages included', async () => {
    const { code, stdout } = await runBot('/news 2\n/digest on\n/nonsense\n', {
      LC_ALL: 'uk_UA.UTF-8',
      LANG: 'de_DE.UTF-8',
    });
    expect(code).toBe(0);
    expect(stdout).toMatch(/Останні новини \(2 з 8\)/);
    expect(stdout).toContain('Дайджест оновлено: увімкнено');
    expect(stdout).toMatch(/Наступний: \S+, \d+ \S+ о \d\d:\d\d|Наступний: .*\d\d:\d\d/);
    expect(stdout).toContain('Невідома команда /nonsense.');
    expect(stdout).not.toContain('Latest news');
  });
});
