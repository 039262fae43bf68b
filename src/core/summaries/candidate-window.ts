import type { Article } from '../articles/article.js';
import { MAX_SENTENCE_CHARS } from '../articles/bounds.js';
import type { ArticleSentence } from '../articles/sentences-of.js';
import { splitSentences } from '../text/sentences.js';
import { articleToolkit } from '../text/toolkit.js';
import { isFurniture, stripDateline } from './furniture.js';

/**
 * The sentences a summary may pick from: the article's first sentences, up to a cap. News puts
 * the story first, so the cap costs no quality (see README, Summaries), and it bounds the cost of
 * any article the loaders accept: past the cap, a 1 MiB article or one of 100,000 sentences costs
 * what a 2,000-word one does. Only the text inside the window (and at most SCAN_CHARACTERS) is
 * ever segmented.
 */

/** At most this many sentences (furniture included) are read: about an 800-word story. */
export const WINDOW_SENTENCES = 40;
/** At most this many characters of sentences are taken (40 long sentences; about 2,000 words). */
export const WINDOW_CHARACTERS = 12_000;
/** Longer "sentences" are lists, tables or text without punctuation: never a summary sentence. */
export const MAX_SENTENCE_CHARACTERS = MAX_SENTENCE_CHARS;
/**
 * At most this many characters are segmented in all. Runs longer than MAX_SENTENCE_CHARACTERS (a
 * paragraph of 13,000 characters without a full stop) are passed over without using up the
 * window, so the sentences after them are still read; this bounds what such runs cost (one
 * paragraph is segmented up to a third of it).
 */
export const SCAN_CHARACTERS = 4 * WINDOW_CHARACTERS;

/**
 * The first sentences of the article, in order, however long the article is: at most
 * WINDOW_SENTENCES sentences and WINDOW_CHARACTERS characters of them, found within the first
 * SCAN_CHARACTERS characters of its paragraphs. Overlong runs are skipped, not counted.
 */
export function windowSentences(article: Article): ArticleSentence[] {
  const window: ArticleSentence[] = [];
  const locale = articleToolkit(article).segmenterLocale;
  let characters = 0;
  let scanned = 0;
  for (let index = 0; index < article.paragraphs.length; index++) {
    const paragraph = article.paragraphs[index];
    // A paragraph gets at most a third of what may be scanned: a 1 MiB run costs no more than
    // that, and the story after it is still read.
    const room = Math.min(SCAN_CHARACTERS - scanned, SCAN_CHARACTERS / 3);
    if (!paragraph || room <= 0) break;
    const cut = paragraph.text.length > room;
    const wanted = WINDOW_SENTENCES - window.length;
    // Of a cut text, every sentence but the last is whole: ask for one more than wanted.
    const sentences = splitSentences(
      cut ? paragraph.text.slice(0, room) : paragraph.text,
      locale,
      wanted + 1,
    );
    if (cut && sentences.length <= wanted) sentences.pop();
    for (const text of sentences) {
      if (text.length > MAX_SENTENCE_CHARACTERS) continue;
      if (window.length >= WINDOW_SENTENCES || characters + text.length > WINDOW_CHARACTERS)
        return window;
      window.push({ text, paragraph: index, source: paragraph.source });
      characters += text.length;
    }
    scanned += Math.min(room, paragraph.text.length);
  }
  return window;
}

/**
 * The window's sentences that can be quoted in a summary: datelines cut from their front, and
 * without furniture (credits, captions, calls to click); the window has no overlong runs. Not remembered: the
 * summarizer remembers its summaries, and a heap that keeps less collects faster.
 */
export function summaryCandidates(article: Article): ArticleSentence[] {
  const candidates: ArticleSentence[] = [];
  for (const sentence of windowSentences(article)) {
    const text = stripDateline(sentence.text);
    if (!isFurniture(text))
      candidates.push(text === sentence.text ? sentence : { ...sentence, text });
  }
  return candidates;
}
