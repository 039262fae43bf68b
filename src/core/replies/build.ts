import type { Translator } from '../i18n/translator.js';
import type { Action, Block, Inline, Reply, Section, Span } from './reply.js';

/** Builders for replies, so commands read as what they say. */
export const paragraph = (...content: Inline[]): Block => ({ type: 'paragraph', content });
export const quote = (...content: Inline[]): Block => ({ type: 'quote', content });
export const list = (items: readonly (readonly Inline[])[], ordered = false): Block => ({
  type: 'list',
  ordered,
  items,
});
export const section = (
  title: string,
  body: readonly Block[],
  extra: { url?: string | undefined; footer?: string | undefined } = {},
): Section => ({ type: 'section', title, body, url: extra.url, footer: extra.footer });

export const bold = (text: string): Span => ({ text, bold: true });
export const italic = (text: string): Span => ({ text, italic: true });
export const code = (text: string): Span => ({ text, code: true });
export const link = (text: string, url: string): Span => ({ text, url });

export function answer(blocks: readonly Block[], actions?: readonly (readonly Action[])[]): Reply {
  return actions && actions.length > 0
    ? { tone: 'answer', blocks, actions }
    : { tone: 'answer', blocks };
}

export function errorReply(message: string, ...more: Block[]): Reply {
  return { tone: 'error', blocks: [paragraph(message), ...more] };
}

export function usageReply(t: Translator, problem: string, usage: string, hint?: string): Reply {
  const blocks: Block[] = [paragraph(problem), paragraph(t.t('reply.usage'), code(usage))];
  if (hint) blocks.push(paragraph(hint));
  return { tone: 'usage', blocks, locale: t.locale };
}

export function refusal(message: string): Reply {
  return { tone: 'refusal', blocks: [paragraph(message)] };
}

/** The plain text of inline content (no styling). */
export function plainText(content: readonly Inline[]): string {
  return content.map((part) => (typeof part === 'string' ? part : part.text)).join('');
}
