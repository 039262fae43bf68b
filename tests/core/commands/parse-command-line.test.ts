import { describe, expect, it } from 'vitest';
import { cleanInput, parseCommandLine } from '../../../src/core/commands/parse-command-line.js';

describe('parseCommandLine', () => {
  it('reads the name, an addressed bot and the arguments', () => {
    expect(parseCommandLine('/Summary@BrieflyBot 2 5')).toEqual({
      name: 'summary',
      botName: 'BrieflyBot',
      args: '2 5',
    });
    expect(parseCommandLine('/news')).toEqual({ name: 'news', botName: undefined, args: '' });
  });

  it('returns undefined for text that is not a command', () => {
    expect(parseCommandLine('hello')).toBeUndefined();
    expect(parseCommandLine('/')).toBeUndefined();
  });
});

describe('cleanInput', () => {
  it('turns control and bidi-override characters into spaces and repairs lone surrogates', () => {
    expect(cleanInput('a\u0000b\u202Ec\td')).toBe('a b c d');
    expect(cleanInput('x\uD800y')).toBe('x\uFFFDy');
    expect(cleanInput('emoji 🗞️ stays')).toBe('emoji 🗞️ stays');
  });
});
