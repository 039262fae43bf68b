import { z } from 'zod';
import { requireModerator } from '../src/core/answers/require-moderator.js';
import { defineCommand, type CommandContext } from '../src/core/commands/define-command.js';
import {
  describeSchedule,
  MAX_SIZE,
  MIN_SIZE,
  nextSend,
  type SettingsChange,
} from '../src/core/digests/digest-settings.js';
import { parseDays, parseTime } from '../src/core/digests/schedule.js';
import { isValidTimeZone } from '../src/core/digests/zoned-time.js';
import type { DigestSettings } from '../src/core/ports/digest-store.js';
import {
  answer,
  bold,
  code,
  errorReply,
  italic,
  list,
  paragraph,
  usageReply,
} from '../src/core/replies/build.js';
import type { Reply } from '../src/core/replies/reply.js';
import { catalogue } from '../src/core/i18n/catalogue.js';
import {
  LANGUAGE_NAMES,
  matchLocale,
  PSEUDO_LOCALE,
  SUPPORTED_LOCALES,
} from '../src/core/i18n/locales.js';
import type { Translator } from '../src/core/i18n/translator.js';

const ACTIONS = [
  'on',
  'off',
  'time',
  'days',
  'timezone',
  'size',
  'topics',
  'language',
  'preview',
  'now',
] as const;
type Action = (typeof ACTIONS)[number];

export default defineCommand({
  name: 'digest',
  description: 'This channel’s daily digest: settings and next send; moderators change them',
  access: 'moderator',
  options: z.object({
    action: z
      .enum(ACTIONS)
      .optional()
      .describe('on, off, time, days, timezone, size, topics, language, preview or now'),
    value: z
      .string()
      .max(200)
      .optional()
      .describe('The new value, e.g. 08:30, mon-fri, Europe/Berlin, 5, science,tech, de')
      .meta({ positional: 'rest' }),
  }),
  examples: [
    '',
    'on',
    'time 07:30',
    'days mon-fri',
    'timezone Europe/Berlin',
    'size 5',
    'topics science,climate',
    'topics all',
    'language de',
    'preview',
    'now',
  ],
  async execute(ctx, { action, value }) {
    const digests = ctx.services.digests;
    const { t, tPrivate } = ctx;
    if (action === undefined && value !== undefined) {
      return usageReply(
        tPrivate,
        tPrivate.t('digest.notAction', { word: value.split(' ')[0] ?? value }),
        `/digest [${ACTIONS.join('|')}] [${tPrivate.optionName('digest', 'value')}]`,
        tPrivate.t('digest.seeHelp'),
      );
    }
    if (action === undefined)
      return showSettings(ctx, await digests.settingsFor(ctx.chat), 'digest.headingShow');
    await requireModerator(
      ctx,
      action === 'preview'
        ? 'mod.previewDigest'
        : action === 'now'
          ? 'mod.sendDigest'
          : 'mod.changeDigest',
    );
    if (action === 'preview') {
      const digest = await digests.preview(ctx.chat, t.locale);
      if (digest.storyCount === 0) return answer([paragraph(t.t('digest.nothingNew'))]);
      return {
        ...digest.reply,
        blocks: [paragraph(italic(t.t('digest.previewNote'))), ...digest.reply.blocks],
      };
    }
    if (action === 'now') {
      const sent = await digests.sendNow(ctx.chat, t.locale);
      if (sent.result === 'sent')
        return answer([paragraph(t.t('digest.sent', { count: sent.stories }))]);
      if (sent.result === 'empty') return answer([paragraph(t.t('digest.emptySent'))]);
      if (sent.result === 'busy') return errorReply(tPrivate.t('digest.busy'));
      return errorReply(
        sent.reason
          ? tPrivate.t('digest.failedReason', { reason: sent.reason })
          : tPrivate.t('digest.failed'),
      );
    }
    const change = parseChange(action, value, tPrivate);
    if ('problem' in change)
      return usageReply(tPrivate, change.problem, `/digest ${action} ${change.form}`, change.hint);
    const updated = await digests.change(ctx.chat, change.change);
    // A new language answers in that language at once.
    const reader = change.change.language
      ? catalogue.translator(matchLocale(change.change.language))
      : t;
    return showSettings({ ...ctx, t: reader }, updated, 'digest.headingUpdated');
  },
});

type Parsed = { change: SettingsChange } | { problem: string; form: string; hint?: string };

function parseChange(
  action: Exclude<Action, 'preview' | 'now'>,
  raw: string | undefined,
  t: Translator,
): Parsed {
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
    case 'timezone':
      return isValidTimeZone(value)
        ? { change: { timezone: value } }
        : {
            problem: t.t('digest.badZone', { value }),
            form: t.t('digest.zoneForm'),
            hint: t.t('digest.zoneHint'),
          };
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
          problem: bad ? t.t('digest.badTopic', { topic: bad }) : t.t('digest.nameTopics'),
          form: t.t('digest.topicsForm'),
          hint: t.t('digest.topicsHint'),
        };
      }
      return { change: { topics } };
    }
    case 'language':
      return parseLanguage(value, t);
  }
}

/** A supported language code (`de`, `pt-BR`, `pt`, `de-AT`), or `default` for the platform's. */
function parseLanguage(value: string, t: Translator): Parsed {
  if (/^(default|auto)$/i.test(value)) return { change: { language: '' } };
  const locale = matchLocale(value);
  if (locale !== undefined && locale !== PSEUDO_LOCALE) return { change: { language: locale } };
  const languages = SUPPORTED_LOCALES.map((code) => `${code} (${LANGUAGE_NAMES[code]})`);
  return {
    problem: t.t('digest.badLanguage', { value, languages: languages.join(', ') }),
    form: t.t('digest.languageForm'),
  };
}

function showSettings(
  ctx: CommandContext,
  settings: DigestSettings,
  heading: 'digest.headingShow' | 'digest.headingUpdated',
): Reply {
  const { t } = ctx;
  const now = ctx.services.clock.now();
  const next = nextSend(settings, now);
  const state = !settings.active
    ? t.t('digest.statePaused', {
        reason: settings.inactiveReason ?? t.t('digest.unknownReason'),
      })
    : t.t(settings.enabled ? 'digest.stateOn' : 'digest.stateOff');
  const lines = [
    [bold(t.t('digest.schedule')), describeSchedule(settings, t)],
    [
      bold(t.t('digest.next')),
      next
        ? t.t('digest.nextWhen', {
            when: t.date(next, settings.timezone, 'when'),
            age: t.age(next, now),
          })
        : t.t(settings.enabled ? 'digest.notScheduled' : 'digest.offNone'),
    ],
    [bold(t.t('digest.language')), describeLanguage(settings, t)],
  ];
  return answer([
    paragraph(bold(t.t(heading, { state }))),
    list(lines),
    paragraph(
      italic(t.t(settings.enabled ? 'digest.hintOn' : 'digest.hintOff')),
      ' ',
      code('/help digest'),
    ),
  ]);
}

/** "Deutsch (de)", or the language answers use here without a setting. */
function describeLanguage(settings: DigestSettings, t: Translator): string {
  const set = matchLocale(settings.language);
  if (set !== undefined && set !== PSEUDO_LOCALE)
    return t.t('digest.languageSet', { name: t.languageName(set), code: set });
  const shown = t.locale === PSEUDO_LOCALE ? 'en' : t.locale;
  return t.t('digest.languageDefault', { name: t.languageName(shown), code: shown });
}
