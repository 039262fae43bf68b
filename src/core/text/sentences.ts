/**
 * Sentence segmentation for news text: ICU's sentence segmenter (Intl.Segmenter) with an
 * abbreviation layer on top, because ICU alone splits after "Mr.", "No." and initials
 * ("The U.S. and Mr. " / "Smith met ...").
 */
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

/** Initials written together ("P.T.", "W.E.B."): a name follows unless they are a place (AMBIGUOUS). */
const JOINED_INITIALS = /^(?:\p{L}\.)+\p{L}$/u;
/** A time zone after "a.m." / "p.m." ("9:03 p.m. ET") continues the sentence. */
const TIME_ZONE = /^(?:[A-Z]{1,3}T|UTC|GMT)\b/;

const LAST_WORD = /(?:^|[\s("'“‘[])([\p{L}.]+)\.\s*$/u;
const SINGLE_INITIAL = /(?:^|[\s("'“‘])\p{Lu}\.\s*$/u;

/**
 * Splits text into sentences, each trimmed, none empty, with the segmenter of `locale` (the
 * abbreviation layer is English's; other languages' segmenters know their own). With a `limit`,
 * stops after that many sentences (the segmenter works lazily, so the rest of the text is never
 * looked at).
 */
export function splitSentences(text: string, locale = 'en', limit = Infinity): string[] {
  const sentences: string[] = [];
  let pending = '';
  for (const segment of icuSegments(text, segmenterFor(locale))) {
    if (pending !== '' && !continuesSentence(pending, segment)) {
      pushTrimmed(sentences, pending);
      pending = '';
      if (sentences.length >= limit) return sentences;
    }
    pending += segment;
  }
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
 * ICU's sentence segments of a text, the same as `segmenter.segment(text)` gives, lazily. The text
 * is handed to ICU a piece at a time, cut where ICU breaks anyway: V8's segmenter costs time in
 * proportion to the whole text for every segment, so a long text at once costs its length squared
 * (a 350 KB text takes seconds; cut, milliseconds). Pieces are about PIECE characters: a
 * call has a cost of its own, so a news story is still one or two calls.
 */
const PIECE = 2000;

function* icuSegments(text: string, segmenter: Intl.Segmenter): Generator<string> {
  let start = 0;
  for (;;) {
    SURE_BREAK.lastIndex = start + PIECE;
    const match = start + PIECE < text.length ? SURE_BREAK.exec(text) : null;
    const end = match ? match.index + match[0].length : text.length;
    for (const { segment } of segmenter.segment(text.slice(start, end))) yield segment;
    if (!match) return;
    start = end;
  }
}

function pushTrimmed(into: string[], sentence: string): void {
  const trimmed = sentence.trim();
  if (trimmed !== '') into.push(trimmed);
}

/** Whether `next` continues the sentence that `previous` seems to end. */
function continuesSentence(previous: string, next: string): boolean {
  const start = next.trimStart();
  if (start === '') return true;
  const first = start[0] ?? '';
  if (/\p{Ll}/u.test(first)) return true; // ICU splits "etc. and" rarely; never start a sentence in lower case
  // Only the end of the sentence so far matters; a long one is not scanned from its start.
  const tail = previous.length > 80 ? previous.slice(-80) : previous;
  if (SINGLE_INITIAL.test(tail)) return /\p{Lu}/u.test(first);
  const match = LAST_WORD.exec(tail);
  if (!match?.[1]) return false;
  const word = match[1].toLowerCase();
  if (TITLES.has(word)) return true;
  if (BEFORE_NUMBERS.has(word)) return /[\d#]/.test(first);
  if (word === 'a.m' || word === 'p.m') return TIME_ZONE.test(start);
  if (AMBIGUOUS.has(word)) return false;
  return JOINED_INITIALS.test(word) && /^["“'‘(]?\p{Lu}/u.test(start);
}
