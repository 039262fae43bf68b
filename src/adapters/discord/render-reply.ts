import { catalogue } from '../../core/i18n/catalogue.js';
import { matchLocale } from '../../core/i18n/locales.js';
import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
} from 'discord.js';
import type { Action, Block, Reply, Section } from '../../core/replies/reply.js';
import type { ButtonIds } from './button-ids.js';
import { escapeText, neutraliseMentions, safeUrl } from './escape-text.js';
import { FOOTER_BUDGET, LIMITS } from './limits.js';
import { packBlocks } from './pack-blocks.js';

export type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

/** One Discord message, within every limit; mentions are the sender's job (allowed_mentions). */
export interface DiscordMessage {
  readonly content?: string;
  readonly embeds: APIEmbed[];
  readonly components: ButtonRow[];
}

/** Embed colour of answers. */
export const EMBED_COLOUR = 0x3b82f6;

/** Shown on a message that carries only buttons that did not fit on the one before (English). */
export const MORE_BUTTONS = catalogue.translator('en').t('adapter.moreButtons');

/** Cuts raw text so that its rendering, with an ellipsis, is at most `max` characters. */
export function fitText(raw: string, max: number, render: (text: string) => string): string {
  if (render(raw).length <= max) return render(raw);
  let chars = Array.from(raw);
  let rendered = render(`${chars.join('')}…`);
  while (rendered.length > max && chars.length > 0) {
    const over = rendered.length - max;
    chars = chars.slice(0, Math.max(0, chars.length - Math.max(1, Math.ceil(over / 2))));
    rendered = render(`${chars.join('').trimEnd()}…`);
  }
  return rendered;
}

/** The embeds of a titled section: title linked, description cut over as many embeds as it needs. */
function sectionEmbeds(section: Section, colour: number): APIEmbed[] {
  const parts = packBlocks(section.body, LIMITS.embedDescription);
  const first: APIEmbed = {
    title: fitText(section.title, LIMITS.embedTitle, escapeText),
    color: colour,
  };
  const url = safeUrl(section.url);
  if (url) first.url = url;
  const embeds: APIEmbed[] = [first];
  parts.forEach((description, i) => {
    if (i === 0) first.description = description;
    else embeds.push({ description, color: colour });
  });
  if (section.footer) {
    const text = fitText(section.footer, FOOTER_BUDGET, neutraliseMentions);
    const last = embeds.at(-1);
    if (last) last.footer = { text };
  }
  return embeds;
}

/** The characters of an embed that count towards the 6,000 per message. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}

type Item = { kind: 'text'; text: string } | { kind: 'embed'; embed: APIEmbed };

/**
 * Answers become embeds (a section is a titled, linked embed; other blocks an untitled one);
 * errors, usage and refusals become plain text, their sections still embeds.
 */
function items(reply: Reply): Item[] {
  const result: Item[] = [];
  let loose: Block[] = [];
  const flushLoose = () => {
    if (loose.length === 0) return;
    if (reply.tone === 'answer') {
      for (const description of packBlocks(loose, LIMITS.embedDescription))
        result.push({ kind: 'embed', embed: { description, color: EMBED_COLOUR } });
    } else {
      for (const text of packBlocks(loose, LIMITS.content)) result.push({ kind: 'text', text });
    }
    loose = [];
  };
  for (const block of reply.blocks) {
    if (block.type !== 'section') {
      loose.push(block);
      continue;
    }
    flushLoose();
    for (const embed of sectionEmbeds(block, EMBED_COLOUR)) result.push({ kind: 'embed', embed });
  }
  flushLoose();
  return result;
}

/** Packs items into messages: text first in a message, then up to 10 embeds within 6,000 characters. */
function messagesOf(list: readonly Item[]): { content?: string; embeds: APIEmbed[] }[] {
  const messages: { content?: string; embeds: APIEmbed[] }[] = [];
  let total = 0;
  for (const item of list) {
    const current = messages.at(-1);
    if (item.kind === 'text') {
      messages.push({ content: item.text, embeds: [] });
      total = 0;
    } else if (
      current &&
      current.embeds.length < LIMITS.embedsPerMessage &&
      total + embedLength(item.embed) <= LIMITS.embedTotal
    ) {
      current.embeds.push(item.embed);
      total += embedLength(item.embed);
    } else {
      messages.push({ embeds: [item.embed] });
      total = embedLength(item.embed);
    }
  }
  return messages;
}

/** Button rows: each row of the reply cut to 5 buttons; rows merged when there are more than 5. */
function buttonRows(actions: Reply['actions'], ids: ButtonIds): ButtonRow[] {
  const rows: Action[][] = [];
  for (const row of actions ?? []) {
    for (let i = 0; i < row.length; i += LIMITS.buttonsPerRow)
      rows.push(row.slice(i, i + LIMITS.buttonsPerRow));
  }
  const merged: Action[][] = [];
  for (const row of rows) {
    const last = merged.at(-1);
    if (
      rows.length > LIMITS.actionRowsPerMessage &&
      last &&
      last.length + row.length <= LIMITS.buttonsPerRow
    )
      last.push(...row);
    else if (row.length > 0) merged.push([...row]);
  }
  return merged.map((row) => ({
    type: ComponentType.ActionRow,
    components: row.map((action) => ({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: fitText(action.label, LIMITS.buttonLabel, (t) => t),
      custom_id: ids.encode(action),
    })),
  }));
}

/**
 * A reply as Discord messages, each within every limit: content 2,000; 10 embeds and 6,000
 * characters per message; title 256, description 4,096; 5 rows of 5 buttons. What does not fit
 * goes into the next message. Buttons go on the last message (overflow on messages of their own).
 */
export function renderReply(reply: Reply, ids: ButtonIds): DiscordMessage[] {
  const t = catalogue.translator(matchLocale(reply.locale));
  // Files are not sent as Discord attachments yet: say so instead of implying one is attached.
  const shown: Reply = reply.file
    ? {
        ...reply,
        blocks: [
          ...reply.blocks,
          {
            type: 'paragraph',
            content: [t.t('discord.noFiles', { name: reply.file.name })],
          },
        ],
      }
    : reply;
  const messages: DiscordMessage[] = messagesOf(items(shown)).map((m) => ({
    ...m,
    components: [],
  }));
  if (messages.length === 0)
    messages.push({ content: t.t('adapter.empty'), embeds: [], components: [] });
  const rows = buttonRows(reply.actions, ids);
  for (let i = 0; i < rows.length; i += LIMITS.actionRowsPerMessage) {
    const slice = rows.slice(i, i + LIMITS.actionRowsPerMessage);
    const last = messages.at(-1);
    if (i === 0 && last) last.components.push(...slice);
    else messages.push({ content: t.t('adapter.moreButtons'), embeds: [], components: slice });
  }
  return messages;
}
