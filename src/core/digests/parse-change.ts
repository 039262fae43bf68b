import { catalogue } from '../i18n/catalogue.js';
import { LANGUAGE_NAMES, matchLocale, PSEUDO_LOCALE, SUPPORTED_LOCALES } from '../i18n/locales.js';
import type { Translator } from '../i18n/translator.js';
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
  'language',
  'images',
  'ping',
] as const;
export type SettingAction = (typeof SETTING_ACTIONS)[number];

export type ParsedChange =
  | { readonly change: SettingsChange }
  | { readonly problem: string; readonly form: string; readonly hint?: string };

/**
 * Reads one setting as a moderator writes it (the /digest arguments and the control panel's form
 * fields alike): the change, or what was wrong with the usage form and a hint, in the reader's
 * language. The one place these rules live.
 */
export function parseSettingChange(
  action: SettingAction,
  raw: string | undefined,
  t: Translator = catalogue.translator('en'),
): ParsedChange {
  const value = raw?.trim() ?? '';
  switch (action) {
    case 'on':
    case 'off':
      return value === ''
        ? { change: { enabled: action === 'on' } }
        : { problem: t.t('digest.noValue', { action }), form: '' };
    case 'time': {
      const minuteOfDay = parseTime(value);
      return minuteOfDay === undefined
        ? {
            problem: t.t('digest.badTime', { value }),
            form: t.t('digest.timeForm'),
            hint: t.t('digest.timeHint'),
          }
        : { change: { minuteOfDay } };
    }
    case 'days': {
      const days = parseDays(value);
      return days === undefined
        ? {
            problem: t.t('digest.badDays', { value }),
            form: t.t('digest.daysForm'),
            hint: t.t('digest.daysHint'),
          }
        : { change: { days } };
    }
    case 'timezone': {
      const timezone = canonicalTimeZone(value);
      return timezone
        ? { change: { timezone } }
        : {
            problem: t.t('digest.badZone', { value }),
            form: t.t('digest.zoneForm'),
            hint: t.t('digest.zoneHint'),
          };
    }
    case 'size': {
      const size = /^\d{1,3}$/.test(value) ? Number(value) : NaN;
      return size >= MIN_SIZE && size <= MAX_SIZE
        ? { change: { size } }
        : {
            problem: value
              ? t.t('digest.badSizeValue', { min: MIN_SIZE, max: MAX_SIZE, value })
              : t.t('digest.badSize', { min: MIN_SIZE, max: MAX_SIZE }),
            form: t.t('digest.sizeForm'),
          };
    }
    case 'topics':
      return parseTopics(value, t);
    case 'language':
      return parseLanguage(value, t);
    case 'images':
      return parseImages(value, t);
    case 'ping':
      return parsePing(value, t);
  }
}

function parseTopics(value: string, t: Translator): ParsedChange {
  if (/^(all|any|none|\*)$/i.test(value)) return { change: { topics: [] } };
  const topics = [
    ...new Set(
      value
        .split(/[\s,]+/)
        .map((topic) => topic.replace(/^#/, '').toLowerCase())
        .filter(Boolean),
    ),
  ];
  const bad = topics.find((topic) => !/^[\p{L}\p{N}_-]{1,40}$/u.test(topic));
  if (topics.length === 0 || bad !== undefined || topics.length > 20) {
    return {
      problem: bad ? t.t('digest.badTopic', { topic: bad }) : t.t('digest.nameTopics'),
      form: t.t('digest.topicsForm'),
      hint: t.t('digest.topicsHint'),
    };
  }
  return { change: { topics } };
}

/**
 * A supported language code (`de`, `pt-BR`, also `pt` or `de-AT`), or `default` for the platform's
 * language again; anything else gets the list of supported ones, each in its own name.
 */
function parseLanguage(value: string, t: Translator): ParsedChange {
  if (/^(default|auto)$/i.test(value)) return { change: { language: '' } };
  const locale = matchLocale(value);
  if (locale !== undefined && locale !== PSEUDO_LOCALE) return { change: { language: locale } };
  const languages = SUPPORTED_LOCALES.map((code) => `${code} (${LANGUAGE_NAMES[code]})`);
  return {
    problem: t.t('digest.badLanguage', { value, languages: languages.join(', ') }),
    form: t.t('digest.languageForm'),
  };
}

/** on (the default) or off: whether digests and /news show articles' pictures. */
function parseImages(value: string, t: Translator): ParsedChange {
  const on = /^(on|yes|show)$/i.test(value);
  if (on || /^(off|no|hide)$/i.test(value)) return { change: { showImages: on } };
  return {
    problem: value ? t.t('digest.badImages', { value }) : t.t('digest.nameImages'),
    form: t.t('digest.imagesForm'),
    hint: t.t('digest.imagesHint'),
  };
}

/**
 * The one Discord role a digest pings: a role mention (`<@&id>`) or a role id; `off` stops it.
 * Only the id is kept; whether the role exists is the adapter's question when it sends.
 */
function parsePing(value: string, t: Translator): ParsedChange {
  if (/^(off|none|no)$/i.test(value)) return { change: { pingRole: '' } };
  const id = /^(?:<@&(\d{17,20})>|(\d{17,20}))$/.exec(value);
  if (id) return { change: { pingRole: id[1] ?? id[2] ?? '' } };
  return {
    problem: value ? t.t('digest.badPing', { value }) : t.t('digest.namePing'),
    form: t.t('digest.pingForm'),
    hint: t.t('digest.pingHint'),
  };
}
