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
    if (visible.length === 0) return errorReply('No articles are loaded yet.');
    // This channel's keyword filters (/filter) apply to /news as to its digests.
    const all = visible.filter(await ctx.services.filters.keepsFor(ctx.chat));
    if (all.length === 0)
      return errorReply(
        `This channel's filters leave out all ${visible.length} articles. Moderators see them with /filter.`,
      );
    const wanted = topic?.toLowerCase().replace(/^#/, '');
    const matching = wanted
      ? all.filter((a) => a.tags.some((t) => t.toLowerCase() === wanted))
      : all;
    if (matching.length === 0) {
      const topics = [...new Set(all.flatMap((a) => a.tags.map((t) => t.toLowerCase())))].sort();
      return errorReply(
        `No articles have the topic "${topic ?? ''}".${topics.length > 0 ? ` Topics: ${topics.slice(0, 30).join(', ')}.` : ''}`,
      );
    }
    const shown = matching.slice(0, count);
    // Pictures beside the items unless a moderator turned them off (/digest images off).
    const { showImages } = await ctx.services.digests.settingsFor(ctx.chat);
    const heading = wanted ? `Latest on ${wanted}` : 'Latest news';
    return articleListReply(
      ctx,
      [bold(heading), ` (${shown.length} of ${matching.length})`],
      shown,
      { images: showImages },
    );
  },
});
