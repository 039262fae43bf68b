import { describe, expect, it } from 'vitest';
import {
  codeSpanText,
  escapeText,
  neutraliseMentions,
  safeUrl,
} from '../../../src/adapters/discord/escape-text.js';

describe('escapeText', () => {
  it('escapes every inline marker and backslash', () => {
    expect(escapeText('a*b_c~~d`e||f\\g')).toBe('a\\*b\\_c\\~\\~d\\`e\\|\\|f\\\\g');
  });

  it('makes masked links impossible but keeps bare URLs clickable and intact', () => {
    expect(escapeText('[free nitro](https://evil.example/a_b)')).toBe(
      '\\[free nitro\\](https://evil.example/a_b)',
    );
    expect(escapeText('see https://x.example/some_path_here, then')).toBe(
      'see https://x.example/some_path_here, then',
    );
  });

  it('escapes line-start markup: quotes, headings, subtext, bullets, numbered items', () => {
    expect(escapeText('> quoted\n# Heading\n-# small\n- bullet\n12. item')).toBe(
      '\\> quoted\n\\# Heading\n\\-# small\n\\- bullet\n12\\. item',
    );
    expect(escapeText('a - b and 3. c')).toBe('a - b and 3. c');
  });

  it('neutralises every kind of mention with a zero-width space', () => {
    const out = escapeText('@everyone @here <@123> <@!123> <@&456> <#789> </cmd:1> <t:1700000000>');
    expect(out).not.toMatch(/@everyone|@here|<@|<#|<\/|<t:/);
    expect(out.replaceAll('\u200b', '')).toBe(
      '@everyone @here <@123> <@!123> <@&456> <#789> </cmd:1> <t:1700000000>',
    );
    expect(neutraliseMentions('mail me at a@b.example')).toBe('mail me at a@b.example');
  });

  it('is linear: a 200,000-character text escapes in well under a second', () => {
    const started = performance.now();
    escapeText('word_with*marks '.repeat(12_500));
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('keeps backticks out of code spans', () => {
    expect(codeSpanText('a`b @everyone')).toBe('aˋb @\u200beveryone');
  });
});

describe('safeUrl', () => {
  it('accepts http(s) URLs and encodes characters that would end a markdown link', () => {
    expect(safeUrl('https://x.example/a_(b)')).toBe('https://x.example/a_%28b%29');
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('not a url')).toBeUndefined();
    expect(safeUrl(`https://x.example/${'a'.repeat(2100)}`)).toBeUndefined();
  });
});
