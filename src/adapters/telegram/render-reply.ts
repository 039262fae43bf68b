import type { Action, Block, Inline, Reply } from '../../core/replies/reply.js';
import { cleanText, safeHref } from './escape-html.js';
import {
  splitIntoMessages,
  TELEGRAM_TEXT_LIMIT,
  type HtmlBlock,
  type HtmlToken,
} from './split-html.js';

/** An inline button as the Bot API takes it. */
export interface CallbackButton {
  readonly text: string;
  readonly callback_data: string;
}

/** One Telegram message: HTML (parse_mode HTML) and, on the last part, the reply's buttons. */
export interface RenderedMessage {
  readonly html: string;
  readonly keyboard?: readonly (readonly CallbackButton[])[] | undefined;
  /**
   * The picture this message previews (link_preview_options.url): Telegram fetches and shows it
   * under the text, so no caption limit applies and the bot never downloads it. Only the first part.
   */
  readonly preview?: string | undefined;
}

/** Telegram accepts at most 100 buttons on a message and 8 in a row. */
const MAX_BUTTONS = 100;
const MAX_ROW = 8;

/**
 * The one renderer of Telegram output: a Reply becomes one or more HTML messages of at most 4,096
 * characters, each valid on its own, with the reply's actions as an inline keyboard on the last.
 * `encodeAction` turns an action into callback data (at most 64 bytes).
 */
export function renderReply(
  reply: Reply,
  encodeAction: (action: Action) => string,
  limit = TELEGRAM_TEXT_LIMIT,
): RenderedMessage[] {
  const blocks = renderBlocks(reply.blocks, '\n\n');
  const texts = blocks.some(hasVisibleText) ? splitIntoMessages(blocks, limit) : ['…'];
  const keyboard = renderKeyboard(reply.actions ?? [], encodeAction);
  const preview = reply.tone === 'answer' ? firstImage(reply.blocks) : undefined;
  return texts.map((html, i) => ({
    html,
    ...(i === texts.length - 1 && keyboard.length > 0 ? { keyboard } : {}),
    ...(i === 0 && preview !== undefined ? { preview } : {}),
  }));
}

/**
 * The reply's first picture (a digest's first story with one, a /news item's), as a safe http(s)
 * URL: a message has one link preview, so the first stands for the message.
 */
function firstImage(blocks: readonly Block[]): string | undefined {
  for (const block of blocks) {
    const candidates =
      block.type === 'section' ? [block.image] : block.type === 'list' ? (block.images ?? []) : [];
    for (const candidate of candidates) {
      if (candidate !== undefined && safeHref(candidate) !== undefined) return candidate;
    }
  }
  return undefined;
}

function renderBlocks(blocks: readonly Block[], firstGap: HtmlBlock['gap']): HtmlBlock[] {
  const out: HtmlBlock[] = [];
  for (const block of blocks) {
    const gap = out.length === 0 ? firstGap : '\n\n';
    switch (block.type) {
      case 'paragraph':
        out.push({ gap, tokens: renderInline(block.content) });
        break;
      case 'quote':
        out.push({ gap, tokens: wrap('blockquote', '<blockquote>', renderInline(block.content)) });
        break;
      case 'list':
        out.push({
          gap,
          tokens: block.items.flatMap((item, i) => [
            text(`${i > 0 ? '\n' : ''}${block.ordered ? `${i + 1}.` : '•'} `),
            ...renderInline(item),
          ]),
        });
        break;
      case 'section': {
        const title = renderSpan({ text: block.title, bold: true, url: block.url });
        out.push({ gap, tokens: title });
        out.push(...renderBlocks(block.body, '\n'));
        if (block.footer)
          out.push({ gap: '\n', tokens: renderSpan({ text: block.footer, italic: true }) });
        break;
      }
    }
  }
  return out;
}

function renderInline(content: readonly Inline[]): HtmlToken[] {
  return content.flatMap((part) => (typeof part === 'string' ? [text(part)] : renderSpan(part)));
}

interface SpanStyle {
  readonly text: string;
  readonly bold?: boolean | undefined;
  readonly italic?: boolean | undefined;
  readonly code?: boolean | undefined;
  readonly url?: string | undefined;
}

/**
 * Telegram's nesting rules: bold and italic may sit inside anything but code; code and links
 * cannot contain each other. A link wins over code; code drops bold and italic.
 */
function renderSpan(span: SpanStyle): HtmlToken[] {
  if (span.text === '') return [];
  const href = safeHref(span.url);
  let tokens: HtmlToken[] = [text(span.text)];
  if (span.code && href === undefined) return wrap('code', '<code>', tokens);
  if (span.italic) tokens = wrap('i', '<i>', tokens);
  if (span.bold) tokens = wrap('b', '<b>', tokens);
  if (href !== undefined) tokens = wrap('a', `<a href="${href}">`, tokens);
  return tokens;
}

function wrap(tag: string, html: string, inner: HtmlToken[]): HtmlToken[] {
  return [{ kind: 'open', tag, html }, ...inner, { kind: 'close', tag }];
}

function text(value: string): HtmlToken {
  return { kind: 'text', text: value };
}

function hasVisibleText(block: HtmlBlock): boolean {
  return block.tokens.some((t) => t.kind === 'text' && t.text.trim() !== '');
}

function renderKeyboard(
  rows: readonly (readonly Action[])[],
  encodeAction: (action: Action) => string,
): CallbackButton[][] {
  const keyboard: CallbackButton[][] = [];
  let count = 0;
  for (const row of rows) {
    const buttons = row.slice(0, Math.min(MAX_ROW, MAX_BUTTONS - count)).map((action) => ({
      text: buttonLabel(action.label),
      callback_data: encodeAction(action),
    }));
    if (buttons.length === 0) break;
    keyboard.push(buttons);
    count += buttons.length;
  }
  return keyboard;
}

function buttonLabel(label: string): string {
  const clean = cleanText(label).replace(/\s+/g, ' ').trim();
  return clean === '' ? '…' : Array.from(clean).slice(0, 64).join('');
}
