import type { ArticleSentence } from '../core/articles/sentences-of.js';
import type { SummarySentence } from '../core/summaries/summarizer.js';
import { contentTerms } from '../core/text/terms.js';

/** How many article sentences one written sentence may draw on. */
const MAX_SUPPORTING = 3;

export type Grounding =
  | { readonly ok: true; readonly sentence: SummarySentence; readonly coverage: number }
  | { readonly ok: false; readonly reason: string };

/** Numbers as written ("6,400", "71%", "2:06:51"), compared without thousands separators. */
const NUMBER = /\d[\d,.:]*\d|\d/g;

function numbersIn(text: string): Set<string> {
  return new Set((text.match(NUMBER) ?? []).map((n) => n.replace(/,/g, '')));
}

/**
 * Checks a model-written sentence against the article: its content words (stemmed, stop words
 * dropped) must be covered, at `threshold` or more, by at most three article sentences, and every
 * number in it must occur in the article. The sentences it draws on give its paragraphs and
 * source, the best-covering one first.
 */
export function groundSentence(
  text: string,
  articleSentences: readonly ArticleSentence[],
  threshold: number,
): Grounding {
  const terms = new Set(contentTerms(text));
  if (terms.size === 0) return { ok: false, reason: `no content words: "${text}"` };
  const articleNumbers = numbersIn(articleSentences.map((s) => s.text).join(' '));
  for (const number of numbersIn(text))
    if (!articleNumbers.has(number))
      return { ok: false, reason: `the number ${number} is not in the article: "${text}"` };

  const termSets = articleSentences.map((s) => new Set(contentTerms(s.text)));
  const uncovered = new Set(terms);
  const chosen: number[] = [];
  while (chosen.length < MAX_SUPPORTING && uncovered.size > 0) {
    let best = -1;
    let bestGain = 0;
    termSets.forEach((set, index) => {
      let gain = 0;
      for (const term of uncovered) if (set.has(term)) gain++;
      if (gain > bestGain) {
        bestGain = gain;
        best = index;
      }
    });
    if (best < 0) break;
    chosen.push(best);
    for (const term of termSets[best] ?? []) uncovered.delete(term);
  }
  const coverage = 1 - uncovered.size / terms.size;
  const main = articleSentences[chosen[0] ?? -1];
  if (!main || coverage < threshold)
    return {
      ok: false,
      reason: `only ${Math.round(coverage * 100)}% of its words are in the article: "${text}"`,
    };
  const paragraphs = [...new Set(chosen.map((i) => articleSentences[i]?.paragraph ?? 0))];
  return {
    ok: true,
    coverage,
    sentence: { text, paragraph: main.paragraph, source: main.source, paragraphs },
  };
}
