import { z } from 'zod';
import { formatAge } from '../src/core/answers/format-age.js';
import { importFeeds } from '../src/core/answers/import-feeds.js';
import { requireModerator } from '../src/core/answers/require-moderator.js';
import { defineCommand, type CommandContext } from '../src/core/commands/define-command.js';
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
  file: 'import: the OPML file to import',
  examples: [
    '',
    'add https://example.com/feed.xml',
    'remove 2',
    'export',
    'import (with an OPML file attached)',
  ],
  async execute(ctx, { action = 'list', target }) {
    if (action === 'list') {
      if (target !== undefined)
        return usage('"/feeds" lists; to change the list, say add or remove first.');
      return listFeeds(ctx);
    }
    if (action === 'export') {
      if (target !== undefined) return usage('/feeds export takes no value.');
      await requireModerator(ctx, 'export the feeds of this channel');
      return exportFeeds(ctx);
    }
    await requireModerator(ctx, 'change the feeds of this channel');
    if (action === 'import') return importFeeds(ctx, target?.trim() ? target.trim() : undefined);
    if (target === undefined || target.trim() === '') {
      return usage(
        action === 'add' ? 'add needs the feed’s URL.' : 'remove needs a feed’s URL or number.',
      );
    }
    return action === 'add' ? addFeed(ctx, target) : removeFeed(ctx, target);
  },
});

async function listFeeds(ctx: CommandContext): Promise<Reply> {
  const { feeds, operatorFeeds } = await ctx.services.feeds.list(ctx.chat);
  const operator =
    operatorFeeds > 0
      ? `The operator’s list adds ${operatorFeeds === 1 ? 'one feed' : `${operatorFeeds} feeds`} for every channel.`
      : undefined;
  if (feeds.length === 0) {
    return answer([
      paragraph(
        'This channel has no feeds of its own: its digest draws on the bot’s own articles and the operator’s feeds.',
      ),
      ...(operator ? [paragraph(operator)] : []),
      paragraph('Moderators add one with ', code('/feeds add <url>'), '.'),
    ]);
  }
  const now = ctx.services.clock.now();
  return answer([
    paragraph(bold(`Feeds of this channel (${feeds.length})`)),
    list(
      feeds.map((feed) => feedLine(feed, now)),
      true,
    ),
    ...(operator ? [paragraph(operator)] : []),
    paragraph(italic('Moderators: /feeds add <url>, /feeds remove <number>.')),
  ]);
}

function feedLine(feed: FeedStatus, now: Date): Inline[] {
  const line: Inline[] = [feed.title ? link(feed.title, feed.url) : feed.url];
  const state: string[] = [];
  if (feed.paused) state.push('PAUSED after repeated failures');
  state.push(
    feed.lastSuccessAt ? `last read ${formatAge(feed.lastSuccessAt, now)}` : 'not read yet',
  );
  if (
    feed.lastErrorAt &&
    feed.lastError &&
    (!feed.lastSuccessAt || feed.lastErrorAt > feed.lastSuccessAt)
  )
    state.push(`last error ${formatAge(feed.lastErrorAt, now)}: ${feed.lastError}`);
  line.push(` — ${state.join(' · ')}`);
  return line;
}

async function addFeed(ctx: CommandContext, target: string): Promise<Reply> {
  const outcome = await ctx.services.feeds.add(ctx.chat, target);
  if (!outcome.ok) return errorReply(`Could not add ${outcome.url}: ${outcome.reason}.`);
  const items = outcome.itemCount === 1 ? 'one item' : `${outcome.itemCount} items`;
  const total = outcome.feedCount === 1 ? 'its one feed' : `its ${outcome.feedCount} feeds`;
  return answer([
    paragraph(
      outcome.alreadySubscribed ? 'Already a feed of this channel, checked again: ' : 'Added ',
      link(outcome.title, outcome.url),
      ` — ${items} now.`,
    ),
    paragraph(
      `This channel’s digest now draws on ${total}; new items are read every 15 minutes or so.`,
    ),
  ]);
}

async function removeFeed(ctx: CommandContext, target: string): Promise<Reply> {
  const outcome = await ctx.services.feeds.remove(ctx.chat, target);
  if (!outcome.ok)
    return errorReply(outcome.reason, paragraph('Send /feeds to see this channel’s feeds.'));
  const left =
    outcome.feedCount === 0
      ? 'This channel has no feeds left: its digest draws on the bot’s own articles and the operator’s feeds.'
      : `${outcome.feedCount === 1 ? 'One feed is' : `${outcome.feedCount} feeds are`} left.`;
  return answer([
    paragraph('Removed ', outcome.title ? link(outcome.title, outcome.url) : outcome.url, '.'),
    paragraph(left),
  ]);
}

async function exportFeeds(ctx: CommandContext): Promise<Reply> {
  const { feeds } = await ctx.services.feeds.list(ctx.chat);
  if (feeds.length === 0)
    return errorReply(
      'This channel has no feeds of its own to export.',
      paragraph('Moderators add one with /feeds add <url>.'),
    );
  return {
    ...answer([
      paragraph(
        `The ${feeds.length === 1 ? 'feed' : `${feeds.length} feeds`} of this channel as OPML, for a feed reader or another bot (`,
        code('/feeds import'),
        ' takes it back).',
      ),
    ]),
    file: {
      name: 'briefly-feeds.opml',
      mediaType: 'text/x-opml',
      text: await ctx.services.feeds.exportOpml(ctx.chat),
    },
  };
}

function usage(problem: string): Reply {
  return usageReply(
    problem,
    '/feeds [list|add|remove|export|import] [target]',
    'For example /feeds add https://example.com/feed.xml or /feeds remove 2.',
  );
}
