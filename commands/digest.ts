import { z } from 'zod';
import { requireModerator } from '../src/core/answers/require-moderator.js';
import { defineCommand, type CommandContext } from '../src/core/commands/define-command.js';
import { describeSchedule, nextSend } from '../src/core/digests/digest-settings.js';
import {
  describeTarget,
  describeTargetProblem,
  parseTarget,
} from '../src/core/digests/digest-target.js';
import { parseSettingChange, SETTING_ACTIONS } from '../src/core/digests/parse-change.js';
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
import { matchLocale, PSEUDO_LOCALE } from '../src/core/i18n/locales.js';
import type { Translator } from '../src/core/i18n/translator.js';

const ACTIONS = [...SETTING_ACTIONS, 'target', 'preview', 'now'] as const;

export default defineCommand({
  name: 'digest',
  description: 'This channel’s daily digest: settings and next send; moderators change them',
  access: 'moderator',
  options: z.object({
    action: z
      .enum(ACTIONS)
      .optional()
      .describe(
        'on, off, time, days, timezone, size, topics, language, images, ping, target, preview or now',
      ),
    value: z
      .string()
      .max(200)
      .optional()
      .describe('The new value, e.g. 08:30, mon-fri, Europe/Berlin, 5, science,tech, de, off')
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
    'images off',
    'ping @news',
    'ping off',
    'target here',
    'target #digests Daily',
    'target channel',
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
      const filtered =
        digest.filteredOut === 0
          ? []
          : [paragraph(italic(t.t('digest.filteredOut', { count: digest.filteredOut })))];
      if (digest.storyCount === 0)
        return answer([paragraph(t.t('digest.nothingNew')), ...filtered]);
      return {
        ...digest.reply,
        blocks: [paragraph(italic(t.t('digest.previewNote'))), ...filtered, ...digest.reply.blocks],
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
    if (action === 'target') return changeTarget(ctx, value);
    // A role ping is a Discord thing: elsewhere the setting would be kept and never used.
    if (action === 'ping' && ctx.chat.platform !== 'discord')
      return errorReply(tPrivate.t('digest.pingDiscordOnly', { platform: ctx.chat.platform }));
    const change = parseSettingChange(action, value, tPrivate);
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

async function showSettings(
  ctx: CommandContext,
  settings: DigestSettings,
  heading: 'digest.headingShow' | 'digest.headingUpdated',
  note?: string,
): Promise<Reply> {
  const { t } = ctx;
  // Only where digests can have targets (Discord): what the channel itself is (a forum?).
  const place = await ctx.services.digests.describePlace(settings.chat, settings.chat.id);
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
    [bold(t.t('digest.images')), t.t(settings.showImages ? 'digest.imagesOn' : 'digest.imagesOff')],
    ...(settings.pingRole === undefined && ctx.chat.platform !== 'discord'
      ? []
      : [[bold(t.t('digest.ping')), describePing(ctx, settings)]]),
    ...(place === undefined
      ? []
      : [
          [
            bold(t.t('digest.target')),
            ...describeTarget(settings, place.found && place.kind === 'forum', t),
          ],
        ]),
  ];
  const problem = describeTargetProblem(settings, t);
  return {
    ...answer([
      paragraph(bold(t.t(heading, { state }))),
      list(lines),
      ...(problem === undefined ? [] : [paragraph(bold(problem))]),
      ...(note === undefined ? [] : [paragraph(italic(note))]),
      paragraph(
        italic(t.t(settings.enabled ? 'digest.hintOn' : 'digest.hintOff')),
        ' ',
        code('/help digest'),
      ),
    ]),
    panel: { label: t.t('digest.openPanel') },
  };
}

/** `/digest target …`: where the channel's digest goes (Discord: a thread or a forum). */
async function changeTarget(ctx: CommandContext, value: string | undefined): Promise<Reply> {
  const { tPrivate } = ctx;
  const digests = ctx.services.digests;
  if ((await digests.describePlace(ctx.chat, ctx.chat.id)) === undefined)
    return errorReply(tPrivate.t('threads.discordOnly', { platform: ctx.chat.platform }));
  const parsed = await parseTarget(
    {
      value,
      chat: ctx.chat,
      thread: ctx.thread,
      describe: async (id) => (await digests.describePlace(ctx.chat, id)) ?? { found: false },
    },
    tPrivate,
  );
  if ('problem' in parsed)
    return usageReply(tPrivate, parsed.problem, `/digest target ${parsed.form}`, parsed.hint);
  const updated = await digests.change(ctx.chat, { target: parsed.target });
  return showSettings(ctx, updated, 'digest.headingUpdated', parsed.note);
}

/** "Deutsch (de)", or the language answers use here without a setting. */
function describeLanguage(settings: DigestSettings, t: Translator): string {
  const set = matchLocale(settings.language);
  if (set !== undefined && set !== PSEUDO_LOCALE)
    return t.t('digest.languageSet', { name: t.languageName(set), code: set });
  const shown = t.locale === PSEUDO_LOCALE ? 'en' : t.locale;
  return t.t('digest.languageDefault', { name: t.languageName(shown), code: shown });
}

/**
 * The role a digest pings, as a mention (the answer itself allows no mentions, so none pings); a
 * role deleted since (the platform says so) is said to be gone, as the digests then ping nobody.
 */
function describePing(ctx: CommandContext, settings: DigestSettings): string {
  const { t } = ctx;
  const role = settings.pingRole;
  if (role === undefined) return t.t('digest.pingOff');
  if (ctx.services.digests.roleExists(settings.chat, role) === false)
    return t.t('digest.pingGone', { role });
  return t.t('digest.pingOn', { role: `<@&${role}>` });
}
