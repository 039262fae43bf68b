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

/** Openings that look like a connective or demonstrative but stand on their own ("Instead of…"). */
export const ENGLISH_STANDALONE_OPENINGS: readonly string[] = [
  'instead of',
  'in addition to',
  'those who',
  'those whose',
  'such as',
];

/**
 * "It" that points at nothing: "It is unclear whether…", "It was not immediately clear how…", "It is
 * hard to…". After "it" and one of these verbs (or "it's"), a word from EXPLETIVE_CLAUSE within the
 * next four words, or "to" right after one word, makes the sentence stand on its own.
 */
export const ENGLISH_EXPLETIVE_VERBS: ReadonlySet<string> = new Set([
  'is',
  'was',
  'seems',
  'seemed',
  'appears',
  'appeared',
  'remains',
  'remained',
]);
export const ENGLISH_EXPLETIVE_CLAUSE: ReadonlySet<string> = new Set([
  'that',
  'whether',
  'how',
  'why',
  'if',
]);

/**
 * Words that, capitalised after "U.S.", "U.K.", "U.N." or "E.U.", continue the sentence: the
 * initials are an adjective there ("U.S. President Barack Obama", "U.N. Security Council"), not
 * the end of one. In 100 CNN stories 28 of 30 such breaks were this; ICU and the splitter cut them
 * and left fragments ("… the passport numbers of U.S.") that a summary could quote. A list, not
 * "any capitalised word": "… moved to the U.S. Officials said" is a sentence end. Lower case.
 */
export const ENGLISH_AFTER_NATION_INITIALS: ReadonlySet<string> = new Set(
  (
    'president presidents vice secretary senate senator senators sen rep reps representative ' +
    'congress congressman congresswoman house capitol government administration ambassador ' +
    'embassy embassies consulate envoy envoys attorney attorneys district court courts circuit ' +
    'supreme justice department departments army navy naval air marine marines coast forces ' +
    'military command commander general gen admiral adm defense defence intelligence treasury ' +
    'state border customs immigration homeland marshal marshals special joint high central ' +
    'federal national security council prime foreign home parliament trade commerce energy ' +
    'agriculture transportation health education labor interior veterans postal census geological ' +
    'olympic open soccer'
  ).split(' '),
);
