import { MAX_SIZE, MIN_SIZE, type SettingsChange } from './digest-settings.js';
import { parseDays, parseTime } from './schedule.js';
import { canonicalTimeZone } from './zoned-time.js';

export const SETTING_ACTIONS = [
  'on',
  'off',
  'time',
  'days',
  'timezone',
  'size',
  'topics',
  'images',
] as const;
export type SettingAction = (typeof SETTING_ACTIONS)[number];

export type ParsedChange =
  | { readonly change: SettingsChange }
  | { readonly problem: string; readonly form: string; readonly hint?: string };

/**
 * Reads one setting as a moderator writes it (the /digest arguments and the control panel's form
 * fields alike): the change, or what was wrong with the usage form and a hint. The one place these
 * rules live.
 */
export function parseSettingChange(action: SettingAction, raw: string | undefined): ParsedChange {
  const value = raw?.trim() ?? '';
  switch (action) {
    case 'on':
    case 'off':
      return value === ''
        ? { change: { enabled: action === 'on' } }
        : { problem: `/digest ${action} takes no value.`, form: '' };
    case 'time': {
      const minuteOfDay = parseTime(value);
      return minuteOfDay === undefined
        ? {
            problem: `"${value}" is not a time.`,
            form: '<HH:MM>',
            hint: 'A 24-hour time from 00:00 to 23:59, e.g. 07:30 or 18:00.',
          }
        : { change: { minuteOfDay } };
    }
    case 'days': {
      const days = parseDays(value);
      return days === undefined
        ? {
            problem: `"${value}" is not a set of days.`,
            form: '<days>',
            hint: 'Accepted: daily, weekdays, weekends, mon-fri, mon,wed,fri.',
          }
        : { change: { days } };
    }
    case 'timezone': {
      const timezone = canonicalTimeZone(value);
      return timezone
        ? { change: { timezone } }
        : {
            problem: `"${value}" is not a time zone.`,
            form: '<Area/City>',
            hint: 'An IANA time zone such as Europe/Berlin, America/New_York, Asia/Tokyo or UTC.',
          };
    }
    case 'size': {
      const size = /^\d{1,3}$/.test(value) ? Number(value) : NaN;
      return size >= MIN_SIZE && size <= MAX_SIZE
        ? { change: { size } }
        : {
            problem: `The size must be a whole number from ${MIN_SIZE} to ${MAX_SIZE}${value ? `, not "${value}"` : ''}.`,
            form: '<1-20>',
          };
    }
    case 'images': {
      const on = /^(on|yes|show)$/i.test(value);
      return on || /^(off|no|hide)$/i.test(value)
        ? { change: { showImages: on } }
        : {
            problem: value ? `"${value}" is neither on nor off.` : 'Say on or off.',
            form: '<on|off>',
            hint: 'on shows articles’ pictures in digests and /news; off leaves them out.',
          };
    }
    case 'topics': {
      if (/^(all|any|none|\*)$/i.test(value)) return { change: { topics: [] } };
      const topics = [
        ...new Set(
          value
            .split(/[\s,]+/)
            .map((t) => t.replace(/^#/, '').toLowerCase())
            .filter(Boolean),
        ),
      ];
      const bad = topics.find((t) => !/^[\p{L}\p{N}_-]{1,40}$/u.test(t));
      if (topics.length === 0 || bad !== undefined || topics.length > 20) {
        return {
          problem: bad ? `"${bad}" is not a topic tag.` : 'Name the topics.',
          form: '<topic,topic…|all>',
          hint: 'Up to 20 tags separated by commas, e.g. science,climate; "all" clears the filter.',
        };
      }
      return { change: { topics } };
    }
  }
}
