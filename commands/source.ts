import { z } from 'zod';
import { fullArticleLine, snippet, sourceName } from '../src/core/answers/article-card.js';
import { resolveArticle } from '../src/core/answers/resolve-article.js';
import { sourcesOf, type Article } from '../src/core/articles/article.js';
import { defineCommand } from '../src/core/commands/define-command.js';
import { answer, bold, italic, list, paragraph, section } from '../src/core/replies/build.js';
import type { Block, Inline } from '../src/core/replies/reply.js';
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
    const body = claim === undefined ? sourceList(article) : claimCheck(article, claim);
    return answer([
      section(article.title, [...body, fullArticleLine(article)], { url: article.url }),
    ]);
  },
});

function sourceList(article: Article): Block[] {
  const sources = sourcesOf(article);
  const blocks: Block[] = [];
  if (sources.length === 0) {
    blocks.push(
      paragraph(
        article.publisher
          ? `No paragraph names a source; the publisher is ${article.publisher}.`
          : 'No paragraph of this article names a source.',
      ),
    );
  } else {
    blocks.push(
      paragraph(
        sources.length === 1
          ? 'One source backs this article:'
          : `${sources.length} sources back this article:`,
      ),
    );
    blocks.push(
      list(
        sources.map(({ source, paragraphs }) => [
          bold(source),
          ' — ',
          ...paragraphs.flatMap((n, i): Inline[] => [
            i > 0 ? '; ' : '',
            `paragraph ${n} `,
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
        `${unattributed.length === 1 ? 'Paragraph' : 'Paragraphs'} ${unattributed.join(', ')} name no source.`,
      ),
    );
  }
  return blocks;
}

function claimCheck(article: Article, claim: string): Block[] {
  const passages = findSupport(article, claim);
  const blocks: Block[] = [paragraph('Claim: ', italic(claim))];
  if (passages.length === 0) {
    blocks.push(paragraph(bold('No passage in this article supports that.')));
    return blocks;
  }
  blocks.push(
    paragraph(
      passages.length === 1
        ? 'The passage that supports it:'
        : 'Passages that support it, best first:',
    ),
  );
  blocks.push(
    list(
      passages.map((p) => [
        `“${p.text}”`,
        italic(` — paragraph ${p.paragraph + 1}, `),
        bold(sourceName(article, p.source)),
      ]),
    ),
  );
  return blocks;
}
