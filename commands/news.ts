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
    const { articles, feeds } = ctx.services;
    const scope = await feeds.visibleTo(ctx.chat);
    const wanted = topic?.toLowerCase().replace(/^#/, '');
    const shown = await articles.latest({ scope, limit: count, topic: wanted });
    if (shown.length === 0) {
      if (!wanted || (await articles.count(scope)) === 0)
        return errorReply('No articles are loaded yet.');
      const topics = await articles.topics(scope, 30);
      return errorReply(
        `No articles have the topic "${topic ?? ''}".${topics.length > 0 ? ` Topics: ${topics.join(', ')}.` : ''}`,
      );
    }
    // Counted only when the list is cut: a count reads every article in scope.
    const total = shown.length < count ? shown.length : await articles.count(scope, wanted);
    const heading = wanted ? `Latest on ${wanted}` : 'Latest news';
    return articleListReply(ctx, [bold(heading), ` (${shown.length} of ${total})`], shown);
  },
});
