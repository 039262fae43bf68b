import { dateFormat } from './date-format.js';

/** Wall-clock date and time in some time zone. Months are 1-12, weekday 0 = Sunday. */
export interface LocalDateTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly weekday: number;
}

const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

function formatter(zone: string): Intl.DateTimeFormat {
  return dateFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    weekday: 'short',
  });
}

/** Whether `zone` is an IANA time zone this runtime knows ("Europe/Berlin", "UTC"). */
export function isValidTimeZone(zone: string): boolean {
  return canonicalTimeZone(zone) !== undefined;
}

/**
 * Zones whose current IANA name differs from the one ICU (CLDR) lists: Node's Intl still says
 * "Asia/Calcutta" and "Europe/Kiev" where IANA and users say "Asia/Kolkata" and "Europe/Kyiv".
 */
const CURRENT_NAMES: Readonly<Record<string, string>> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

let currentNames: Map<string, string> | undefined;

/**
 * Every zone the runtime knows under its current name, keyed by lower-case name (current and
 * ICU's, so "asia/calcutta" and "asia/kolkata" both give "Asia/Kolkata"). Built once.
 */
function currentNameTable(): Map<string, string> {
  if (!currentNames) {
    currentNames = new Map([['utc', 'UTC']]);
    for (const zone of Intl.supportedValuesOf('timeZone')) {
      const current = CURRENT_NAMES[zone] ?? zone;
      currentNames.set(zone.toLowerCase(), current);
      currentNames.set(current.toLowerCase(), current);
    }
  }
  return currentNames;
}

/** The current IANA name of a zone as ICU names it (ICU's own name when there is no other). */
export function currentZoneName(zone: string): string {
  return currentNameTable().get(zone.toLowerCase()) ?? CURRENT_NAMES[zone] ?? zone;
}

/**
 * The name to store and show for a time zone a user typed, or undefined when the zone is unknown:
 * its current IANA name, from a table of the runtime's zones under their current names ("utc" →
 * "UTC", "europe/berlin" → "Europe/Berlin", "asia/kolkata" and "Asia/Calcutta" → "Asia/Kolkata");
 * an alias the table lacks is resolved by Intl first ("US/Eastern" → "America/New_York").
 */
export function canonicalTimeZone(zone: string): string | undefined {
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(zone)) return undefined;
  const known = currentNameTable().get(zone.toLowerCase());
  if (known) return known;
  let resolved: string;
  try {
    resolved = formatter(zone).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
  return currentZoneName(resolved);
}

/** The wall-clock time in `zone` at instant `at`. */
export function toLocal(at: Date, zone: string): LocalDateTime {
  const parts: Record<string, string> = {};
  for (const part of formatter(zone).formatToParts(at)) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    weekday: WEEKDAYS[parts.weekday ?? ''] ?? 0,
  };
}

/** Offset of `zone` from UTC at instant `ms`, in milliseconds (Berlin in winter: +3,600,000). */
function offsetAt(ms: number, zone: string): number {
  const local = toLocal(new Date(ms), zone);
  const seconds = new Date(ms).getUTCSeconds();
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, seconds);
  return asUtc - (ms - (ms % 1000));
}

/**
 * The instant at which the wall clock in `zone` shows the given date and time. When that time does
 * not exist (skipped by a spring change), the instant right after the gap; when it exists twice
 * (autumn), the first of the two.
 */
export function fromLocal(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  zone: string,
): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // The two offsets around this wall time: a day apart is always outside any change.
  const before = offsetAt(wall - 86_400_000, zone);
  const after = offsetAt(wall + 86_400_000, zone);
  const candidates = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((instant) => {
      const local = toLocal(new Date(instant), zone);
      return Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute) === wall;
    })
    .sort((a, b) => a - b);
  const first = candidates[0];
  if (first !== undefined) return new Date(first);
  // Skipped by a spring change: the slot is the end of the gap, the instant the later offset begins.
  let low = wall - after; // still on the earlier offset
  let high = wall - before; // already on the later offset
  while (high - low > 1000) {
    const middle = Math.floor((low + high) / 2000) * 1000;
    if (offsetAt(middle, zone) === after) high = middle;
    else low = middle;
  }
  return new Date(high);
}
