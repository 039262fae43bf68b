import type { Summary } from '../summaries/summarizer.js';
import { bold, italic, link, paragraph, section } from '../replies/build.js';
import type { Block, Inline, Reply } from '../replies/reply.js';
import { dateFormat } from './date-format.js';
import { MORE_LIMIT, storySources, type StorySelection } from './select-stories.js';

export interface DigestContent {
  readonly selection: StorySelection;
  /** The summary of each story's lead article, in story order. */
  readonly summaries: readonly Summary[];
  /** The channel's local date, e.g. "Thursday, 26 November 2026". */
  readonly localDate: string;
  /** Show each story's picture (the channel's /digest images setting). */
  readonly images?: boolean | undefined;
}

/** One digest post: a heading with the local date, a section per story, and "+N more" when cut. */
export function renderDigest({ selection, summaries, localDate, images }: DigestContent): Reply {
  const count = selection.stories.length;
  const blocks: Block[] = [
    paragraph(
      bold(`Briefly digest — ${localDate}`),
      ` · ${count} new ${count === 1 ? 'story' : 'stories'}`,
    ),
  ];
  selection.stories.forEach((story, i) => {
    const summary = summaries[i];
    const sentences = summary?.sentences.map((s) => s.text).join(' ') ?? '';
    const sources = storySources(story);
    const plural = sources.length > 1 || sources.some((source) => source.name.includes(', '));
    const sourceLine: Inline[] = [italic(plural ? 'Sources: ' : 'Source: ')];
    sources.forEach((source, j) => {
      if (j > 0) sourceLine.push(', ');
      sourceLine.push(source.url ? link(source.name, source.url) : source.name);
    });
    const body: Block[] = [];
    if (sentences) body.push(paragraph(sentences));
    body.push(paragraph(...sourceLine));
    const image = images ? story.lead.image : undefined;
    blocks.push(section(story.lead.title, body, { url: story.lead.url, image }));
  });
  if (selection.more > 0) {
    const more = selection.more >= MORE_LIMIT ? `${MORE_LIMIT}+` : `+${selection.more}`;
    blocks.push(paragraph(italic(`${more} more — /news lists them.`)));
  }
  return { tone: 'answer', blocks };
}

/** "Thursday, 26 November 2026" in the channel's zone. */
export function formatLocalDate(at: Date, timezone: string): string {
  return dateFormat('en-GB', {
    timeZone: timezone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(at);
}
