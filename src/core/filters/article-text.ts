import type { Article } from '../articles/article.js';
import { foldedWords, hasAccents, stripAccents } from './fold-text.js';
import { GRAM_INTS, gramBitsOf } from './trigram-bits.js';
import { WordTable, type WordKey } from './word-table.js';

/**
 * How much of an article's text filters read after its title and topics: the opening, which is
 * what its digest summary and preview come from. It also bounds the cost of a rule per story,
 * whatever the article's length.
 */
export const FILTER_TEXT_LIMIT = 1_000;

/** An article as filters see it, computed once per article (articles never change once loaded). */
export interface FilterText {
  /**
   * Title, topics and the opening of the text, lower case, accents removed: what regexes see.
   * Built when first asked for: a stored story whose rules are all answered by its word table and
   * trigram bits is filtered without it.
   */
  readonly plain: string;
  /**
   * Its words, lower case: " w1 w2 … " (a phrase matches where " its words " occurs). Built when
   * first asked for: a phrase is looked for only in texts that have all its words, which is rare.
   */
  readonly joined: string;
  /** Whether a folded word (its WordKey) is one of the text's words. */
  hasWord(key: WordKey): boolean;
  /**
   * The gram bits of `plain` when the story was stored with them (see trigram-bits.ts): GRAM_INTS
   * of `grams` from `gramsAt` (the stored index itself, not a copy or a view of it).
   */
  readonly grams?: Int32Array | undefined;
  readonly gramsAt: number;
  /**
   * Whether the text is ASCII without "_": its words are then exactly RE2's (\b is between
   * [0-9A-Za-z_] and anything else), so `\bword\b` is answered by `hasWord`.
   */
  readonly re2Words: boolean;
}

/**
 * Each article's filter text, kept on its paragraphs array: a database store builds a new Article
 * on every read but shares the paragraphs of an unchanged article (its bounded paragraph cache),
 * so each channel's digest does not read the same story again. The title and topics are compared,
 * since they are not part of the paragraphs. A hidden (symbol, not enumerable) property rather
 * than a WeakMap, whose entries each young-generation collection walks; the text lives exactly as
 * long as the paragraphs, as it would in the map. A frozen array is not marked: its story's text
 * is made again when next filtered. For a story read with its index, the text is two small
 * objects over the index; made again each time instead of kept, later passes measured
 * 189,000-234,000 stories/s instead of 272,000-352,000 (`npm run bench filters`, three runs).
 */
const TEXT = Symbol('filter text');
type Marked = Article['paragraphs'] & { [TEXT]?: StoryText };
type Source = Pick<Article, 'title' | 'tags' | 'paragraphs'>;

export function filterTextOf(article: Article): FilterText {
  const known = (article.paragraphs as Marked)[TEXT];
  if (known?.isOf(article)) return known;
  const index = article.filterWords;
  const table = index && storedTable(index, rawLength(article));
  const text = table ? new StoryText(article, table, index[2] ?? 0, index) : textOf(article);
  if (Object.isExtensible(article.paragraphs))
    Object.defineProperty(article.paragraphs, TEXT, {
      value: text,
      writable: true,
      configurable: true,
    });
  return text;
}

class StoryText implements FilterText {
  private plainText: string | undefined;
  private joinedWords: string | undefined;
  // The story's own, for its text when first asked for (see rawText) and for isOf.
  readonly title: string;
  readonly tags: readonly string[];
  readonly paragraphs: Article['paragraphs'];
  readonly re2Words: boolean;
  readonly gramsAt: number;

  constructor(
    of: Source,
    private readonly table: WordTable,
    /** FLAGS of the text (see wordIndexOf). */
    private readonly flags: number,
    readonly grams?: Int32Array,
    plain?: string,
  ) {
    this.gramsAt = HEADER;
    this.title = of.title;
    this.tags = of.tags;
    this.paragraphs = of.paragraphs;
    this.plainText = plain;
    this.re2Words = (flags & RE2_WORDS) !== 0;
  }

  get plain(): string {
    if (this.plainText !== undefined) return this.plainText;
    const raw = rawText(this);
    return (this.plainText = (this.flags & LOWER_ONLY) !== 0 ? raw.toLowerCase() : folded(raw));
  }

  get joined(): string {
    return (this.joinedWords ??= ` ${foldedWords(this.plain).join(' ')} `);
  }

  hasWord(key: WordKey): boolean {
    return this.table.has(key);
  }

  /** Whether this is the text of the article (whose paragraphs it was found by). */
  isOf(article: Article): boolean {
    if (article.title !== this.title || article.tags.length !== this.tags.length) return false;
    return article.tags.every((tag, i) => tag === this.tags[i]);
  }
}

/**
 * A stored index is Int32 [format, length of the text it was built from, FLAGS, the text's trigram
 * bits (GRAM_INTS), the word table's slots]. The format changes whenever what a word is, or a
 * hash, changes: an index of another format, of another text (its length differs) or damaged (a
 * table of impossible size) is ignored and the table built from the text. What is not checked: an
 * index of the right format and length but of other words (a row edited by hand) would be
 * believed: filters would answer for those words.
 */
export const WORD_INDEX_FORMAT = 0x46570003;
const HEADER = 3;
/** FLAGS: folding is lower case only (the text has no accents: a reader does not look for them). */
const LOWER_ONLY = 1;
/** FLAGS: see FilterText.re2Words. */
const RE2_WORDS = 2;

/**
 * The word index a store keeps with an article (see Article.filterWords), built when the article
 * is written: a story read back is filtered without reading its words again.
 */
export function wordIndexOf(article: Source): Int32Array {
  const raw = rawText(article);
  const [plain, table] = tableOf(raw);
  const slots = table.toSlots();
  const index = new Int32Array(HEADER + GRAM_INTS + slots.length);
  index[0] = WORD_INDEX_FORMAT;
  index[1] = raw.length;
  index[2] = flagsOf(raw);
  index.set(gramBitsOf(plain), HEADER);
  index.set(slots, HEADER + GRAM_INTS);
  return index;
}

function flagsOf(raw: string): number {
  if (hasAccents(raw)) return 0;
  return raw.includes('_') ? LOWER_ONLY : LOWER_ONLY | RE2_WORDS;
}

function storedTable(index: Int32Array, rawLength: number): WordTable | undefined {
  if (index[0] !== WORD_INDEX_FORMAT || index[1] !== rawLength) return undefined;
  return WordTable.fromSlots(index, HEADER + GRAM_INTS);
}

/** Title, topics and the opening of the text, a line each: what filters read, before folding. */
function rawText(article: Source): string {
  // One join makes one flat string: concatenation would build a rope that each later read (the
  // regex test, lower case) copies again.
  const tags = article.tags.join(' ');
  const parts = [article.title, tags];
  let body = 0;
  for (const paragraph of article.paragraphs) {
    if (body >= FILTER_TEXT_LIMIT) break;
    // Only what is read is copied (a slice of a flat string is a view).
    const text = paragraph.text;
    parts.push(
      text.length > FILTER_TEXT_LIMIT - body ? text.slice(0, FILTER_TEXT_LIMIT - body) : text,
    );
    body += text.length + 1;
  }
  parts.push('');
  const raw = parts.join('\n');
  const end = article.title.length + tags.length + 2 + FILTER_TEXT_LIMIT;
  return raw.length > end ? raw.slice(0, end) : raw;
}

/**
 * rawText(article).length without building it: a stored index is checked against it, and a story
 * whose rules its index answers never needs the text.
 */
export function rawLength(article: Source): number {
  let tags = article.tags.length > 0 ? article.tags.length - 1 : 0;
  for (const tag of article.tags) tags += tag.length;
  let length = article.title.length + tags + 2;
  let body = 0;
  for (const paragraph of article.paragraphs) {
    if (body >= FILTER_TEXT_LIMIT) break;
    length += Math.min(paragraph.text.length, FILTER_TEXT_LIMIT - body) + 1;
    body += paragraph.text.length + 1;
  }
  return Math.min(length, article.title.length + tags + 2 + FILTER_TEXT_LIMIT);
}

/**
 * The folded text and its word table. Most stories are ASCII: lower case is all their folding,
 * and the word table is read in the same pass that finds out. Others are folded fully (accents
 * removed) and read again.
 */
const folded = (raw: string) => stripAccents(raw).toLowerCase();

function tableOf(raw: string): [plain: string, table: WordTable] {
  const lower = raw.toLowerCase();
  const ascii = WordTable.ofAscii(lower);
  if (ascii) return [lower, ascii];
  const plain = folded(raw);
  return [plain, WordTable.of(plain)];
}

/** The filter text of an article stored without an index (or with one that does not fit it). */
function textOf(article: Source): StoryText {
  const raw = rawText(article);
  const [plain, table] = tableOf(raw);
  return new StoryText(article, table, flagsOf(raw), undefined, plain);
}
