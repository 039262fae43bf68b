/**
 * A strict checker of Telegram's HTML parse mode, for the test peer: only the tags and attributes
 * the Bot API lists, properly nested and closed, Telegram's nesting rules (nothing inside code, no
 * link in a link, no quote in a quote), only the four named entities plus numeric ones, no bare
 * "<", ">" or "&", no lone surrogates; the visible text 1 to 4,096 characters.
 */
export interface HtmlCheck {
  readonly problems: string[];
  /** The text a reader sees: tags removed, entities decoded. */
  readonly text: string;
}

const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  b: [],
  strong: [],
  i: [],
  em: [],
  u: [],
  ins: [],
  s: [],
  strike: [],
  del: [],
  'tg-spoiler': [],
  span: ['class'],
  a: ['href'],
  code: ['class'],
  pre: [],
  blockquote: ['expandable'],
  'tg-emoji': ['emoji-id'],
};
const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"' };
const TAG = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+(?:="[^"<>]*")?)*)\s*>/;
const ENTITY = /^&(lt|gt|amp|quot|#\d{1,7}|#x[0-9a-fA-F]{1,6});/;
const ATTRIBUTE = /([a-zA-Z-]+)(?:="([^"]*)")?/g;

export function checkTelegramHtml(html: string, limit = 4096): HtmlCheck {
  const problems: string[] = [];
  const stack: string[] = [];
  let text = '';
  let i = 0;
  while (i < html.length) {
    const rest = html.slice(i);
    const char = html[i] ?? '';
    if (char === '<') {
      const tag = TAG.exec(rest);
      if (!tag) {
        problems.push(`unescaped "<" at ${i}`);
        i++;
        continue;
      }
      const [whole, slash, rawName = '', attributes = ''] = tag;
      const name = rawName.toLowerCase();
      if (slash) {
        const open = stack.pop();
        if (open !== name) problems.push(`</${name}> at ${i} closes <${open ?? 'nothing'}>`);
      } else {
        problems.push(...checkOpenTag(name, attributes, stack, i));
        stack.push(name);
      }
      i += whole.length;
      continue;
    }
    if (char === '&') {
      const entity = ENTITY.exec(rest);
      if (!entity) {
        problems.push(`unescaped "&" at ${i}`);
        i++;
        continue;
      }
      const name = entity[1] ?? '';
      text += NAMED[name] ?? String.fromCodePoint(numericEntity(name));
      i += entity[0].length;
      continue;
    }
    if (char === '>') problems.push(`unescaped ">" at ${i}`);
    const code = char.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = html.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) problems.push(`lone surrogate at ${i}`);
      else {
        text += html.slice(i, i + 2);
        i += 2;
        continue;
      }
    } else if (code >= 0xdc00 && code <= 0xdfff) problems.push(`lone surrogate at ${i}`);
    text += char;
    i++;
  }
  if (stack.length > 0) problems.push(`unclosed <${stack.join('>, <')}>`);
  if (text.trim() === '') problems.push('the text is empty');
  if (text.length > limit) problems.push(`the text is ${text.length} characters, over ${limit}`);
  return { problems, text };
}

function checkOpenTag(name: string, attributes: string, stack: readonly string[], at: number) {
  const problems: string[] = [];
  const allowed = ALLOWED[name];
  if (!allowed) return [`tag <${name}> at ${at} is not allowed`];
  const attrs = new Map<string, string>();
  for (const match of attributes.matchAll(ATTRIBUTE)) attrs.set(match[1] ?? '', match[2] ?? '');
  for (const attr of attrs.keys()) {
    if (!allowed.includes(attr)) problems.push(`attribute ${attr} of <${name}> at ${at}`);
  }
  if (name === 'a') {
    const href = (attrs.get('href') ?? '').replace(/&amp;/g, '&');
    if (!/^(https?|tg|mailto):/i.test(href) || !URL.canParse(href)) {
      problems.push(`<a> at ${at} has no valid href`);
    }
  }
  if (name === 'span' && attrs.get('class') !== 'tg-spoiler') problems.push(`<span> at ${at}`);
  const inside = new Set(stack);
  if (inside.has('code') || (inside.has('pre') && name !== 'code')) {
    problems.push(`<${name}> at ${at} inside code`);
  }
  if (name === 'code' && inside.has('a')) problems.push(`<code> at ${at} inside a link`);
  if (name === 'a' && inside.has('a')) problems.push(`link at ${at} inside a link`);
  if (name === 'blockquote' && inside.has('blockquote')) problems.push(`quote at ${at} in a quote`);
  return problems;
}

function numericEntity(name: string): number {
  const value = name.startsWith('#x') ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  return Number.isFinite(value) && value > 0 && value <= 0x10ffff ? value : 0xfffd;
}
