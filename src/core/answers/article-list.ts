import { sourcesOf, type Article } from '../articles/article.js';
import type { CommandContext } from '../commands/define-command.js';
import type { Translator } from '../i18n/translator.js';
import { answer, bold, italic, link, list, paragraph } from '../replies/build.js';
import type { Action, Block, Inline, Reply } from '../replies/reply.js';

/**
 * A numbered list of articles with Summary and Sources buttons, remembered for this chat so that
 * "/summary 2" means its second item.
 */
export function articleListReply(
  ctx: CommandContext,
  heading: Inline[],
  articles: readonly Article[],
  options: { images?: boolean } = {},
): Reply {
  const { t } = ctx;
  // Remembered where it was shown: "/summary 2" in a thread means the thread's list.
  ctx.services.chatMemory.rememberList(
    ctx.thread ?? ctx.chat,
    articles.map((a) => a.id),
  );
  const now = ctx.services.clock.now();
  const items = articles.map((article) => articleLine(article, now, t));
  const images = options.images ? articles.map((article) => article.image) : undefined;
  const blocks: Block[] = [paragraph(...heading), list(items, true, images)];
  blocks.push(paragraph(italic(t.t('list.pickHint'))));
  const actions: Action[][] = articles.map((article, i) => [
    { label: t.t('list.summaryButton', { n: i + 1 }), command: 'summary', args: article.id },
    { label: t.t('list.sourcesButton', { n: i + 1 }), command: 'source', args: article.id },
  ]);
  return answer(blocks, actions);
}

/** One list line: linked title, source, age. */
export function articleLine(article: Article, now: Date, t: Translator): Inline[] {
  const line: Inline[] = [article.url ? link(article.title, article.url) : bold(article.title)];
  const details = [sourceLabel(article, t), t.age(article.publishedAt, now)]
    .filter(Boolean)
    .join(' · ');
  line.push(` — ${details}`);
  return line;
}

/** The publisher, else the first named source ("X +2 more" when there are others). */
function sourceLabel(article: Article, t: Translator): string | undefined {
  if (article.publisher) return article.publisher;
  const sources = sourcesOf(article);
  const first = sources[0];
  if (!first) return undefined;
  return sources.length === 1
    ? first.source
    : t.t('list.sourceMore', { source: first.source, count: sources.length - 1 });
}
