/**
 * Sentence segmentation for news text: ICU's sentence segmenter (Intl.Segmenter) with an
 * abbreviation layer on top, because ICU alone splits after "Mr.", "No." and initials
 * ("The U.S. and Mr. " / "Smith met ...").
 */
import { ENGLISH_AFTER_NATION_INITIALS } from './english.js';
import { endsWithInitial, lastWord } from './sentence-ends.js';

const segmenters = new Map<string, Intl.Segmenter>();

/** ICU's sentence segmenter for a locale (the article's language), built once per locale. */
function segmenterFor(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/** Abbreviations that are (almost) never the end of a sentence: titles and name parts. */
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'gen',
  'brig',
  'col',
  'lt',
  'maj',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'rep',
  'reps',
  'sen',
  'sens',
  'gov',
  'pres',
  'rev',
  'hon',
  'fr',
  'mt',
  'ft',
  'supt',
  'insp',
  'det',
  'cpl',
  'pvt',
  'messrs',
  'mme',
  'mlle',
  'vs',
  'v',
  'cf',
  'approx',
  'dept',
  'est',
  'e.g',
  'i.e',
  'fig',
  'figs',
  'ave',
  'blvd',
  'rd',
]);

/** Abbreviations that end a sentence only when nothing number-like follows ("No. 10", "Jan. 5"). */
const BEFORE_NUMBERS = new Set([
  'no',
  'nos',
  'vol',
  'p',
  'pp',
  'art',
  'sec',
  'ch',
  'op',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'tel',
  'ext',
]);

/** Abbreviations that may end a sentence: merge only when the next part starts in lower case. */
const AMBIGUOUS = new Set([
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'a.m',
  'p.m',
  'inc',
  'ltd',
  'co',
  'corp',
  'etc',
  'al',
  // places written as initials
  'd.c',
  'l.a',
  'n.y',
  'n.j',
  'u.s.a',
  'u.a.e',
  'n.z',
]);

/** Initials that are also an adjective before a capitalised noun ("U.S. President"). */
const NATION_INITIALS = new Set(['u.s', 'u.k', 'u.n', 'e.u']);
const FIRST_LETTERS = /^["“'‘(]?([A-Za-z]+)/;

/** Whether a part after nation initials starts with a word that continues the sentence. */
function continuesAfterInitials(start: string): boolean {
  const word = FIRST_LETTERS.exec(start)?.[1];
  return word !== undefined && ENGLISH_AFTER_NATION_INITIALS.has(word.toLowerCase());
}

/** Initials written together ("P.T.", "W.E.B."): a name follows unless they are a place (AMBIGUOUS). */
const JOINED_INITIALS = /^(?:\p{L}\.)+\p{L}$/u;
/** A time zone after "a.m." / "p.m." ("9:03 p.m. ET") continues the sentence. */
const TIME_ZONE = /^(?:[A-Z]{1,3}T|UTC|GMT)\b/;

/**
 * Splits text into sentences, each trimmed, none empty, with the segmenter of `locale` (the
 * abbreviation layer is English's; other languages' segmenters know their own). With a `limit`,
 * stops after that many sentences (the segmenter works lazily, so the rest of the text is never
 * looked at).
 */
export function splitSentences(text: string, locale = 'en', limit = Infinity): string[] {
  const sentences: string[] = [];
  let pending = '';
  forEachIcuSegment(text, segmenterFor(locale), (segment) => {
    if (pending !== '' && !continuesSentence(pending, segment)) {
      pushTrimmed(sentences, pending);
      pending = '';
      if (sentences.length >= limit) return false;
    }
    pending += segment;
    return true;
  });
  if (sentences.length < limit) pushTrimmed(sentences, pending);
  return sentences;
}

/**
 * Where ICU always ends a sentence: after ".", "!" or "?" (and closing quotes or brackets) and
 * white space, before an upper-case letter (maybe after an opening quote or bracket). Unicode's
 * rules (UAX #29, SB8 and SB11) break there whatever comes before.
 */
const SURE_BREAK = /[.!?]["'”’)\]]*\s+(?=["'“‘([]*\p{Lu})/gu;

/**
 * Hands ICU's sentence segments of a text, the same as `segmenter.segment(text)` gives, to `take`
 * one at a time until it returns false (callbacks, not generators: a generator's object per
 * segment per level was garbage on every summary's path), so the rest is never looked at. The text
 * is handed to ICU a piece at a time, cut where ICU breaks anyway: V8's segmenter costs time in
 * proportion to the whole text for every segment, so a long text at once costs its length squared
 * (a 350 KB text takes seconds; cut, milliseconds). Pieces are about PIECE characters: a
 * call has a cost of its own, so a news story is still one or two calls.
 */
const PIECE = 2000;

function forEachIcuSegment(
  text: string,
  segmenter: Intl.Segmenter,
  take: (segment: string) => boolean,
): void {
  let start = 0;
  for (;;) {
    SURE_BREAK.lastIndex = start + PIECE;
    const match = start + PIECE < text.length ? SURE_BREAK.exec(text) : null;
    const end = match ? match.index + match[0].length : text.length;
    if (!forEachPieceSegment(text.slice(start, end), segmenter, take) || !match) return;
    start = end;
  }
}

/**
 * Anything after which ICU may end a sentence (UAX #29: ATerm, STerm, paragraph separators). A
 * stretch between two sure breaks with none of these before its own end is one sentence.
 */
const MAY_BREAK = /[.\u2024\uFE52\uFF0E\n\r\u0085\u2028\u2029\p{Sentence_Terminal}]/u;
/** For code units above 127: 0 not yet known, 1 a possible break (or a surrogate), 2 not. */
const breakClass = new Uint8Array(65536);

/** Whether ICU could end a sentence after some character of text[0..end). */
function mayBreakBefore(text: string, end: number): boolean {
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c === 46) {
        // UAX #29 never ends a sentence between a full stop and a digit (SB6: "91.2 %") or a
        // lower-case letter (SB8: "e.g", "cnn.com"); ICU's objects for such a stretch were most
        // of what a summary left for the collector to finalise.
        const next = text.charCodeAt(i + 1);
        if ((next >= 48 && next <= 57) || (next >= 97 && next <= 122)) continue;
        return true;
      }
      if (c === 33 || c === 63 || c === 10 || c === 13) return true;
      continue;
    }
    let kind = breakClass[c] ?? 0;
    if (kind === 0) {
      // Astral characters (some scripts' full stops among them) are left to ICU.
      const surrogate = c >= 0xd800 && c <= 0xdfff;
      kind = surrogate || MAY_BREAK.test(String.fromCharCode(c)) ? 1 : 2;
      breakClass[c] = kind;
    }
    if (kind === 1) return true;
  }
  return false;
}

/**
 * Where a stretch's own ending starts: its last ".", "!" or "?" when only closing quotes or
 * brackets and spaces follow; the stretch's length when it ends otherwise.
 */
function endingStart(stretch: string): number {
  let i = stretch.length - 1;
  while (i >= 0 && ' \t\n\r\u00a0'.includes(stretch.charAt(i))) i--;
  while (i >= 0 && '"\'”’)]'.includes(stretch.charAt(i))) i--;
  return i >= 0 && '.!?'.includes(stretch.charAt(i)) ? i : stretch.length;
}

/** SURE_BREAK's own copy for stretches, read while forEachIcuSegment holds SURE_BREAK's position. */
const STRETCH_BREAK = new RegExp(SURE_BREAK.source, SURE_BREAK.flags);

/**
 * ICU's segments of a piece, the same as `segmenter.segment(piece)` gives, to `take` (false when
 * it asked to stop). ICU is asked only about
 * the stretches between sure breaks that may break inside: most news sentences are such a
 * stretch on their own and are handed on as they are, so the segmenter's objects and copies of
 * every sentence (about half the garbage of a summary) are not made for them.
 */
function forEachPieceSegment(
  piece: string,
  segmenter: Intl.Segmenter,
  take: (segment: string) => boolean,
): boolean {
  let start = 0;
  for (;;) {
    STRETCH_BREAK.lastIndex = start;
    // test() moves lastIndex past the match without building a match array.
    const found = STRETCH_BREAK.test(piece);
    const end = found ? STRETCH_BREAK.lastIndex : piece.length;
    const stretch = piece.slice(start, end);
    if (mayBreakBefore(stretch, endingStart(stretch))) {
      for (const { segment } of segmenter.segment(stretch)) if (!take(segment)) return false;
    } else if (stretch !== '' && !take(stretch)) return false;
    if (!found) return true;
    start = end;
  }
}

function pushTrimmed(into: string[], sentence: string): void {
  const trimmed = sentence.trim();
  if (trimmed !== '') into.push(trimmed);
}

/**
 * The tests below as constants: a regular expression literal inside a function is a new RegExp
 * object every time it is evaluated, and this runs for every sentence of every summary.
 */
const LOWER_CASE = /\p{Ll}/u;
const UPPER_CASE = /\p{Lu}/u;
const NUMBER_LIKE = /[\d#]/;
const NAME_START = /^["“'‘(]?\p{Lu}/u;

/** Whether `next` continues the sentence that `previous` seems to end. */
function continuesSentence(previous: string, next: string): boolean {
  const start = next.trimStart();
  if (start === '') return true;
  const first = start[0] ?? '';
  if (LOWER_CASE.test(first)) return true; // ICU splits "etc. and" rarely; never start a sentence in lower case
  // Only the end of the sentence so far matters; a long one is not scanned from its start.
  const tail = previous.length > 80 ? previous.slice(-80) : previous;
  if (endsWithInitial(tail)) return UPPER_CASE.test(first);
  const last = lastWord(tail);
  if (!last) return false;
  const word = last.toLowerCase();
  if (TITLES.has(word)) return true;
  if (BEFORE_NUMBERS.has(word)) return NUMBER_LIKE.test(first);
  if (word === 'a.m' || word === 'p.m') return TIME_ZONE.test(start);
  if (AMBIGUOUS.has(word)) return NATION_INITIALS.has(word) && continuesAfterInitials(start);
  return JOINED_INITIALS.test(word) && NAME_START.test(start);
}
