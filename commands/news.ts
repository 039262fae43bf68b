import { z } from 'zod';
import { articleListReply } from '../src/core/answers/article-list.js';
import { defineCommand } from '../src/core/commands/define-command.js';
import { bold, errorReply } from '../src/core/replies/build.js';

export default defineCommand({
  name: 'news',
  description: 'The latest articles, numbered, with buttons for a summary and the sources',
  options: z.object({
    count: z
      .number()
      .int()
      .min(1)
      .max(20)
      .default(5)
      .describe('How many articles, 1 to 20 (default 5)'),
    topic: z.string().max(50).optional().describe('Only articles with this topic tag'),
  }),
  examples: ['', '10', 'science', '3 science'],
  async execute(ctx, { count, topic }) {
    // Only what this chat may see: files, the operator's feeds, this chat's own feeds.
    const visible = ctx.services.articles
      .all()
      .filter(await ctx.services.feeds.visibleTo(ctx.chat));
    const { t, tPrivate } = ctx;
    if (visible.length === 0) return errorReply(tPrivate.t('articles.noneLoaded'));
    // This channel's keyword filters (/filter) apply to /news as to its digests.
    const all = visible.filter(await ctx.services.filters.keepsFor(ctx.chat));
    if (all.length === 0)
      return errorReply(tPrivate.t('news.allFiltered', { count: visible.length }));
    const wanted = topic?.toLowerCase().replace(/^#/, '');
    const matching = wanted
      ? all.filter((a) => a.tags.some((t) => t.toLowerCase() === wanted))
      : all;
    if (matching.length === 0) {
      const topics = [...new Set(all.flatMap((a) => a.tags.map((t) => t.toLowerCase())))].sort();
      const problem = tPrivate.t('news.noTopic', { topic: topic ?? '' });
      return errorReply(
        topics.length > 0
          ? `${problem} ${tPrivate.t('news.topics', { topics: topics.slice(0, 30).join(', ') })}`
          : problem,
      );
    }
    const shown = matching.slice(0, count);
    const heading = wanted ? t.t('news.headingTopic', { topic: wanted }) : t.t('news.heading');
    return articleListReply(
      ctx,
      [bold(heading), ' ', t.t('news.count', { shown: shown.length, total: matching.length })],
      shown,
    );
  },
});
