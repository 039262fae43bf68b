import { z } from 'zod';
import { articleListReply } from '../src/core/answers/article-list.js';
import { defineCommand } from '../src/core/commands/define-command.js';
import { bold, errorReply } from '../src/core/replies/build.js';

export default defineCommand({
  name: 'search',
  description: 'Find articles by words in their title or text',
  options: z.object({
    words: z.string().min(1).max(200).describe('Words to look for').meta({ positional: 'rest' }),
  }),
  examples: ['patriot missiles', 'harbour tunnel'],
  async execute(ctx, { words }) {
    const scope = await ctx.services.feeds.visibleTo(ctx.chat);
    const hits = await ctx.services.articles.search(words, { scope, limit: 10 });
    if (hits.length === 0) return errorReply(ctx.tPrivate.t('search.none', { words }));
    return articleListReply(
      ctx,
      [bold(ctx.t.t('search.heading', { words }))],
      hits.map((hit) => hit.article),
    );
  },
});
