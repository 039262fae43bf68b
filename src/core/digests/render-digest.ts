import type { Summary } from '../summaries/summarizer.js';
import { bold, italic, link, paragraph, section } from '../replies/build.js';
import type { Block, Inline, Reply } from '../replies/reply.js';
import type { Translator } from '../i18n/translator.js';
import { MORE_LIMIT, storySources, type StorySelection } from './select-stories.js';

export interface DigestContent {
  readonly selection: StorySelection;
  /** The summary of each story's lead article, in story order. */
  readonly summaries: readonly Summary[];
  /** The channel's local date, e.g. "Thursday, 26 November 2026". */
  readonly localDate: string;
}

/** One digest post: a heading with the local date, a section per story, and "+N more" when cut. */
export function renderDigest(
  { selection, summaries, localDate }: DigestContent,
  t: Translator,
): Reply {
  const count = selection.stories.length;
  const blocks: Block[] = [
    paragraph(
      bold(t.t('digest.postHeading', { date: localDate })),
      t.t('digest.postCount', { count }),
    ),
  ];
  selection.stories.forEach((story, i) => {
    const summary = summaries[i];
    const sentences = summary?.sentences.map((s) => s.text).join(' ') ?? '';
    const sources = storySources(story);
    const plural = sources.length > 1 || sources.some((source) => source.name.includes(', '));
    const sourceLine: Inline[] = [italic(t.t(plural ? 'digest.sources' : 'digest.source'))];
    sources.forEach((source, j) => {
      if (j > 0) sourceLine.push(', ');
      sourceLine.push(source.url ? link(source.name, source.url) : source.name);
    });
    const body: Block[] = [];
    if (sentences) body.push(paragraph(sentences));
    body.push(paragraph(...sourceLine));
    blocks.push(section(story.lead.title, body, { url: story.lead.url }));
  });
  if (selection.more > 0) {
    const more =
      selection.more >= MORE_LIMIT
        ? t.t('digest.moreCapped', { count: MORE_LIMIT })
        : t.t('digest.more', { count: selection.more });
    blocks.push(paragraph(italic(more)));
  }
  return { tone: 'answer', blocks, locale: t.locale };
}
