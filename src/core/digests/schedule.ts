import { fromLocal, toLocal } from './zoned-time.js';

/** When a channel's digest goes out: a wall-clock time on some weekdays in a time zone. */
export interface Schedule {
  /** Minutes after local midnight, 0 to 1439. */
  readonly minuteOfDay: number;
  /** Weekdays it runs on, 0 = Sunday; never empty. */
  readonly days: readonly number[];
  readonly timezone: string;
}

export const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export const DAY_LABELS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** "08:30" → 510, or undefined when it is not a time from 00:00 to 23:59. */
export function parseTime(text: string): number | undefined {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

export function formatTime(minuteOfDay: number): string {
  const hours = Math.floor(minuteOfDay / 60);
  return `${String(hours).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`;
}

/**
 * Parses the days a digest runs: "daily", "weekdays", "weekends", a range "mon-fri" (wrapping
 * ranges such as "fri-mon" allowed) or a list "mon,wed,fri". Full day names work too.
 */
export function parseDays(text: string): number[] | undefined {
  const value = text.trim().toLowerCase();
  if (value === 'daily' || value === 'every day' || value === 'everyday')
    return [0, 1, 2, 3, 4, 5, 6];
  if (value === 'weekdays') return [1, 2, 3, 4, 5];
  if (value === 'weekends') return [0, 6];
  const days = new Set<number>();
  for (const part of value.split(/\s*,\s*/)) {
    const range = /^([a-z]+)\s*-\s*([a-z]+)$/.exec(part);
    if (range) {
      const from = dayIndex(range[1] ?? '');
      const to = dayIndex(range[2] ?? '');
      if (from === undefined || to === undefined) return undefined;
      for (let day = from; ; day = (day + 1) % 7) {
        days.add(day);
        if (day === to) break;
      }
    } else {
      const day = dayIndex(part);
      if (day === undefined) return undefined;
      days.add(day);
    }
  }
  return days.size > 0 ? [...days].sort((a, b) => a - b) : undefined;
}

function dayIndex(name: string): number | undefined {
  const index = DAY_NAMES.findIndex(
    (day) =>
      name === day || (name.length >= 3 && day.startsWith(name.slice(0, 3)) && isDayWord(name)),
  );
  return index === -1 ? undefined : index;
}

function isDayWord(name: string): boolean {
  return (
    /^(sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)(day|nesday|sday|urday|rsday)?$/.test(name) ||
    /^(sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/.test(name)
  );
}

/** The slot on a given local date: the instant the schedule's time occurs that day (see fromLocal). */
function slotOn(schedule: Schedule, year: number, month: number, day: number): Date {
  return fromLocal(
    year,
    month,
    day,
    Math.floor(schedule.minuteOfDay / 60),
    schedule.minuteOfDay % 60,
    schedule.timezone,
  );
}

/** Local calendar dates from `start` stepping by `step` days (handles month ends). */
function* localDates(at: Date, zone: string, step: 1 | -1) {
  const local = toLocal(at, zone);
  const cursor = new Date(Date.UTC(local.year, local.month - 1, local.day, 12));
  for (let i = 0; i < 400; i++) {
    yield {
      year: cursor.getUTCFullYear(),
      month: cursor.getUTCMonth() + 1,
      day: cursor.getUTCDate(),
      weekday: cursor.getUTCDay(),
    };
    cursor.setUTCDate(cursor.getUTCDate() + step);
  }
}

/** The first slot strictly after `after`. */
export function nextSlot(schedule: Schedule, after: Date): Date {
  for (const date of localDates(new Date(after.getTime() - 86_400_000), schedule.timezone, 1)) {
    if (!schedule.days.includes(date.weekday)) continue;
    const slot = slotOn(schedule, date.year, date.month, date.day);
    if (slot.getTime() > after.getTime()) return slot;
  }
  throw new Error('no slot within a year');
}

/** The last slot at or before `at`. */
export function previousSlot(schedule: Schedule, at: Date): Date {
  for (const date of localDates(new Date(at.getTime() + 86_400_000), schedule.timezone, -1)) {
    if (!schedule.days.includes(date.weekday)) continue;
    const slot = slotOn(schedule, date.year, date.month, date.day);
    if (slot.getTime() <= at.getTime()) return slot;
  }
  throw new Error('no slot within a year');
}
