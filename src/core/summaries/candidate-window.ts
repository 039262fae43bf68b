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
 * what a 2,000-word one does. Only the text inside the window is ever segmented.
 */

/** At most this many sentences (furniture included) are read: about an 800-word story. */
export const WINDOW_SENTENCES = 40;
/** At most this many characters are segmented (40 long sentences; about 2,000 words). */
export const WINDOW_CHARACTERS = 12_000;
/** Longer "sentences" are lists, tables or text without punctuation: never a summary sentence. */
export const MAX_SENTENCE_CHARACTERS = MAX_SENTENCE_CHARS;

/** The first sentences of the article, cut at the window, in order, however long the article is. */
export function windowSentences(article: Article): ArticleSentence[] {
  const window: ArticleSentence[] = [];
  const locale = articleToolkit(article).segmenterLocale;
  let characters = 0;
  for (let index = 0; index < article.paragraphs.length; index++) {
    const paragraph = article.paragraphs[index];
    const room = WINDOW_CHARACTERS - characters;
    if (!paragraph || room <= 0 || window.length >= WINDOW_SENTENCES) break;
    const cut = paragraph.text.length > room;
    const wanted = WINDOW_SENTENCES - window.length;
    let sentences: string[];
    if (!cut) sentences = splitSentences(paragraph.text, locale, wanted);
    else {
      // Of a cut text, every sentence but the last is whole: ask for one more than wanted.
      sentences = splitSentences(paragraph.text.slice(0, room), locale, wanted + 1);
      if (sentences.length > wanted) sentences.length = wanted;
      else sentences.pop();
    }
    for (const text of sentences) {
      if (window.length >= WINDOW_SENTENCES) break;
      window.push({ text, paragraph: index, source: paragraph.source });
    }
    characters += Math.min(room, paragraph.text.length);
  }
  return window;
}

/**
 * The window's sentences that can be quoted in a summary: datelines cut from their front, and
 * without furniture (credits, captions, calls to click) or overlong runs. Not remembered: the
 * summarizer remembers its summaries, and a heap that keeps less collects faster.
 */
export function summaryCandidates(article: Article): ArticleSentence[] {
  return windowSentences(article).flatMap((sentence) => {
    const text = stripDateline(sentence.text);
    return isFurniture(text) || text.length > MAX_SENTENCE_CHARACTERS
      ? []
      : [{ ...sentence, text }];
  });
}
