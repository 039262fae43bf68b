import { parseHTML } from 'linkedom';
import { escapeHtml, SafeHtml } from '../html.js';

/** The DOM members the walk needs (linkedom's typings lean on the DOM lib, not loaded here). */
interface Node {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<Node>;
  getAttribute?(name: string): string | null;
}

/** Platform markup → the browser's: what Telegram's HTML subset and Discord's markdown produce. */
const TAGS: Readonly<Record<string, string>> = {
  B: 'strong',
  STRONG: 'strong',
  I: 'em',
  EM: 'em',
  U: 'u',
  INS: 'u',
  S: 's',
  STRIKE: 's',
  DEL: 's',
  CODE: 'code',
  PRE: 'pre',
  BLOCKQUOTE: 'blockquote',
  P: 'p',
  BR: 'br',
  UL: 'ul',
  OL: 'ol',
  LI: 'li',
  'TG-SPOILER': 'span',
  SPAN: 'span',
  A: 'a',
};

/**
 * Writes platform markup into the page with only the formatting tags above and http(s) links
 * (rel=noopener, new tab); anything else keeps its text and loses its tags. The platform renderers
 * already escape article text: this is a second wall, not the first.
 */
export function sanitizePlatformHtml(markup: string): SafeHtml {
  const parsed = parseHTML(`<!doctype html><html><body>${markup}</body></html>`) as unknown as {
    document: { body: Node | null };
  };
  const body = parsed.document.body;
  return new SafeHtml(body ? walk(body.childNodes) : '');
}

function walk(nodes: ArrayLike<Node>): string {
  let out = '';
  for (const node of Array.from(nodes)) {
    if (node.nodeType === 3) out += escapeHtml(node.textContent ?? '');
    if (node.nodeType !== 1) continue;
    if (['SCRIPT', 'STYLE', 'TEMPLATE', 'IFRAME'].includes(node.nodeName)) continue;
    const tag = TAGS[node.nodeName];
    const inner = walk(node.childNodes);
    if (!tag) out += inner;
    else if (tag === 'br') out += '<br>';
    else if (tag === 'a') {
      const href = node.getAttribute?.('href') ?? '';
      out += /^https?:\/\//i.test(href)
        ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer" target="_blank">${inner}</a>`
        : inner;
    } else out += `<${tag}>${inner}</${tag}>`;
  }
  return out;
}
