import type { Article } from '../articles/article.js';
import type { ArticleSentence } from '../articles/sentences-of.js';
import { splitSentences } from '../text/sentences.js';
import { isFurniture, stripDateline } from './furniture.js';

/**
 * The sentences a summary may pick from: the article's first sentences, up to a cap. News puts
 * the story first, so the cap costs no quality (see README, Summaries), and it bounds the cost of
 * any article the loaders accept: past the cap, a 1 MiB article or one of 100,000 sentences costs
 * what a 2,000-word one does. Only the text inside the window is ever segmented.
 */

/** At most this many sentences (furniture included) are read: about a 1,500-word article. */
export const WINDOW_SENTENCES = 80;
/** At most this many characters of text are segmented: about 2,000 words. */
export const WINDOW_CHARACTERS = 12_000;
/** Longer "sentences" are lists, tables or text without punctuation: never a summary sentence. */
export const MAX_SENTENCE_CHARACTERS = 1_500;

/** The first sentences of the article, cut at the window, in order, however long the article is. */
export function windowSentences(article: Article): ArticleSentence[] {
  const window: ArticleSentence[] = [];
  let characters = 0;
  for (let index = 0; index < article.paragraphs.length; index++) {
    const paragraph = article.paragraphs[index];
    const room = WINDOW_CHARACTERS - characters;
    if (!paragraph || room <= 0 || window.length >= WINDOW_SENTENCES) break;
    const cut = paragraph.text.length > room;
    const sentences = splitSentences(cut ? paragraph.text.slice(0, room) : paragraph.text);
    if (cut) sentences.pop(); // the last one was cut short
    for (const text of sentences) {
      if (window.length >= WINDOW_SENTENCES) break;
      window.push({ text, paragraph: index, source: paragraph.source });
    }
    characters += Math.min(room, paragraph.text.length);
  }
  return window;
}

const candidatesOf = new WeakMap<Article, readonly ArticleSentence[]>();

/**
 * The window's sentences that can be quoted in a summary: datelines cut from their front, and
 * without furniture (credits, captions, calls to click) or overlong runs. Remembered per article.
 */
export function summaryCandidates(article: Article): readonly ArticleSentence[] {
  let candidates = candidatesOf.get(article);
  if (!candidates) {
    candidates = windowSentences(article).flatMap((sentence) => {
      const text = stripDateline(sentence.text);
      return isFurniture(text) || text.length > MAX_SENTENCE_CHARACTERS
        ? []
        : [{ ...sentence, text }];
    });
    candidatesOf.set(article, candidates);
  }
  return candidates;
}
