import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, currentZoneName } from '../../../src/core/digests/zoned-time.js';

describe('time zone names', () => {
  it.each([
    ['utc', 'UTC'],
    ['etc/utc', 'UTC'],
    ['europe/berlin', 'Europe/Berlin'],
    ['asia/kolkata', 'Asia/Kolkata'],
    ['Asia/Calcutta', 'Asia/Kolkata'],
    ['europe/kyiv', 'Europe/Kyiv'],
    ['Europe/Kiev', 'Europe/Kyiv'],
    ['asia/saigon', 'Asia/Ho_Chi_Minh'],
    ['US/Eastern', 'America/New_York'],
    ['america/argentina/buenos_aires', 'America/Argentina/Buenos_Aires'],
  ])('stores "%s" as its current name %s', (typed, current) => {
    expect(canonicalTimeZone(typed)).toBe(current);
  });

  it('refuses what is no zone, and names that are no zone names at all', () => {
    expect(canonicalTimeZone('Mars/Olympus')).toBeUndefined();
    expect(canonicalTimeZone('Europe/Berlin; DROP')).toBeUndefined();
    expect(canonicalTimeZone('')).toBeUndefined();
  });

  it('gives every zone the runtime knows a current name that the runtime accepts, once', () => {
    const names = Intl.supportedValuesOf('timeZone').map(currentZoneName);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) {
      expect(canonicalTimeZone(name), name).toBe(name);
      expect(() => new Intl.DateTimeFormat('en', { timeZone: name }), name).not.toThrow();
    }
    expect(names).toContain('Asia/Kolkata');
    expect(names).not.toContain('Asia/Calcutta');
  });
});
