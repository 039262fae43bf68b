import type { Block } from '../../core/replies/reply.js';
import { blockLines } from './render-markdown.js';

/**
 * Renders blocks as markdown in chunks of at most `max` characters. Blocks are kept whole where
 * they fit (paragraph boundaries first), else cut between lines (list items), else between
 * sentences (see splitInline). Blocks are separated by a blank line.
 */
export function packBlocks(blocks: readonly Block[], max: number): string[] {
  const chunks: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim() !== '') chunks.push(current);
    current = '';
  };
  const append = (text: string, separator: string) => {
    const joined = current === '' ? text : current + separator + text;
    if (joined.length <= max) {
      current = joined;
      return true;
    }
    return false;
  };

  for (const block of blocks) {
    const lines = blockLines(block, max);
    if (append(lines.join('\n'), '\n\n')) continue;
    flush();
    if (append(lines.join('\n'), '\n\n')) continue;
    lines.forEach((line, i) => {
      if (append(line, i === 0 ? '\n\n' : '\n')) return;
      flush();
      current = line;
    });
  }
  flush();
  return chunks;
}
