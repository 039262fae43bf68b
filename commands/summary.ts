import { z } from 'zod';
import { fullArticleLine, sourceName } from '../src/core/answers/article-card.js';
import { resolveArticle } from '../src/core/answers/resolve-article.js';
import { defineCommand } from '../src/core/commands/define-command.js';
import type { Article } from '../src/core/articles/article.js';
import { answer, errorReply, italic, list, section } from '../src/core/replies/build.js';
import type { Translator } from '../src/core/i18n/translator.js';
import type { SummarySentence } from '../src/core/summaries/summarizer.js';

/** The source of a summary sentence; for a model-written one, the sources of every paragraph it draws on. */
function sourcesOf(article: Article, sentence: SummarySentence, t: Translator): string {
  const paragraphs = sentence.paragraphs ?? [sentence.paragraph];
  const names = paragraphs.map((p) =>
    sourceName(
      article,
      p === sentence.paragraph ? sentence.source : article.paragraphs[p]?.source,
      t,
    ),
  );
  return [...new Set(names)].join('; ');
}

export default defineCommand({
  name: 'summary',
  description: 'No time to read? A short summary of one article, each sentence with its source',
  options: z.object({
    ref: z
      .string()
      .min(1)
      .max(300)
      .describe('The article: its number in the last list, its id, its URL or title words')
      .meta({ positional: 'rest', autocomplete: 'article' }),
    sentences: z
      .number()
      .int()
      .min(1)
      .max(10)
      .default(3)
      .describe('How many sentences, 1 to 10 (default 3)'),
  }),
  examples: ['1', '2 5', 'patriot transfers'],
  async execute(ctx, { ref, sentences }) {
    const article = await resolveArticle(ctx, ref, 'summary');
    const summary = await ctx.services.summarizer.summarize(article, sentences);
    const { t } = ctx;
    if (summary.sentences.length === 0)
      return errorReply(ctx.tPrivate.t('summary.noSentences', { title: article.title }));
    const items = summary.sentences.map((s) => [s.text, italic(` — ${sourcesOf(article, s, t)}`)]);
    const footer = t.t(
      summary.method === 'extractive' ? 'summary.footerExtractive' : 'summary.footerModel',
    );
    return answer(
      [
        section(article.title, [list(items), fullArticleLine(article, t)], {
          url: article.url,
          footer,
        }),
      ],
      [[{ label: t.t('button.sources'), command: 'source', args: article.id }]],
    );
  },
});
