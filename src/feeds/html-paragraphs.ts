import { parseHTML } from 'linkedom';

/** The few DOM members this module walks (linkedom's typings lean on the DOM lib, not loaded here). */
export interface MiniNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<MiniNode>;
  getAttribute?(name: string): string | null;
  hasAttribute?(name: string): boolean;
}

export interface MiniDocument extends MiniNode {
  readonly body: MiniNode | null;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Not text: code, media, page furniture, headings (titles of sections, not sentences). */
const SKIPPED = new Set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE IFRAME FRAME OBJECT EMBED SVG MATH CANVAS FORM BUTTON INPUT SELECT TEXTAREA IMG PICTURE VIDEO AUDIO SOURCE TRACK MAP AREA H1 H2 H3 H4 H5 H6 PRE FIGCAPTION NAV ASIDE HEAD TITLE META LINK'.split(
    ' ',
  ),
);
const BLOCKS = new Set(
  'P DIV LI UL OL DL DD DT BLOCKQUOTE SECTION ARTICLE MAIN HEADER FOOTER TABLE TBODY THEAD TR TD TH FIGURE ADDRESS HR CENTER DETAILS SUMMARY'.split(
    ' ',
  ),
);

/** Whole paragraphs that are feed or page furniture, not text. */
const FURNITURE = [
  /^(read more|continue reading|read the (full|rest of the) (story|article|post)|keep reading|click here( to read more)?|share this( article| story)?|related( articles| stories)?|advertisement|comments?)\b[\s\S]{0,40}$/i,
  /^the post .{1,300} appeared first on .{1,200}$/i,
  /^[[(]?(…|\.\.\.)[\])]?$/,
];
/** Furniture at the end of a paragraph: "[…]", "Continue reading →". */
const TRAILING = /\s*(\[(…|\.\.\.)\]|(continue reading|read more)\s*[^\p{L}\p{N}]*)$/iu;

/** Clean paragraphs of an HTML fragment (feed content): entities decoded, scripts, media, pixels dropped. */
export function htmlToParagraphs(html: string): string[] {
  if (!/[<&]/.test(html)) return plainTextParagraphs(html);
  return nodeParagraphs(parseFragment(html));
}

/** The paragraphs of a node: blocks become paragraphs, two line breaks in a row too. */
export function nodeParagraphs(root: MiniNode): string[] {
  const paragraphs: string[] = [];
  let buffer = '';
  const flush = () => {
    for (const part of buffer.split(/\n[^\S\n]*\n/)) {
      const text = cleanText(part.replace(TRAILING, ''));
      if (text !== '' && !FURNITURE.some((pattern) => pattern.test(text))) paragraphs.push(text);
    }
    buffer = '';
  };
  const walk = (node: MiniNode) => {
    if (node.nodeType === TEXT_NODE) {
      buffer += (node.textContent ?? '').replace(/\n/g, ' ');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name) || isHidden(node)) return;
    if (name === 'BR') {
      buffer += '\n';
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs;
}

/** Elements whose content is never text, even in a title: code, styles, embedded documents. */
const NEVER_TEXT = new Set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE IFRAME FRAME OBJECT EMBED SVG MATH CANVAS HEAD TITLE META LINK'.split(
    ' ',
  ),
);

/**
 * The plain text of a short HTML string (a title): tags dropped, entities decoded, one line; the
 * content of scripts and styles never reaches the text ("<script>alert(1)</script>Title" → "Title").
 */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return cleanText(html);
  let text = '';
  const walk = (node: MiniNode) => {
    if (node.nodeType === TEXT_NODE) text += node.textContent ?? '';
    else if (node.nodeType === ELEMENT_NODE && NEVER_TEXT.has(node.nodeName.toUpperCase())) return;
    else for (const child of Array.from(node.childNodes)) walk(child);
  };
  walk(parseFragment(html));
  return cleanText(text);
}

function parseFragment(html: string): MiniNode {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as {
    document: MiniDocument;
  };
  return document.body ?? document;
}

function plainTextParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map(cleanText)
    .filter((p) => p !== '' && !FURNITURE.some((pattern) => pattern.test(p)));
}

function cleanText(text: string): string {
  return text
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function isHidden(node: MiniNode): boolean {
  if (!node.getAttribute) return false;
  if (node.hasAttribute?.('hidden')) return true;
  if (node.getAttribute('aria-hidden') === 'true') return true;
  const style = node.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}
