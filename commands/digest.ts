import { z } from 'zod';
import { requireModerator } from '../src/core/answers/require-moderator.js';
import { defineCommand, type CommandContext } from '../src/core/commands/define-command.js';
import { describeSchedule, nextSend } from '../src/core/digests/digest-settings.js';
import { parseSettingChange } from '../src/core/digests/parse-change.js';
import { formatWhen } from '../src/core/digests/date-format.js';
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
import { formatAge } from '../src/core/answers/format-age.js';

const ACTIONS = [
  'on',
  'off',
  'time',
  'days',
  'timezone',
  'size',
  'topics',
  'preview',
  'now',
] as const;

export default defineCommand({
  name: 'digest',
  description: 'This channel’s daily digest: settings and next send; moderators change them',
  access: 'moderator',
  options: z.object({
    action: z
      .enum(ACTIONS)
      .optional()
      .describe('on, off, time, days, timezone, size, topics, preview or now'),
    value: z
      .string()
      .max(200)
      .optional()
      .describe('The new value, e.g. 08:30, mon-fri, Europe/Berlin, 5, science,tech')
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
    'preview',
    'now',
  ],
  async execute(ctx, { action, value }) {
    const digests = ctx.services.digests;
    if (action === undefined && value !== undefined) {
      return usageReply(
        `"${value.split(' ')[0] ?? value}" is not something /digest can do.`,
        '/digest [on|off|time|days|timezone|size|topics|preview|now] [value]',
        'Send /help digest for examples.',
      );
    }
    if (action === undefined)
      return showSettings(ctx, await digests.settingsFor(ctx.chat), 'Digest for this channel');
    await requireModerator(
      ctx,
      action === 'preview' || action === 'now'
        ? `${action === 'now' ? 'send' : 'preview'} the digest`
        : 'change the digest',
    );
    if (action === 'preview') {
      const digest = await digests.preview(ctx.chat);
      const filtered =
        digest.filteredOut === 0
          ? []
          : [
              paragraph(
                italic(
                  `${digest.filteredOut} ${digest.filteredOut === 1 ? 'story' : 'stories'} filtered out by this channel’s filters (/filter).`,
                ),
              ),
            ];
      if (digest.storyCount === 0)
        return answer([paragraph('Nothing new for this channel’s digest right now.'), ...filtered]);
      return {
        ...digest.reply,
        blocks: [
          paragraph(italic('Preview — not sent, not recorded.')),
          ...filtered,
          ...digest.reply.blocks,
        ],
      };
    }
    if (action === 'now') {
      const sent = await digests.sendNow(ctx.chat);
      if (sent.result === 'sent')
        return answer([
          paragraph(`Digest sent: ${sent.stories} ${sent.stories === 1 ? 'story' : 'stories'}.`),
        ]);
      if (sent.result === 'empty')
        return answer([paragraph('Nothing new since the last digest, so nothing was sent.')]);
      if (sent.result === 'busy')
        return errorReply('A digest for this channel is being sent right now.');
      return errorReply(`The digest could not be sent${sent.reason ? `: ${sent.reason}` : ''}.`);
    }
    const change = parseSettingChange(action, value);
    if ('problem' in change)
      return usageReply(change.problem, `/digest ${action} ${change.form}`, change.hint);
    const updated = await digests.change(ctx.chat, change.change);
    return showSettings(ctx, updated, 'Digest updated');
  },
});

function showSettings(ctx: CommandContext, settings: DigestSettings, heading: string): Reply {
  const now = ctx.services.clock.now();
  const next = nextSend(settings, now);
  const state = !settings.active
    ? `paused: the bot cannot post here (${settings.inactiveReason ?? 'unknown reason'})`
    : settings.enabled
      ? 'on'
      : 'off';
  const lines = [
    [bold('Schedule: '), describeSchedule(settings)],
    [
      bold('Next: '),
      next
        ? `${formatWhen(next, settings.timezone)} (${formatAge(next, now)})`
        : settings.enabled
          ? 'not scheduled'
          : 'none — the digest is off',
    ],
  ];
  const hint = settings.enabled
    ? 'Moderators: /digest off, time HH:MM, days, timezone, size, topics, preview, now.'
    : 'Moderators turn it on with /digest on.';
  return {
    ...answer([
      paragraph(bold(`${heading}: ${state}`)),
      list(lines),
      paragraph(italic(hint), ' ', code('/help digest')),
    ]),
    panel: { label: 'Open the control panel' },
  };
}
