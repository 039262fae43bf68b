import { safeText } from '../../core/text/safe-text.js';
import type { Block, Inline, Reply } from '../../core/replies/reply.js';

/** Renders a reply as readable plain text for a terminal; a file it carries follows it as it is. */
export function renderPlainText(reply: Reply): string {
  // Article text is untrusted: no terminal escape sequence or bidi override reaches the terminal.
  const text = safeText(renderBlocks(reply.blocks, '').join('\n'));
  return reply.file ? `${text}\n\n${safeText(reply.file.text).trimEnd()}` : text;
}

function renderBlocks(blocks: readonly Block[], indent: string): string[] {
  const lines: string[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
        lines.push(indent + renderInline(block.content));
        break;
      case 'quote':
        lines.push(`${indent}> ${renderInline(block.content)}`);
        break;
      case 'list':
        block.items.forEach((item, i) => {
          lines.push(`${indent}${block.ordered ? `${i + 1}.` : '•'} ${renderInline(item)}`);
        });
        break;
      case 'section':
        lines.push(indent + block.title);
        if (block.url) lines.push(`${indent}<${block.url}>`);
        lines.push(...renderBlocks(block.body, `${indent}  `));
        if (block.footer) lines.push(`${indent}  (${block.footer})`);
        break;
    }
  }
  return lines;
}

function renderInline(content: readonly Inline[]): string {
  return content
    .map((part) => {
      if (typeof part === 'string') return part;
      if (part.url && part.url !== part.text) return `${part.text} <${part.url}>`;
      return part.text;
    })
    .join('');
}
