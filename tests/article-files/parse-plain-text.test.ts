import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlainText } from '../../src/article-files/parse-plain-text.js';

const seed = readFileSync(new URL('../fixtures/seed.txt', import.meta.url), 'utf8');

describe('parsePlainText on the seed article', () => {
  const result = parsePlainText(seed);
  if (!result.ok) throw new Error(result.problem.reason);
  const { article } = result;

  it('takes the first line as the title', () => {
    expect(article.title).toBe(
      'Russia warns Japan on Patriot transfers to US and implications for Ukraine',
    );
  });

  it('finds the seven attributed paragraphs and their sources', () => {
    expect(article.paragraphs).toHaveLength(7);
    expect(article.paragraphs.map((p) => p.source)).toEqual([
      'Russian Foreign Ministry release via RIA News',
      'Russian Foreign Ministry briefing',
      'Russian Foreign Ministry press briefing',
      'Russian Foreign Ministry statement',
      'Yomiuri Shimbun reportage',
      'Russian Foreign Ministry commentary',
      'cross-regional political analysis',
    ]);
  });

  it('drops the furniture and the attribution markers from the text', () => {
    const text = article.paragraphs.map((p) => p.text).join('\n');
    expect(text).not.toMatch(
      /No time to read|Get a summary|Attribution|Previous Article|Next Article/,
    );
  });

  it('keeps the neighbouring titles as related links, not as text', () => {
    expect(article.related).toEqual([
      'Reinterpreting regional security narratives and US influence',
      'Updates on Missing Persons and Detainee Situations in the Northern District',
    ]);
    const text = article.paragraphs.map((p) => p.text).join('\n');
    expect(text).not.toContain('Reinterpreting regional security');
  });

  it('keeps curly apostrophes and the non-breaking hyphen intact', () => {
    expect(article.paragraphs[0]?.text).toContain('Moscow’s intent');
    expect(article.paragraphs[6]?.text).toContain('long‑term');
  });
});

describe('parsePlainText on other input', () => {
  it('joins wrapped lines of one paragraph and keeps a paragraph without a marker unattributed', () => {
    const result = parsePlainText(
      'Title\n\nFirst line\nsecond line.\n\nOther. (Attribution: X (Y))\n',
    );
    expect(result.ok && result.article.paragraphs).toEqual([
      { text: 'First line second line.' },
      { text: 'Other.', source: 'X (Y)' },
    ]);
  });

  it('rejects a file with a title and no text', () => {
    const result = parsePlainText('Just a title\n\nNo time to read?\nGet a summary\n');
    expect(result).toEqual({ ok: false, problem: { reason: 'no article text after the title' } });
  });

  it('rejects a first line too long to be a title, naming the line', () => {
    const result = parsePlainText(`\n${'word '.repeat(100)}\n\nText.`);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.line).toBe(2);
  });
});
