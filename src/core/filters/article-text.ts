import type { Article } from '../articles/article.js';
import { foldedWords, hasAccents, stripAccents } from './fold-text.js';
import { GRAM_INTS, gramBitsOf } from './trigram-bits.js';
import { hashWord, wholeWordIn, WordTable } from './word-table.js';

/**
 * How much of an article's text filters read after its title and topics: the opening, which is
 * what its digest summary and preview come from. It also bounds the cost of a rule per story,
 * whatever the article's length.
 */
export const FILTER_TEXT_LIMIT = 1_000;

/** An article as filters see it, computed once per article (articles never change once loaded). */
export interface FilterText {
  /** Title, topics and the opening of the text, lower case, accents removed: what regexes see. */
  readonly plain: string;
  /**
   * Its words, lower case: " w1 w2 … " (a phrase matches where " its words " occurs). Built when
   * first asked for: a phrase is looked for only in texts that have all its words, which is rare.
   */
  readonly joined: string;
  /** Whether a folded word (with its hashWord) is one of the text's words. */
  hasWord(word: string, hash?: number): boolean;
  /** The trigram bits of `plain` when the story was stored with them (see trigram-bits.ts). */
  readonly grams?: Int32Array | undefined;
}

/**
 * Each article's filter text, kept on its paragraphs array: a database store builds a new Article
 * on every read but shares the paragraphs of an unchanged article (its bounded paragraph cache),
 * so each channel's digest does not read the same story again. The title and topics are compared,
 * since they are not part of the paragraphs. A hidden (symbol, not enumerable) property rather
 * than a WeakMap, whose entries each young-generation collection walks: with it, the benchmark's
 * first pass measured 90,000-101,000 stories/s and a later one p50 4.1-4.4 µs a story, without it
 * 97,000-122,000 and 2.6-3.3 µs (three runs each, load about 1.3); the text lives
 * exactly as long as the paragraphs, as it would in the map. A frozen array is not marked: its
 * story's text is made again when next filtered.
 */
const TEXT = Symbol('filter text');
type Marked = Article['paragraphs'] & { [TEXT]?: StoryText };

export function filterTextOf(article: Article): FilterText {
  const known = (article.paragraphs as Marked)[TEXT];
  if (known?.isOf(article)) return known;
  const raw = rawText(article);
  const stored = article.filterWords && storedIndex(article.filterWords, raw.length);
  const text = stored
    ? new StoryText(stored.plain(raw), stored.table, article, stored.grams)
    : new StoryText(...tableOf(raw), article);
  if (Object.isExtensible(article.paragraphs))
    Object.defineProperty(article.paragraphs, TEXT, {
      value: text,
      writable: true,
      configurable: true,
    });
  return text;
}

class StoryText implements FilterText {
  private joinedWords: string | undefined;
  private readonly title: string;
  private readonly tags: readonly string[];

  constructor(
    readonly plain: string,
    private readonly table: WordTable,
    of: Pick<Article, 'title' | 'tags'>,
    readonly grams?: Int32Array,
  ) {
    this.title = of.title;
    this.tags = of.tags;
  }

  get joined(): string {
    return (this.joinedWords ??= ` ${foldedWords(this.plain).join(' ')} `);
  }

  hasWord(word: string, hash = hashWord(word)): boolean {
    return this.table.mayHave(hash) && wholeWordIn(this.plain, word);
  }

  /** Whether this is the text of the article (whose paragraphs it was found by). */
  isOf(article: Article): boolean {
    if (article.title !== this.title || article.tags.length !== this.tags.length) return false;
    return article.tags.every((tag, i) => tag === this.tags[i]);
  }
}

/**
 * A stored index is Int32 [format, length of the text it was built from, the text's trigram bits
 * (GRAM_INTS), the word table's slots]. The format changes whenever what a word is, or a hash,
 * changes: an index of another format, of another text (its length differs) or damaged (a table
 * with no empty slot) is ignored and the table built from the text. What is not checked: an index
 * of the right format and length but of other words (a row edited by hand) would be believed, and
 * could miss a word or fold accented text as lower case only; a hash found is still confirmed in
 * the text, so it can never make a word appear that is not there.
 */
export const WORD_INDEX_FORMAT = 0x46570002;
const HEADER = 3;

/**
 * The word index a store keeps with an article (see Article.filterWords), built when the article
 * is written: a story read back is filtered without reading its words again.
 */
export function wordIndexOf(article: Pick<Article, 'title' | 'tags' | 'paragraphs'>): Int32Array {
  const raw = rawText(article);
  const [plain, table] = tableOf(raw);
  const slots = table.toSlots();
  const index = new Int32Array(HEADER + GRAM_INTS + slots.length);
  index[0] = WORD_INDEX_FORMAT;
  index[1] = raw.length;
  // Whether folding is lower case only: a reader then does not search the text for accents.
  index[2] = hasAccents(raw) ? 0 : 1;
  index.set(gramBitsOf(plain), HEADER);
  index.set(slots, HEADER + GRAM_INTS);
  return index;
}

function storedIndex(
  index: Int32Array,
  rawLength: number,
): { table: WordTable; grams: Int32Array; plain: (raw: string) => string } | undefined {
  if (index[0] !== WORD_INDEX_FORMAT || index[1] !== rawLength) return undefined;
  const table = WordTable.fromSlots(index.subarray(HEADER + GRAM_INTS));
  const plain = index[2] === 1 ? lowerOnly : folded;
  return table && { table, grams: index.subarray(HEADER, HEADER + GRAM_INTS), plain };
}

/** Title, topics and the opening of the text, a line each: what filters read, before folding. */
function rawText(article: Pick<Article, 'title' | 'tags' | 'paragraphs'>): string {
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
 * The folded text and its word table. Most stories are ASCII: lower case is all their folding,
 * and the word table is read in the same pass that finds out. Others are folded fully (accents
 * removed) and read again.
 */
const lowerOnly = (raw: string) => raw.toLowerCase();
const folded = (raw: string) => stripAccents(raw).toLowerCase();

function tableOf(raw: string): [plain: string, table: WordTable] {
  const lower = raw.toLowerCase();
  const ascii = WordTable.ofAscii(lower);
  if (ascii) return [lower, ascii];
  const plain = folded(raw);
  return [plain, WordTable.of(plain)];
}

/** The filter text of text already folded (accent-free, lower case). */
export function foldedFilterText(plain: string): FilterText {
  return new StoryText(plain, WordTable.of(plain), { title: '', tags: [] });
}
