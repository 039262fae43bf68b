import { describe, expect, it } from 'vitest';
import { formatAge } from '../../../src/core/answers/format-age.js';

const now = new Date('2026-11-26T12:00:00Z');
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe('formatAge', () => {
  it('says how long ago, in the largest whole unit', () => {
    expect(formatAge(ago(10), now)).toBe('just now');
    expect(formatAge(ago(12 * 60), now)).toBe('12 min ago');
    expect(formatAge(ago(3 * 3600 + 59), now)).toBe('3 h ago');
    expect(formatAge(ago(86_400), now)).toBe('1 day ago');
    expect(formatAge(ago(5 * 86_400), now)).toBe('5 days ago');
    expect(formatAge(ago(40 * 86_400), now)).toBe('2026-10-17');
  });

  it('says how long until a time to come', () => {
    expect(formatAge(ago(-20), now)).toBe('in under a minute');
    expect(formatAge(ago(-5 * 60), now)).toBe('in 5 min');
    expect(formatAge(ago(-21 * 3600), now)).toBe('in 21 h');
  });
});
