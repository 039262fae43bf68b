import { catalogue } from '../../../src/core/i18n/catalogue.js';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { bindArguments, splitWords } from '../../../src/core/commands/bind-arguments.js';
import { describeOptions, usageOf } from '../../../src/core/commands/option-spec.js';

const summary = describeOptions(
  z.object({
    ref: z.string().describe('ref').meta({ positional: 'rest' }),
    sentences: z.number().int().min(1).max(10).default(3).describe('n'),
  }),
);
const news = describeOptions(
  z.object({
    count: z.number().int().optional().describe('c'),
    topic: z.string().optional().describe('t'),
  }),
);
const source = describeOptions(
  z.object({
    ref: z.string().describe('r'),
    claim: z.string().optional().describe('c').meta({ positional: 'rest' }),
  }),
);

describe('bindArguments', () => {
  it('gives a trailing number to the option after the rest option', () => {
    expect(bindArguments(summary, 'mars rover 2')).toEqual({
      ok: true,
      values: { ref: 'mars rover', sentences: 2 },
    });
  });

  it('leaves a lone number to a required rest option', () => {
    expect(bindArguments(summary, '5')).toEqual({ ok: true, values: { ref: '5' } });
    expect(bindArguments(summary, '2 5')).toEqual({ ok: true, values: { ref: '2', sentences: 5 } });
  });

  it('skips an optional number that is not given', () => {
    expect(bindArguments(news, 'science')).toEqual({ ok: true, values: { topic: 'science' } });
    expect(bindArguments(news, '3 science')).toEqual({
      ok: true,
      values: { count: 3, topic: 'science' },
    });
  });

  it('reports extra words when no option takes the rest', () => {
    const result = bindArguments(news, '3 science extra');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem(catalogue.translator('en'))).toMatch(
      /Too many arguments: "extra"/,
    );
  });

  it('binds a quoted phrase as one word', () => {
    expect(bindArguments(source, '"harbour tunnel" tolls were suspended')).toEqual({
      ok: true,
      values: { ref: 'harbour tunnel', claim: 'tolls were suspended' },
    });
    expect(splitWords('“curly quoted” word')).toEqual(['curly quoted', 'word']);
  });

  it('writes a usage line with required and optional arguments', () => {
    expect(usageOf(summary)).toBe('<ref…> [sentences]');
    expect(usageOf(news)).toBe('[count] [topic]');
  });
});
