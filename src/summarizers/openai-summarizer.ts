import { createHash } from 'node:crypto';
import type { Article } from '../core/articles/article.js';
import type { Logger } from '../core/ports/logger.js';
import { noMetrics, type Metrics } from '../core/ports/metrics.js';
import type { Summarizer, Summary, SummarySentence } from '../core/summaries/summarizer.js';
import { splitSentences } from '../core/text/sentences.js';
import { words } from '../core/text/terms.js';
import {
  ModelCallError,
  type ChatCompletionsClient,
  type ChatMessage,
} from './chat-completions.js';
import { groundSentence } from './grounding.js';
import { LruCache } from '../core/lru-cache.js';
import { windowSentences } from '../core/summaries/candidate-window.js';

export interface ModelSummarizerOptions {
  readonly client: ChatCompletionsClient;
  /** Part of the cache key: a different model may write a different summary. */
  readonly model: string;
  /** The extractive pick the model rewrites, and the fallback. */
  readonly extractive: (article: Article, count: number) => SummarySentence[];
  readonly logger: Logger;
  /** Share of a written sentence's content words that must be in the article (default 0.7). */
  readonly groundingThreshold?: number;
  /** Summaries kept (default 1,000). */
  readonly cacheSize?: number;
  /** After a timeout or error, how long the fallback is served before the model is asked again. */
  readonly retryAfterMs?: number;
  readonly now?: () => number;
  readonly metrics?: Metrics | undefined;
}

/** Why the model's answer was not used; thrown inside, logged, never shown to users. */
class Rejected extends Error {
  override readonly name = 'Rejected';
}

interface CacheEntry {
  readonly summary: Promise<Summary>;
  /** Set when the entry is a fallback after a failed call, which is retried later. */
  expiresAt?: number;
}

const SYSTEM_PROMPT = (count: number) =>
  [
    'You condense news summaries.',
    `Rewrite the numbered sentences from a news article as at most ${count} short sentences that keep the main facts.`,
    'Use only facts stated in those sentences and add nothing; keep names and numbers exactly as written.',
    'Answer with the sentences only, one per line, without numbering, bullets or an introduction.',
  ].join(' ');

/**
 * A summarizer that has a model (any OpenAI-compatible chat-completions server) rewrite the
 * extractive pick into a shorter summary, and uses it only when every sentence is grounded in
 * the article. Anything else (a sentence not grounded, too many or too long sentences, a timeout,
 * an HTTP or format error) falls back to the extractive summary, and the reason is logged.
 * Answers are cached per article content, sentence count and model; concurrent requests for the
 * same article share one call.
 */
export function createModelSummarizer(options: ModelSummarizerOptions): Summarizer {
  const threshold = options.groundingThreshold ?? 0.7;
  const retryAfterMs = options.retryAfterMs ?? 60_000;
  const now = options.now ?? Date.now;
  const cache = new LruCache<string, CacheEntry>(options.cacheSize ?? 1000);
  const metrics = options.metrics ?? noMetrics;

  async function summarizeOnce(article: Article, count: number, entry: { failed: boolean }) {
    const pick = options.extractive(article, count);
    const fallback = (reason: string): Summary => {
      options.logger.warn(
        { article: article.id, reason },
        'model summary not used; serving the extractive summary',
      );
      return { method: 'extractive', sentences: pick };
    };
    if (pick.length === 0) return { method: 'extractive', sentences: pick } satisfies Summary;
    try {
      const answer = await options.client.complete(prompt(article, pick, count), 90 * count);
      return { method: 'model', sentences: check(answer, article, pick, count) } satisfies Summary;
    } catch (error) {
      if (error instanceof ModelCallError) {
        entry.failed = true;
        return fallback(error.message);
      }
      if (error instanceof Rejected) return fallback(error.message);
      entry.failed = true;
      return fallback(error instanceof Error ? error.message : String(error));
    }
  }

  function check(
    answer: string,
    article: Article,
    pick: readonly SummarySentence[],
    count: number,
  ): SummarySentence[] {
    const written = answer
      .split('\n')
      .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').trim())
      .filter((line) => line !== '')
      .flatMap((line) => splitSentences(line));
    if (written.length > count)
      throw new Rejected(`${written.length} sentences where at most ${count} were asked for`);
    const pickWords = pick.reduce((n, s) => n + words(s.text).length, 0);
    const writtenWords = written.reduce((n, s) => n + words(s).length, 0);
    if (writtenWords > pickWords)
      throw new Rejected(
        `${writtenWords} words, longer than the ${pickWords} of the extractive pick`,
      );
    // The model saw sentences of the window only; grounding there keeps the cost bounded too.
    const articleSentences = windowSentences(article);
    return written.map((text) => {
      const grounding = groundSentence(text, articleSentences, threshold);
      if (!grounding.ok) throw new Rejected(`a sentence is not grounded: ${grounding.reason}`);
      return grounding.sentence;
    });
  }

  return {
    summarize(article, count) {
      const key = `${contentHash(article)}:${count}:${options.model}`;
      const cached = cache.get(key);
      if (cached && (cached.expiresAt === undefined || cached.expiresAt > now())) {
        metrics.increment('briefly_summary_cache_hits_total', { method: 'model' });
        return cached.summary;
      }
      const state = { failed: false };
      const entry: CacheEntry = {
        summary: summarizeOnce(article, count, state).then((summary) => {
          if (state.failed) entry.expiresAt = now() + retryAfterMs;
          metrics.increment('briefly_summaries_computed_total', { method: summary.method });
          return summary;
        }),
      };
      cache.set(key, entry);
      return entry.summary;
    },
  };
}

function prompt(article: Article, pick: readonly SummarySentence[], count: number): ChatMessage[] {
  const numbered = pick.map((s, i) => `${i + 1}. ${s.text}`).join('\n');
  const title = article.title ? `Title: ${article.title}\n\n` : '';
  return [
    { role: 'system', content: SYSTEM_PROMPT(count) },
    { role: 'user', content: `${title}Sentences:\n${numbered}` },
  ];
}

/** The article's id and content, hashed: an edited article is summarized again. */
function contentHash(article: Article): string {
  const hash = createHash('sha256').update(article.id).update('\u0000').update(article.title);
  for (const paragraph of article.paragraphs)
    hash
      .update('\u0000')
      .update(paragraph.text)
      .update('\u0001')
      .update(paragraph.source ?? '');
  return hash.digest('base64url');
}
