import type { ArticleStore } from '../ports/article-store.js';
import type { Clock } from '../ports/clock.js';
import type { DigestStore } from '../ports/digest-store.js';
import type { FeedService } from '../ports/feed-service.js';
import type { Logger } from '../ports/logger.js';
import type { Metrics } from '../ports/metrics.js';
import type { FilterService } from '../filters/filter-service.js';
import type { Summarizer } from '../summaries/summarizer.js';
import type { DeliveryResult } from './deliver-digest.js';
import type { DigestDefaults } from './digest-settings.js';

/** What DigestService is built from (its own file: the service is long enough). */
export interface DigestServiceOptions {
  readonly store: DigestStore;
  readonly articles: ArticleStore;
  readonly feeds: FeedService;
  readonly filters: FilterService;
  readonly summarizer: Summarizer;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly defaults: DigestDefaults;
  readonly catchUpMinutes: number;
  /** Identifies this process in the ledger. */
  readonly owner: string;
  readonly metrics?: Metrics | undefined;
  /** How long a claim of a process that died holds its slot (default and most: 2 minutes). */
  readonly claimLeaseMs?: number | undefined;
  /** This process's claim holder id now (ClaimHolder, fleets): its claims outlive it no longer. */
  readonly holder?: (() => string | undefined) | undefined;
}

export interface RunReport {
  readonly due: number;
  readonly results: Readonly<Record<DeliveryResult, number>>;
}
