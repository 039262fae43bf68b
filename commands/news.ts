import { z } from 'zod';
import { articleListReply } from '../src/core/answers/article-list.js';
import { defineCommand } from '../src/core/commands/define-command.js';
import { bold, errorReply } from '../src/core/replies/build.js';
import type { Article } from '../src/core/articles/article.js';
import type { ArticleScope, ArticleStore } from '../src/core/ports/article-store.js';

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
    const { articles, feeds, filters } = ctx.services;
    const { t, tPrivate } = ctx;
    const scope = await feeds.visibleTo(ctx.chat);
    const total = await articles.count(scope);
    if (total === 0) return errorReply(tPrivate.t('articles.noneLoaded'));
    // This channel's keyword filters (/filter) apply to /news as to its digests.
    const keeps = await filters.keepsFor(ctx.chat);
    const wanted = topic?.toLowerCase().replace(/^#/, '');
    const found = await latestKept(ctx.services.articles, scope, wanted, count, keeps);
    if (found.shown.length === 0 && !found.filtered) {
      const topics = await articles.topics(scope, 30);
      const problem = tPrivate.t('news.noTopic', { topic: topic ?? '' });
      return errorReply(
        topics.length > 0
          ? `${problem} ${tPrivate.t('news.topics', { topics: topics.join(', ') })}`
          : problem,
      );
    }
    if (found.shown.length === 0)
      return errorReply(
        wanted
          ? tPrivate.t('news.allFilteredTopic', { count: found.read, topic: wanted })
          : tPrivate.t('news.allFiltered', { count: found.read }),
      );
    // Counted only when the list is cut: a count reads every article in scope.
    const of = found.complete
      ? found.kept
      : found.filtered
        ? undefined
        : wanted
          ? await articles.count(scope, wanted)
          : total;
    const heading = wanted ? t.t('news.headingTopic', { topic: wanted }) : t.t('news.heading');
    const counted =
      of === undefined
        ? t.t('news.countAtLeast', { shown: found.shown.length, total: found.kept })
        : t.t('news.count', { shown: found.shown.length, total: of });
    return articleListReply(ctx, [bold(heading), ' ', counted], found.shown);
  },
});

/** Pages of the latest articles read while filters leave fewer than asked; this many at most. */
const MAX_READ = 2_000;

/**
 * The latest `count` articles in scope (on a topic) that the channel's filters keep: read a page
 * at a time, since the filters run here and not in the database.
 */
async function latestKept(
  store: ArticleStore,
  scope: ArticleScope,
  topic: string | undefined,
  count: number,
  keeps: (article: Article) => boolean,
) {
  let limit = count;
  for (;;) {
    const page = await store.latest({ scope, limit, topic });
    const kept = page.filter(keeps);
    const complete = page.length < limit;
    if (kept.length >= count || complete || limit >= MAX_READ)
      return {
        shown: kept.slice(0, count),
        kept: kept.length,
        read: page.length,
        filtered: kept.length < page.length,
        complete,
      };
    limit = Math.min(MAX_READ, limit * 8);
  }
}
