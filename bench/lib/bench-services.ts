import { createServices } from '../../src/core/create-services.js';
import type { ArticleStore } from '../../src/core/ports/article-store.js';
import type { Clock } from '../../src/core/ports/clock.js';
import { silentLogger } from '../../src/core/ports/logger.js';
import { createExtractiveSummarizer } from '../../src/core/summaries/extractive-summarizer.js';
import type { Storage } from '../../src/storage/storage.js';

/** The bot's services as the benchmarks run them: silent, digests at 08:00 UTC, owner "bench". */
export function benchServices(articles: ArticleStore, storage: Storage, clock: Clock) {
  return createServices({
    articles,
    summarizer: createExtractiveSummarizer(),
    clock,
    logger: silentLogger,
    digestStore: storage.digests,
    filterStore: storage.filters,
    digestDefaults: { minuteOfDay: 480, timezone: 'UTC', size: 5 },
    catchUpMinutes: 60,
    owner: 'bench',
  });
}
