import { describeDays } from '../../../src/core/digests/digest-settings.js';
import { catalogue } from '../../../src/core/i18n/catalogue.js';
import { describe, expect, it } from 'vitest';
import {
  nextSlot,
  parseDays,
  parseTime,
  previousSlot,
  type Schedule,
} from '../../../src/core/digests/schedule.js';
import { fromLocal, isValidTimeZone, toLocal } from '../../../src/core/digests/zoned-time.js';

const daily = [0, 1, 2, 3, 4, 5, 6];
const berlin = (minuteOfDay: number, days = daily): Schedule => ({
  minuteOfDay,
  days,
  timezone: 'Europe/Berlin',
});
const iso = (date: Date) => date.toISOString();

const en = catalogue.translator('en');

describe('schedule across daylight-saving changes', () => {
  it('fires 08:00 Berlin at 07:00 UTC in winter and 06:00 UTC in summer', () => {
    expect(iso(nextSlot(berlin(480), new Date('2026-01-15T00:00:00Z')))).toBe(
      '2026-01-15T07:00:00.000Z',
    );
    expect(iso(nextSlot(berlin(480), new Date('2026-07-15T00:00:00Z')))).toBe(
      '2026-07-15T06:00:00.000Z',
    );
  });

  it('fires a time skipped by the spring change once, right after the gap', () => {
    // 2026-03-29: Berlin goes from 02:00 CET straight to 03:00 CEST (01:00 UTC).
    const slot = nextSlot(berlin(150), new Date('2026-03-28T12:00:00Z'));
    expect(iso(slot)).toBe('2026-03-29T01:00:00.000Z');
    expect(toLocal(slot, 'Europe/Berlin')).toMatchObject({ hour: 3, minute: 0 });
    expect(iso(nextSlot(berlin(150), slot))).toBe('2026-03-30T00:30:00.000Z');
  });

  it('fires a time that occurs twice in autumn once, at its first occurrence', () => {
    // 2026-10-25: Berlin shows 02:00-03:00 twice (CEST, then CET).
    const first = nextSlot(berlin(150), new Date('2026-10-24T12:00:00Z'));
    expect(iso(first)).toBe('2026-10-25T00:30:00.000Z');
    expect(iso(nextSlot(berlin(150), first))).toBe('2026-10-26T01:30:00.000Z');
  });

  it('keeps New York and Sydney times in their own zones', () => {
    const ny: Schedule = { minuteOfDay: 9 * 60, days: daily, timezone: 'America/New_York' };
    expect(iso(nextSlot(ny, new Date('2026-11-26T00:00:00Z')))).toBe('2026-11-26T14:00:00.000Z');
    const sydney: Schedule = { minuteOfDay: 7 * 60, days: daily, timezone: 'Australia/Sydney' };
    expect(iso(nextSlot(sydney, new Date('2026-11-26T00:00:00Z')))).toBe(
      '2026-11-26T20:00:00.000Z',
    );
  });

  it('skips days not in the schedule, in the local calendar', () => {
    // Friday 2026-11-27 08:00 Berlin, then Monday.
    const weekdays = berlin(480, [1, 2, 3, 4, 5]);
    const friday = nextSlot(weekdays, new Date('2026-11-27T06:00:00Z'));
    expect(iso(friday)).toBe('2026-11-27T07:00:00.000Z');
    expect(iso(nextSlot(weekdays, friday))).toBe('2026-11-30T07:00:00.000Z');
  });

  it('finds the previous slot, inclusive', () => {
    expect(iso(previousSlot(berlin(480), new Date('2026-11-26T07:00:00Z')))).toBe(
      '2026-11-26T07:00:00.000Z',
    );
    expect(iso(previousSlot(berlin(480), new Date('2026-11-26T06:59:00Z')))).toBe(
      '2026-11-25T07:00:00.000Z',
    );
  });

  it('handles a zone east of UTC crossing the date line for the local date', () => {
    const tokyo: Schedule = { minuteOfDay: 0, days: [5], timezone: 'Asia/Tokyo' };
    // Friday 00:00 in Tokyo is Thursday 15:00 UTC.
    expect(iso(nextSlot(tokyo, new Date('2026-11-26T00:00:00Z')))).toBe('2026-11-26T15:00:00.000Z');
  });
});

describe('fromLocal and zones', () => {
  it('round-trips ordinary times', () => {
    expect(iso(fromLocal(2026, 11, 26, 8, 0, 'Europe/Berlin'))).toBe('2026-11-26T07:00:00.000Z');
    expect(iso(fromLocal(2026, 12, 31, 23, 59, 'UTC'))).toBe('2026-12-31T23:59:00.000Z');
  });

  it('knows valid and invalid zones', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});

describe('parsing times and days', () => {
  it('parses times and rejects impossible ones', () => {
    expect(parseTime('08:30')).toBe(510);
    expect(parseTime('7:05')).toBe(425);
    expect(parseTime('25:00')).toBeUndefined();
    expect(parseTime('12:60')).toBeUndefined();
    expect(parseTime('noon')).toBeUndefined();
  });

  it('parses every accepted form of days', () => {
    expect(parseDays('daily')).toEqual(daily);
    expect(parseDays('weekdays')).toEqual([1, 2, 3, 4, 5]);
    expect(parseDays('mon-fri')).toEqual([1, 2, 3, 4, 5]);
    expect(parseDays('mon,wed,fri')).toEqual([1, 3, 5]);
    expect(parseDays('fri-mon')).toEqual([0, 1, 5, 6]);
    expect(parseDays('Saturday, Sunday')).toEqual([0, 6]);
    expect(parseDays('someday')).toBeUndefined();
    expect(parseDays('mon-xyz')).toBeUndefined();
  });

  it('formats days for people', () => {
    expect(describeDays(daily, en)).toBe('daily');
    expect(describeDays([1, 2, 3, 4, 5], en)).toBe('weekdays (Mon–Fri)');
    expect(describeDays([0, 1, 3], en)).toBe('Mon, Wed, Sun');
  });
});

describe('slots on whole minutes', () => {
  // DigestService remembers a schedule's latest slot for a minute: every instant of a minute must
  // have the same latest slot, so a slot must never fall inside a minute, in any zone.
  it('falls on a whole minute in every time zone, across daylight saving changes', () => {
    const instants = [
      '2026-03-29T01:30:30.500Z',
      '2026-10-25T00:59:59.999Z',
      '2026-12-07T12:34:56Z',
    ];
    const offGrid: string[] = [];
    for (const timezone of Intl.supportedValuesOf('timeZone'))
      for (const minuteOfDay of [0, 150, 480, 1439])
        for (const at of instants) {
          const slot = previousSlot({ minuteOfDay, days: daily, timezone }, new Date(at));
          const minuteStart = new Date(Math.floor(Date.parse(at) / 60_000) * 60_000);
          if (slot.getTime() % 60_000 !== 0) offGrid.push(`${timezone} ${minuteOfDay} ${at}`);
          else if (
            iso(previousSlot({ minuteOfDay, days: daily, timezone }, minuteStart)) !== iso(slot)
          )
            offGrid.push(`${timezone} ${minuteOfDay} ${at}: not the minute's`);
        }
    expect(offGrid).toEqual([]);
  });
});
