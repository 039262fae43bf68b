import { sourceLabel, type Article } from '../articles/article.js';
import type { CommandContext } from '../commands/define-command.js';
import { answer, bold, italic, link, list, paragraph } from '../replies/build.js';
import type { Action, Block, Inline, Reply } from '../replies/reply.js';
import { formatAge } from './format-age.js';

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
  ctx.services.chatMemory.rememberList(
    ctx.chat,
    articles.map((a) => a.id),
  );
  const now = ctx.services.clock.now();
  const items = articles.map((article) => articleLine(article, now));
  const images = options.images ? articles.map((article) => article.image) : undefined;
  const blocks: Block[] = [paragraph(...heading), list(items, true, images)];
  blocks.push(paragraph(italic('Reply /summary <number> or /source <number> for one of them.')));
  const actions: Action[][] = articles.map((article, i) => [
    { label: `Summary ${i + 1}`, command: 'summary', args: article.id },
    { label: `Sources ${i + 1}`, command: 'source', args: article.id },
  ]);
  return answer(blocks, actions);
}

/** One list line: linked title, source, age. */
export function articleLine(article: Article, now: Date): Inline[] {
  const line: Inline[] = [article.url ? link(article.title, article.url) : bold(article.title)];
  const details = [sourceLabel(article), formatAge(article.publishedAt, now)]
    .filter(Boolean)
    .join(' · ');
  line.push(` — ${details}`);
  return line;
}
