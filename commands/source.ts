import { z } from 'zod';
import { fullArticleLine, snippet, sourceName } from '../src/core/answers/article-card.js';
import { resolveArticle } from '../src/core/answers/resolve-article.js';
import { sourcesOf, type Article } from '../src/core/articles/article.js';
import { defineCommand } from '../src/core/commands/define-command.js';
import { answer, bold, italic, list, paragraph, section } from '../src/core/replies/build.js';
import type { Block, Inline } from '../src/core/replies/reply.js';
import type { Translator } from '../src/core/i18n/translator.js';
import { findSupport } from '../src/core/sources/find-support.js';

export default defineCommand({
  name: 'source',
  description: 'Where an article’s claims come from; with a claim, the passages that support it',
  options: z.object({
    ref: z
      .string()
      .min(1)
      .max(300)
      .describe(
        'The article: a number from the last list, an id, a URL, or "title words" in quotes',
      )
      .meta({ autocomplete: 'article' }),
    claim: z
      .string()
      .max(500)
      .optional()
      .describe('A claim to check against the article')
      .meta({ positional: 'rest' }),
  }),
  examples: ['1', '1 Japan relaxed export controls', '"patriot transfers" Moscow warned Tokyo'],
  async execute(ctx, { ref, claim }) {
    const article = await resolveArticle(ctx, ref, 'source');
    const { t } = ctx;
    const body = claim === undefined ? sourceList(article, t) : claimCheck(article, claim, t);
    return answer([
      section(article.title, [...body, fullArticleLine(article, t)], { url: article.url }),
    ]);
  },
});

function sourceList(article: Article, t: Translator): Block[] {
  const sources = sourcesOf(article);
  const blocks: Block[] = [];
  if (sources.length === 0) {
    blocks.push(
      paragraph(
        article.publisher
          ? t.t('source.noneNamedPublisher', { publisher: article.publisher })
          : t.t('source.noneNamed'),
      ),
    );
  } else {
    blocks.push(paragraph(t.t('source.count', { count: sources.length })));
    blocks.push(
      list(
        sources.map(({ source, paragraphs }) => [
          bold(source),
          ' — ',
          ...paragraphs.flatMap((n, i): Inline[] => [
            i > 0 ? '; ' : '',
            `${t.t('source.paragraph', { n })} `,
            italic(`“${snippet(article.paragraphs[n - 1]?.text ?? '', 70)}”`),
          ]),
        ]),
      ),
    );
  }
  const unattributed = article.paragraphs.flatMap((p, i) =>
    p.source === undefined ? [i + 1] : [],
  );
  if (sources.length > 0 && unattributed.length > 0) {
    blocks.push(
      paragraph(
        t.t('source.unattributed', {
          count: unattributed.length,
          paragraphs: t.list(unattributed.map((n) => t.number(n))),
        }),
      ),
    );
  }
  return blocks;
}

function claimCheck(article: Article, claim: string, t: Translator): Block[] {
  const passages = findSupport(article, claim);
  const blocks: Block[] = [paragraph(t.t('source.claim'), italic(claim))];
  if (passages.length === 0) {
    blocks.push(paragraph(bold(t.t('source.noSupport'))));
    return blocks;
  }
  blocks.push(paragraph(t.t('source.supportCount', { count: passages.length })));
  blocks.push(
    list(
      passages.map((p) => [
        `“${p.text}”`,
        italic(t.t('source.passageFrom', { n: p.paragraph + 1 })),
        bold(sourceName(article, p.source, t)),
      ]),
    ),
  );
  return blocks;
}
