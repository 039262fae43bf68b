import { Lexer, type Token, type Tokens } from 'marked';
import { parseDocument } from 'yaml';
import type { Paragraph } from '../core/articles/article.js';
import { checkImageUrl } from '../core/articles/image-url.js';
import {
  MAX_TITLE_LENGTH,
  takeAttribution,
  type ParseProblem,
  type ParseResult,
} from './parsed-article.js';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const FURNITURE = /^(no time to read\?|get a summary)$/i;

/**
 * Parses a Markdown article with YAML front matter (`title`, `url`, `published`, `source`, `tags`,
 * `language`, optional `id` and `image`). Body paragraphs, list items and quotes become paragraphs (with the
 * same "(Attribution: X)" marker as plain text); headings, code and HTML are not article text.
 */
export function parseMarkdown(text: string): ParseResult {
  const match = FRONT_MATTER.exec(text);
  const warnings: ParseProblem[] = [];
  let fields: Record<string, unknown> = {};
  let bodyStartLine = 1;
  if (match) {
    const read = readFrontMatter(match[1] ?? '');
    if (!read.ok) return read;
    fields = read.fields;
    bodyStartLine = match[0].split('\n').length;
  }
  const body = match ? text.slice(match[0].length) : text;
  const { paragraphs, firstHeading } = readBody(body);

  const title = stringField(fields, 'title', warnings) ?? firstHeading;
  if (title === undefined || title.trim() === '') {
    return {
      ok: false,
      problem: {
        field: 'title',
        reason: 'no title: add "title:" to the front matter or a "# heading"',
      },
    };
  }
  if (title.length > MAX_TITLE_LENGTH) {
    return {
      ok: false,
      problem: {
        field: 'title',
        reason: `title is ${title.length} characters long (at most ${MAX_TITLE_LENGTH})`,
      },
    };
  }
  if (paragraphs.length === 0) {
    return {
      ok: false,
      problem: { line: bodyStartLine, reason: 'no article text after the front matter' },
    };
  }
  return {
    ok: true,
    warnings,
    article: {
      id: stringField(fields, 'id', warnings),
      title: title.trim(),
      url: urlField(fields, warnings),
      publisher: stringField(fields, 'source', warnings),
      tags: tagsField(fields, warnings),
      language: stringField(fields, 'language', warnings),
      publishedAt: dateField(fields, warnings),
      paragraphs,
      related: [],
      image: imageField(fields, warnings),
    },
  };
}

/** Front matter holds a few short fields; more than this is not front matter but an attack or a mistake. */
const MAX_FRONT_MATTER_CHARS = 16 * 1024;
const MAX_FRONT_MATTER_DEPTH = 8;
const MAX_ALIASES = 10;

type FrontMatter =
  | { readonly ok: true; readonly fields: Record<string, unknown> }
  | { readonly ok: false; readonly problem: ParseProblem };

/**
 * The fields of the YAML front matter. Anything the YAML library refuses (syntax, an alias bomb,
 * nesting deep enough to exhaust the stack) and anything too large or too deep is invalid front
 * matter: a problem to report, never an exception, at start and on reload alike.
 */
function readFrontMatter(yaml: string): FrontMatter {
  const invalid = (reason: string, line = 2): FrontMatter => ({
    ok: false,
    problem: { line, reason: `front matter is not valid YAML: ${reason}` },
  });
  if (yaml.length > MAX_FRONT_MATTER_CHARS)
    return invalid(`it is ${yaml.length} characters long (at most ${MAX_FRONT_MATTER_CHARS})`);
  if (nestingOf(yaml) > MAX_FRONT_MATTER_DEPTH)
    return invalid(`it is nested more than ${MAX_FRONT_MATTER_DEPTH} levels deep`);
  let value: unknown;
  try {
    const document = parseDocument(yaml, { uniqueKeys: false });
    const error = document.errors[0];
    if (error)
      return invalid(error.message.split('\n')[0] ?? '', (error.linePos?.[0].line ?? 0) + 1);
    value = document.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    return invalid((error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '');
  }
  if (value === null || value === undefined) return { ok: true, fields: {} };
  if (typeof value !== 'object' || Array.isArray(value))
    return invalid('it must be a set of "key: value" fields');
  return { ok: true, fields: value as Record<string, unknown> };
}

/** The deepest nesting of flow collections ([ {) or indentation levels, measured on the text. */
function nestingOf(yaml: string): number {
  let deepest = 0;
  let flow = 0;
  for (const char of yaml) {
    if (char === '[' || char === '{') deepest = Math.max(deepest, ++flow);
    else if ((char === ']' || char === '}') && flow > 0) flow--;
  }
  const indents = new Set<number>();
  for (const line of yaml.split('\n')) {
    const indent = /^[ -]*/.exec(line)?.[0].length ?? 0;
    if (line.trim() !== '') indents.add(indent);
  }
  return Math.max(deepest, indents.size);
}

function readBody(body: string): { paragraphs: Paragraph[]; firstHeading?: string } {
  const paragraphs: Paragraph[] = [];
  let firstHeading: string | undefined;
  const visit = (tokens: readonly Token[]) => {
    for (const token of tokens) {
      switch (token.type) {
        case 'heading':
          firstHeading ??= inlineText((token as Tokens.Heading).tokens);
          break;
        case 'paragraph':
        case 'text': {
          const text = inlineText((token as { tokens?: Token[] }).tokens ?? [])
            .replace(/\s+/g, ' ')
            .trim();
          if (text !== '' && !FURNITURE.test(text)) {
            const paragraph = takeAttribution(text);
            if (paragraph.text !== '') paragraphs.push(paragraph);
          }
          break;
        }
        case 'blockquote':
          visit((token as Tokens.Blockquote).tokens);
          break;
        case 'list':
          for (const item of (token as Tokens.List).items) visit(item.tokens);
          break;
        default:
          break; // code, html, tables, rules: not article text
      }
    }
  };
  visit(new Lexer().lex(body));
  return firstHeading === undefined ? { paragraphs } : { paragraphs, firstHeading };
}

/** Inline HTML whose content is code or styling, never text: `<script>…</script>` in a line. */
const RAW_TEXT_OPEN =
  /^<(script|style|noscript|template|textarea|title|iframe|svg)\b[^>]*(?<!\/)>$/i;

/** The text of inline tokens; `inside` is the raw-text element being skipped, shared across nesting. */
function inlineText(tokens: readonly Token[], state: { inside?: string | undefined } = {}): string {
  let text = '';
  for (const token of tokens) {
    if (token.type === 'html') {
      const raw = token.raw.trim();
      if (state.inside !== undefined) {
        if (new RegExp(`^</${state.inside}\\s*>`, 'i').test(raw)) state.inside = undefined;
      } else state.inside = RAW_TEXT_OPEN.exec(raw)?.[1];
      continue;
    }
    if (state.inside !== undefined || token.type === 'image') continue;
    if (token.type === 'br') text += ' ';
    else {
      const { tokens: children, text: own } = token as { tokens?: Token[]; text?: unknown };
      if (children && children.length > 0) text += inlineText(children, state);
      else if (typeof own === 'string') text += decodeEntities(own);
    }
  }
  return text;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function stringField(
  fields: Record<string, unknown>,
  name: string,
  warnings: ParseProblem[],
): string | undefined {
  const value = fields[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' || typeof value === 'number')
    return String(value).trim() || undefined;
  warnings.push({ field: name, reason: `"${name}" should be text; ignored` });
  return undefined;
}

function urlField(fields: Record<string, unknown>, warnings: ParseProblem[]): string | undefined {
  const url = stringField(fields, 'url', warnings);
  if (url === undefined) return undefined;
  if (/^https?:\/\/[^\s]+$/i.test(url) && URL.canParse(url)) return url;
  warnings.push({
    field: 'url',
    reason: `"url" is not an http(s) URL: ${url.slice(0, 80)}; ignored`,
  });
  return undefined;
}

/** `image`: an http(s) picture on a public host (relative to `url` when the article has one). */
function imageField(fields: Record<string, unknown>, warnings: ParseProblem[]): string | undefined {
  const image = stringField(fields, 'image', warnings);
  if (image === undefined) return undefined;
  const base = urlField({ url: fields.url }, []);
  const check = checkImageUrl(image, base);
  if (check.ok) return check.url;
  warnings.push({
    field: 'image',
    reason: `"image" cannot be shown (${check.reason}): ${image.slice(0, 80)}; ignored`,
  });
  return undefined;
}

function tagsField(fields: Record<string, unknown>, warnings: ParseProblem[]): string[] {
  const value = fields.tags;
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value)
    ? value
    : typeof value === 'string'
      ? value.split(',')
      : undefined;
  if (!list) {
    warnings.push({
      field: 'tags',
      reason: '"tags" should be a list or comma-separated text; ignored',
    });
    return [];
  }
  return [...new Set(list.map((t) => String(t).trim().toLowerCase()).filter((t) => t !== ''))];
}

function dateField(fields: Record<string, unknown>, warnings: ParseProblem[]): Date | undefined {
  const value = fields.published;
  if (value === undefined || value === null) return undefined;
  const date =
    value instanceof Date
      ? value
      : typeof value === 'string' || typeof value === 'number'
        ? new Date(value)
        : undefined;
  if (date && !Number.isNaN(date.getTime())) return date;
  warnings.push({
    field: 'published',
    reason: `"published" is not a date: ${JSON.stringify(value).slice(0, 40)}; the file time is used`,
  });
  return undefined;
}
