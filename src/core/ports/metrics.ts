/**
 * What Briefly counts, for operators (README, "Health, readiness and metrics"). The core and the
 * adapters report through the Metrics port; src/ops/ exports it in Prometheus format. Every label
 * takes a small, fixed set of values (command names, outcomes, platforms): never a chat id or a URL.
 */
export const METRIC_CATALOG = {
  briefly_commands_total: {
    type: 'counter',
    help: 'Commands answered, by command (unknown names count as "unknown") and outcome (answer, usage, refusal, error).',
    labels: ['command', 'outcome'],
  },
  briefly_command_duration_seconds: {
    type: 'histogram',
    help: 'Time from a command arriving at the dispatcher to its reply being ready.',
    labels: ['command'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  },
  briefly_digests_total: {
    type: 'counter',
    help: 'Digest deliveries by outcome (sent, empty, failed, skipped, unknown, gone) and kind (scheduled, manual).',
    labels: ['outcome', 'kind'],
  },
  briefly_ledger_claims_total: {
    type: 'counter',
    help: "Delivery ledger claims: claimed (a new slot), taken_over (a retry, or a dead process's claim or send), busy (another owner holds it).",
    labels: ['result'],
  },
  briefly_outbound_queue_depth: {
    type: 'gauge',
    help: "Messages waiting or being sent in the platform's outbound queue.",
    labels: ['platform'],
  },
  briefly_outbound_wait_seconds: {
    type: 'histogram',
    help: "Time a message waited in the platform's outbound queue before its send began (Discord: until Discord answered, rate-limit waits included).",
    labels: ['platform'],
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120, 300],
  },
  briefly_platform_rate_limited_total: {
    type: 'counter',
    help: 'Rate-limit answers (HTTP 429) from the platform.',
    labels: ['platform'],
  },
  briefly_platform_retries_total: {
    type: 'counter',
    help: 'Sends tried again after a failure (server or network errors, Telegram HTML resent as text).',
    labels: ['platform'],
  },
  briefly_discord_shards_held: {
    type: 'gauge',
    help: "Discord gateway shards this process holds (the fleet's shards are divided among its processes).",
    labels: [],
  },
  briefly_feed_fetches_total: {
    type: 'counter',
    help: 'Feed reads by outcome: 200 (read and parsed), 304 (not modified), error, refused (address or URL not allowed).',
    labels: ['outcome'],
  },
  briefly_feed_items_found_total: {
    type: 'counter',
    help: 'Items found in feeds read (every item of every document read).',
    labels: [],
  },
  briefly_articles: {
    type: 'gauge',
    help: 'Articles held (files and feed items).',
    labels: [],
  },
  briefly_summaries_computed_total: {
    type: 'counter',
    help: 'Summaries computed, by method (extractive, model).',
    labels: ['method'],
  },
  briefly_summary_cache_hits_total: {
    type: 'counter',
    help: 'Summaries served from the cache, by method (extractive, model).',
    labels: ['method'],
  },
} as const;

type Catalog = typeof METRIC_CATALOG;
export type MetricName = keyof Catalog;
type NamesOf<T extends string> = {
  [K in MetricName]: Catalog[K]['type'] extends T ? K : never;
}[MetricName];
export type CounterName = NamesOf<'counter'>;
export type HistogramName = NamesOf<'histogram'>;
export type GaugeName = NamesOf<'gauge'>;
/** The labels a metric takes, each with its value. */
export type LabelsOf<N extends MetricName> = Readonly<Record<Catalog[N]['labels'][number], string>>;

/** Where the core and adapters report what they did. One instance per process. */
export interface Metrics {
  /** Adds `by` (default 1) to a counter. */
  increment<N extends CounterName>(name: N, labels: LabelsOf<N>, by?: number): void;
  /** Records one observation (seconds for durations) in a histogram. */
  observe<N extends HistogramName>(name: N, labels: LabelsOf<N>, value: number): void;
  /** A gauge read when metrics are collected; readings with the same labels are summed. */
  gauge<N extends GaugeName>(
    name: N,
    labels: LabelsOf<N>,
    read: () => number | Promise<number>,
  ): void;
}

/** Metrics that go nowhere (the default where nothing is exported, tests that do not look). */
export const noMetrics: Metrics = {
  increment: () => undefined,
  observe: () => undefined,
  gauge: () => undefined,
};
