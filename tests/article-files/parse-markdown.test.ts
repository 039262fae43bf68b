import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/article-files/parse-markdown.js';

const article = `---
title: "Rail deal: strike called off"
url: https://example.com/rail
published: 2026-11-23T21:10:00Z
source: Example News
tags: [Transport, economy]
language: en
---

Rail workers have called off a **strike** after a [pay deal](https://example.com/deal). (Attribution: Union statement)

## A sub-heading is not text

- A list item counts as a paragraph.

> "We are pleased," said a spokesperson. (Attribution: Operator)

\`\`\`
code is not text
\`\`\`
`;

describe('parseMarkdown', () => {
  const result = parseMarkdown(article);
  if (!result.ok) throw new Error(result.problem.reason);

  it('reads every front matter field', () => {
    expect(result.article).toMatchObject({
      title: 'Rail deal: strike called off',
      url: 'https://example.com/rail',
      publisher: 'Example News',
      tags: ['transport', 'economy'],
      language: 'en',
      publishedAt: new Date('2026-11-23T21:10:00Z'),
    });
  });

  it('turns paragraphs, list items and quotes into plain-text paragraphs with their sources', () => {
    expect(result.article.paragraphs).toEqual([
      {
        text: 'Rail workers have called off a strike after a pay deal.',
        source: 'Union statement',
      },
      { text: 'A list item counts as a paragraph.' },
      { text: '"We are pleased," said a spokesperson.', source: 'Operator' },
    ]);
  });

  it('falls back to the first heading for the title', () => {
    const parsed = parseMarkdown('# Heading title\n\nSome text here.');
    expect(parsed.ok && parsed.article.title).toBe('Heading title');
  });

  it('reports invalid YAML with its line', () => {
    const parsed = parseMarkdown('---\ntitle: ok\ntags: [unclosed\n---\n\nText.');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problem.reason).toMatch(/front matter is not valid YAML/);
    expect(!parsed.ok && parsed.problem.line).toBeGreaterThanOrEqual(3);
  });

  it('rejects an article without a title, naming the field', () => {
    const parsed = parseMarkdown('---\nsource: X\n---\n\nText without a title.');
    expect(parsed).toMatchObject({ ok: false, problem: { field: 'title' } });
  });

  it('warns about a bad date and url but still loads the article', () => {
    const parsed = parseMarkdown(
      '---\ntitle: T\npublished: someday\nurl: javascript:alert(1)\n---\n\nText.',
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.article.publishedAt).toBeUndefined();
    expect(parsed.article.url).toBeUndefined();
    expect(parsed.warnings.map((w) => w.field)).toEqual(['url', 'published']);
  });
});

describe('parseMarkdown with hostile front matter', () => {
  const body = '\n\nSome article text here.';
  const aliasBomb = [
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
    'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
    'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
    'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
    'title: Bomb',
  ].join('\n');
  const deepFlow = `title: Deep\nx: ${'['.repeat(5000)}${']'.repeat(5000)}`;
  const deepBlock = `title: Deep\n${Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n')} v`;
  const large = `title: Large\nnotes: "${'x'.repeat(40_000)}"`;
  const manyAliases = `title: Refs\nbase: &x 1\nlist: [${Array(50).fill('*x').join(', ')}]`;

  it.each([
    ['an alias bomb', aliasBomb],
    ['flow collections nested 5,000 deep', deepFlow],
    ['mappings nested 40 deep', deepBlock],
    ['40,000 characters of front matter', large],
    ['50 aliases', manyAliases],
    ['a list instead of fields', '- a\n- b'],
    ['a tab-indented mapping', 'title: x\n\tbad: y'],
  ])('reports %s as invalid front matter, without throwing', (_name, yaml) => {
    const parsed = parseMarkdown(`---\n${yaml}\n---${body}`);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problem.reason).toMatch(/^front matter is not valid YAML: \S/);
    expect(!parsed.ok && parsed.problem.line).toBeGreaterThanOrEqual(2);
  });

  it('still reads an ordinary anchor and alias', () => {
    const parsed = parseMarkdown(`---\ntitle: &t Plain title\nid: *t\n---${body}`);
    expect(parsed.ok && parsed.article.title).toBe('Plain title');
  });
});

describe('parseMarkdown never lets script or style contents into text', () => {
  it.each([
    [
      '# <script>alert(1)</script>Scripted title\n\nBody text here.',
      'Scripted title',
      'Body text here.',
    ],
    [
      '---\n---\n# Title <style>h1{}</style>here\n\nA <SCRIPT type="x">var a = 1;</SCRIPT>clean line.',
      'Title here',
      'A clean line.',
    ],
    ['# T\n\nOne <noscript>no js</noscript>two <b>bold</b> three.', 'T', 'One two bold three.'],
    ['# T\n\n<script>\nalert(1)\n</script>\n\nOnly this.', 'T', 'Only this.'],
  ])('in %j', (markdown, title, text) => {
    const parsed = parseMarkdown(markdown);
    expect(parsed.ok && parsed.article.title).toBe(title);
    expect(parsed.ok && parsed.article.paragraphs.map((p) => p.text)).toEqual([text]);
  });

  it('keeps a front matter image that may be shown, relative to the url, and reports one that may not', () => {
    const withImage = (image: string) =>
      parseMarkdown(article.replace('language: en', `language: en\nimage: "${image}"`));
    const relative = withImage('/img/rail.jpg');
    expect(relative.ok && relative.article.image).toBe('https://example.com/img/rail.jpg');
    for (const bad of [
      'javascript:alert(1)',
      'data:image/gif;base64,R0lGOD',
      'http://10.0.0.5/a.jpg',
    ]) {
      const result = withImage(bad);
      if (!result.ok) throw new Error(result.problem.reason);
      expect(result.article.image).toBeUndefined();
      expect(result.warnings).toEqual([
        expect.objectContaining({
          field: 'image',
          reason: expect.stringMatching(/^"image" cannot be shown/),
        }),
      ]);
    }
  });
});
