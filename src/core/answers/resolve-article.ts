import type { Article } from '../articles/article.js';
import { resolveRef } from '../articles/resolve-ref.js';
import type { CommandContext } from '../commands/define-command.js';
import { UserFacingError } from '../errors.js';
import { list, paragraph } from '../replies/build.js';
import { articleLine } from './article-list.js';

/**
 * The article a `<ref>` names, or a UserFacingError saying why there is none. When several titles
 * match about equally, they become this chat's numbered list, so the user can pick by number.
 * Only articles this chat may see count (files, the operator's feeds, the chat's own feeds).
 */
export async function resolveArticle(
  ctx: CommandContext,
  ref: string,
  command: string,
): Promise<Article> {
  const { articles, chatMemory, clock, feeds } = ctx.services;
  // Errors: only the caller sees them where the platform can, so in the caller's language.
  const t = ctx.tPrivate;
  const resolution = await resolveRef(
    ref,
    articles,
    chatMemory.lastList(ctx.thread ?? ctx.chat),
    feeds.visibleTo(ctx.chat),
  );
  switch (resolution.kind) {
    case 'found':
      return resolution.article;
    case 'none':
      throw new UserFacingError(
        resolution.reason(t),
        'error',
        [paragraph(t.t('ref.howToName'))],
        'article-not-found',
      );
    case 'ambiguous': {
      chatMemory.rememberList(
        ctx.thread ?? ctx.chat,
        resolution.candidates.map((a) => a.id),
      );
      const now = clock.now();
      throw new UserFacingError(
        t.t('ref.ambiguous', { ref }),
        'error',
        [
          list(
            resolution.candidates.map((a) => articleLine(a, now, t)),
            true,
          ),
          paragraph(t.t('ref.pick', { command })),
        ],
        'article-ambiguous',
      );
    }
  }
}
