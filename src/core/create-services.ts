import type { ArticleStore } from './ports/article-store.js';
import type { Services } from './commands/define-command.js';
import { DigestService } from './digests/digest-service.js';
import type { DigestDefaults } from './digests/digest-settings.js';
import { createMemoryChatMemory } from './ports/chat-memory.js';
import type { Clock } from './ports/clock.js';
import type { DigestStore } from './ports/digest-store.js';
import type { FilterStore } from './ports/filter-store.js';
import { FilterService } from './filters/filter-service.js';
import { noFeeds, type FeedService } from './ports/feed-service.js';
import type { Logger } from './ports/logger.js';
import type { Metrics } from './ports/metrics.js';
import type { Summarizer } from './summaries/summarizer.js';

export interface ServiceDependencies {
  readonly articles: ArticleStore;
  readonly summarizer: Summarizer;
  /** The feeds channels read (default: none). */
  readonly feeds?: FeedService;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly digestStore: DigestStore;
  readonly filterStore: FilterStore;
  readonly digestDefaults: DigestDefaults;
  readonly catchUpMinutes: number;
  /** Identifies this process in the delivery ledger. */
  readonly owner: string;
  /** Where digests are counted (default: nowhere). */
  readonly metrics?: Metrics | undefined;
  /** How long a dead process's digest claims hold their slots (at most the default 2 minutes). */
  readonly claimLeaseMs?: number | undefined;
  /** This process's digest claim holder id now (fleets on PostgreSQL; see ClaimHolder). */
  readonly claimHolder?: (() => string | undefined) | undefined;
}

/** Wires the services commands use from their dependencies (app.ts, tests and benchmarks alike). */
export function createServices(deps: ServiceDependencies): Services {
  const feeds = deps.feeds ?? noFeeds;
  const filters = new FilterService(deps.filterStore, feeds, deps.clock);
  return {
    articles: deps.articles,
    summarizer: deps.summarizer,
    feeds,
    chatMemory: createMemoryChatMemory(),
    clock: deps.clock,
    logger: deps.logger,
    filters,
    digests: new DigestService({
      store: deps.digestStore,
      articles: deps.articles,
      feeds,
      filters,
      summarizer: deps.summarizer,
      clock: deps.clock,
      logger: deps.logger.child({ part: 'digests' }),
      defaults: deps.digestDefaults,
      catchUpMinutes: deps.catchUpMinutes,
      owner: deps.owner,
      metrics: deps.metrics,
      claimLeaseMs: deps.claimLeaseMs,
      holder: deps.claimHolder,
    }),
  };
}
