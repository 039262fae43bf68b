import { eng } from 'stopword';

/**
 * Everything English-specific that the text and summary code relies on, in one place, so that
 * another language can bring its own lists: stop words (search, matching, summaries) and the
 * openings that make a sentence lean on the one before it (the summary's coherence rule).
 */

/** Words that carry little meaning on their own: `stopword`'s English list and a few news verbs. */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set<string>([
  ...eng,
  'said',
  'says',
  'also',
  'would',
  'could',
  'one',
]);

/**
 * Pronouns that, opening a sentence, point back at someone or something named earlier ("He said
 * the bridge…"). Lower case; matched as the first word after any opening quote or bracket.
 */
export const ENGLISH_BACK_POINTING_PRONOUNS: ReadonlySet<string> = new Set([
  'he',
  'she',
  'it',
  'they',
  'him',
  'her',
  'them',
  'his',
  'hers',
  'its',
  'their',
  'theirs',
  'himself',
  'herself',
  'themselves',
]);

/**
 * Demonstratives: "This is why…", "These changes…", "Such a move…" point back too, except in a
 * time phrase ("This week the council…"), so they count unless one of these words follows.
 */
export const ENGLISH_DEMONSTRATIVES: ReadonlySet<string> = new Set([
  'this',
  'that',
  'these',
  'those',
  'such',
  "that's",
]);
export const ENGLISH_TIME_WORDS: ReadonlySet<string> = new Set([
  'morning',
  'afternoon',
  'evening',
  'night',
  'week',
  'weekend',
  'month',
  'year',
  'season',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'time',
  'decade',
  'century',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);

/**
 * Connectives that answer the sentence before ("But…", "That is why…", "As a result…"). Each is
 * a lower-case phrase matched at the start of a sentence as whole words.
 */
export const ENGLISH_CONNECTIVES: readonly string[] = [
  'but',
  'and',
  'or',
  'yet',
  'so',
  'however',
  'also',
  'still',
  'instead',
  'meanwhile',
  'moreover',
  'furthermore',
  'therefore',
  'thus',
  'hence',
  'nevertheless',
  'nonetheless',
  'besides',
  'otherwise',
  'then',
  'consequently',
  'accordingly',
  'additionally',
  'likewise',
  'similarly',
  'indeed',
  'even so',
  'in addition',
  'in contrast',
  'by contrast',
  'on the other hand',
  'as a result',
  'for example',
  'for instance',
  'in other words',
  'that is why',
  'this is why',
  'that’s why',
  "that's why",
  'after that',
  'because of this',
  'because of that',
  'despite this',
  'despite that',
  'in turn',
  'as well',
];
