import type { AppConfig } from '../config.js';
import type { Logger } from '../core/ports/logger.js';
import type { Metrics } from '../core/ports/metrics.js';
import {
  createExtractiveSummarizer,
  pickSentences,
} from '../core/summaries/extractive-summarizer.js';
import type { Summarizer } from '../core/summaries/summarizer.js';
import { createChatCompletionsClient } from './chat-completions.js';
import { createModelSummarizer } from './openai-summarizer.js';

export interface SummarizerDependencies {
  readonly fetch?: typeof fetch | undefined;
  /** Where summaries computed and cache hits are counted. */
  readonly metrics?: Metrics | undefined;
}

/**
 * The summarizer the configuration asks for: `/summary`, digests and `npm run summarize` all use
 * this one, so they give the same summaries.
 */
export function createSummarizer(
  config: AppConfig,
  logger: Logger,
  dependencies: SummarizerDependencies = {},
): Summarizer {
  if (config.SUMMARIZER !== 'openai' || !config.OPENAI_BASE_URL || !config.OPENAI_MODEL)
    return createExtractiveSummarizer(undefined, dependencies.metrics);
  const client = createChatCompletionsClient({
    baseUrl: config.OPENAI_BASE_URL,
    apiKey: config.OPENAI_API_KEY,
    model: config.OPENAI_MODEL,
    timeoutMs: config.OPENAI_TIMEOUT_SECONDS * 1000,
    fetch: dependencies.fetch,
  });
  return createModelSummarizer({
    client,
    model: config.OPENAI_MODEL,
    extractive: (article, count) => pickSentences(article, count),
    logger: logger.child({ part: 'summarizer' }),
    metrics: dependencies.metrics,
  });
}
