/**
 * Page furniture in news text: datelines in front of the first sentence, and sentences that are
 * bylines, credits, captions, editor's notes or calls to click, follow or subscribe. None of it
 * tells the story, so a summary leaves it out.
 */

/**
 * "London (CNN) --", "WASHINGTON (AP) —", "(CNN)", "Hong Kong (CNN)": up to six capitalised
 * words (a place), then a short agency name in parentheses, then an optional dash.
 */
const AGENCY_DATELINE =
  /^(?:[\p{Lu}][\p{L}.'’-]*,?\s+(?:[\p{L}.'’-]+,?\s+){0,5})?\((?:CNN|AP|AFP|Reuters|[\p{Lu}][\p{L}.&' -]{0,24}?)\)\s*(?:--?|—|–|:)?\s*/u;
/** "WASHINGTON — ", "SAN FRANCISCO, Calif. -- ": a place in capitals, then a dash. */
const CAPITALS_DATELINE = /^\p{Lu}[\p{Lu} .,'’-]{1,40}(?:,\s*[\p{L}.]+)?\s+(?:--|—|–)\s+/u;

/** What a sentence starts with: a capital or a digit, maybe after an opening quote or bracket. */
const SENTENCE_START = /^["“‘'(]?[\p{Lu}\d]/u;

/** The dashes CAPITALS_DATELINE ends with. */
const DATELINE_DASH = /--|—|–/;

/** The sentence without a leading dateline (unchanged when it has none). */
export function stripDateline(sentence: string): string {
  // Most sentences have neither a bracket nor a dash: they skip the expressions, whose optional
  // place words backtrack (the agency one was 7 % of a summary's time).
  const match =
    (sentence.includes('(') ? AGENCY_DATELINE.exec(sentence) : null) ??
    (DATELINE_DASH.test(sentence) ? CAPITALS_DATELINE.exec(sentence) : null);
  if (!match) return sentence;
  const rest = sentence.slice(match[0].length);
  // A "dateline" that leaves nothing sentence-like behind was not one.
  return SENTENCE_START.test(rest) ? rest : sentence;
}

/** Lines that start like page furniture. */
const FURNITURE_START =
  /^(?:no time to read\??|get a summary|click here|read more|read the full|read:|more:|related:|see also|sign up|subscribe|follow us|follow @|follow (?:him|her|them|the author)|like us on|join (?:us|the conversation)|share (?:this|on)|advertisement|copyright|all rights reserved|photos?:|images?:|video:|watch:|listen:|photo gallery|gallery:|editor'?’?s note|note:|updated:|posted:|\[?breaking news|written by|reporting by|additional reporting|this (?:story|article) (?:was|has been) (?:updated|corrected))/iu;

/** Credits and calls anywhere in a sentence. */
const FURNITURE_ANYWHERE = [
  /\bcontributed (?:to )?(?:this|the) (?:report|story|article)\b/i,
  /\b(?:wrote|reported) (?:this|the) (?:story|report|article) from\b/i,
  /^(?:CNN|[\p{Lu}][\p{L}'’-]+)'s? [^.]{0,80}\b(?:reported|wrote) from [\p{Lu}][^.]{0,60}\.?$/u,
  /\bopinions expressed in this (?:commentary|article|column) are\b/i,
  /\b(?:click here|follow (?:us|him|her|them) on (?:twitter|facebook|instagram))\b/i,
  // "Follow the show on Twitter.", "Share your thoughts with Kelly Wallace on Twitter or …"
  /^(?:follow|share your (?:thoughts|stories|views|comments))\b[^.]{0,80}\bon (?:twitter|facebook|instagram|x)\b/i,
  /\bthank you for using cnn student news\b/i,
  /\b(?:mentioned on the next|request a mention on the) cnn student news\b/i,
  /\((?:photo|image|picture)s?(?: credit)?:[^)]*\)/i,
  /\b(?:getty images|ap photo|afp\/getty)\b/i,
];

/**
 * A word that each of FURNITURE_ANYWHERE's patterns has: a sentence without one (most) is tested
 * once instead of once per pattern.
 */
const FURNITURE_WORD =
  /contributed|wrote|reported|opinions|click|follow|share|student|photo|image|picture|getty/i;

/** "By Jane Doe and John Roe, CNN": a short line that starts with "By" and a name. */
const BYLINE = /^[Bb]y\s+\p{Lu}[\p{L}.'’-]*\s+\p{Lu}/u;

const SPACES = /\s+/;

/** True for a sentence that is page furniture rather than news. */
export function isFurniture(sentence: string): boolean {
  const text = sentence.trim();
  if (BYLINE.test(text) && text.split(SPACES).length <= 12) return true;
  if (FURNITURE_START.test(text)) return true;
  if (!FURNITURE_WORD.test(text)) return false;
  for (const pattern of FURNITURE_ANYWHERE) if (pattern.test(text)) return true;
  return false;
}
