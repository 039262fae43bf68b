import { z } from 'zod';
import { importFeeds } from '../src/core/answers/import-feeds.js';
import { requireModerator } from '../src/core/answers/require-moderator.js';
import { defineCommand, type CommandContext } from '../src/core/commands/define-command.js';
import type { Translator } from '../src/core/i18n/translator.js';
import type { FeedStatus } from '../src/core/ports/feed-service.js';
import {
  answer,
  bold,
  code,
  errorReply,
  italic,
  link,
  list,
  paragraph,
  usageReply,
} from '../src/core/replies/build.js';
import type { Inline, Reply } from '../src/core/replies/reply.js';

export default defineCommand({
  name: 'feeds',
  description: 'The RSS and Atom feeds this channel reads; moderators add and remove them',
  options: z.object({
    action: z
      .enum(['list', 'add', 'remove', 'export', 'import'])
      .optional()
      .describe('list (default), add, remove, export or import an OPML file (moderators)'),
    target: z
      .string()
      .max(2000)
      .optional()
      .describe(
        'add: the feed URL; remove: its URL or its number in /feeds; import: a file path (console)',
      ),
  }),
  access: 'moderator',
  examples: [
    '',
    'add https://example.com/feed.xml',
    'remove 2',
    'export',
    'import (with an OPML file attached)',
  ],
  async execute(ctx, { action = 'list', target }) {
    const t = ctx.tPrivate;
    if (action === 'list') {
      if (target !== undefined) return usage(t, t.t('feeds.listTakesNoTarget'));
      return listFeeds(ctx);
    }
    if (action === 'export') {
      if (target !== undefined) return usage(t, t.t('feeds.exportNoValue'));
      await requireModerator(ctx, 'mod.exportFeeds');
      return exportFeeds(ctx);
    }
    await requireModerator(ctx, 'mod.changeFeeds');
    if (action === 'import') return importFeeds(ctx, target?.trim() ? target.trim() : undefined);
    if (target === undefined || target.trim() === '') {
      return usage(t, t.t(action === 'add' ? 'feeds.addNeedsUrl' : 'feeds.removeNeedsTarget'));
    }
    return action === 'add' ? addFeed(ctx, target) : removeFeed(ctx, target);
  },
});

async function listFeeds(ctx: CommandContext): Promise<Reply> {
  const { t } = ctx;
  const { feeds, operatorFeeds } = await ctx.services.feeds.list(ctx.chat);
  const operator = operatorFeeds > 0 ? t.t('feeds.operator', { count: operatorFeeds }) : undefined;
  if (feeds.length === 0) {
    return answer([
      paragraph(t.t('feeds.noneOwn')),
      ...(operator ? [paragraph(operator)] : []),
      paragraph(...t.rich('feeds.addOne', { command: code(`/feeds add ${t.t('feeds.urlForm')}`) })),
    ]);
  }
  const now = ctx.services.clock.now();
  return answer([
    paragraph(bold(t.t('feeds.heading', { count: feeds.length }))),
    list(
      feeds.map((feed) => feedLine(feed, now, t)),
      true,
    ),
    ...(operator ? [paragraph(operator)] : []),
    paragraph(italic(t.t('feeds.modHint'))),
  ]);
}

function feedLine(feed: FeedStatus, now: Date, t: Translator): Inline[] {
  const line: Inline[] = [feed.title ? link(feed.title, feed.url) : feed.url];
  const state: string[] = [];
  if (feed.paused) state.push(t.t('feeds.paused'));
  state.push(
    feed.lastSuccessAt
      ? t.t('feeds.lastRead', { age: t.age(feed.lastSuccessAt, now) })
      : t.t('feeds.notRead'),
  );
  if (
    feed.lastErrorAt &&
    feed.lastError &&
    (!feed.lastSuccessAt || feed.lastErrorAt > feed.lastSuccessAt)
  )
    state.push(
      t.t('feeds.lastError', { age: t.age(feed.lastErrorAt, now), error: feed.lastError }),
    );
  line.push(` — ${state.join(' · ')}`);
  return line;
}

async function addFeed(ctx: CommandContext, target: string): Promise<Reply> {
  const { t } = ctx;
  const outcome = await ctx.services.feeds.add(ctx.chat, target);
  if (!outcome.ok) {
    const reason =
      typeof outcome.reason === 'string' ? outcome.reason : outcome.reason(ctx.tPrivate);
    return errorReply(ctx.tPrivate.t('feeds.addFailed', { url: outcome.url, reason }));
  }
  return answer([
    paragraph(
      ...t.rich(outcome.alreadySubscribed ? 'feeds.checkedAgain' : 'feeds.added', {
        feed: link(outcome.title, outcome.url),
        count: outcome.itemCount,
      }),
    ),
    paragraph(t.t('feeds.drawsOn', { count: outcome.feedCount })),
  ]);
}

async function removeFeed(ctx: CommandContext, target: string): Promise<Reply> {
  const { t, tPrivate } = ctx;
  const outcome = await ctx.services.feeds.remove(ctx.chat, target);
  if (!outcome.ok)
    return errorReply(outcome.reason(tPrivate), paragraph(tPrivate.t('feeds.seeList')));
  const left =
    outcome.feedCount === 0
      ? t.t('feeds.noneLeft')
      : t.t('feeds.left', { count: outcome.feedCount });
  return answer([
    paragraph(
      ...t.rich('feeds.removed', {
        feed: outcome.title ? link(outcome.title, outcome.url) : outcome.url,
      }),
    ),
    paragraph(left),
  ]);
}

async function exportFeeds(ctx: CommandContext): Promise<Reply> {
  const { feeds } = await ctx.services.feeds.list(ctx.chat);
  if (feeds.length === 0) {
    const t = ctx.tPrivate;
    return errorReply(
      t.t('feeds.exportNone'),
      paragraph(...t.rich('feeds.addOne', { command: code(`/feeds add ${t.t('feeds.urlForm')}`) })),
    );
  }
  const { t } = ctx;
  return {
    ...answer([
      paragraph(
        ...t.rich('feeds.exported', { count: feeds.length, command: code('/feeds import') }),
      ),
    ]),
    file: {
      name: 'briefly-feeds.opml',
      mediaType: 'text/x-opml',
      text: await ctx.services.feeds.exportOpml(ctx.chat),
    },
  };
}

function usage(t: Translator, problem: string): Reply {
  return usageReply(
    t,
    problem,
    `/feeds [list|add|remove|export|import] [${t.optionName('feeds', 'target')}]`,
    t.t('feeds.usageHint'),
  );
}
