import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import {
  METRIC_CATALOG,
  type CounterName,
  type GaugeName,
  type HistogramName,
  type MetricName,
  type Metrics,
} from '../core/ports/metrics.js';

/**
 * A guard behind the catalog's promise of bounded labels: past this many label sets a metric folds
 * new ones into "other", so a bug that passed an id as a label cannot grow the scrape without bound.
 */
const MAX_SERIES_PER_METRIC = 500;

type Labels = Readonly<Record<string, string>>;

export interface PromMetrics extends Metrics {
  readonly registry: Registry;
  /** The Prometheus text exposition of every metric, and its content type. */
  render(): Promise<{ readonly body: string; readonly contentType: string }>;
}

/**
 * The Metrics port over prom-client: Briefly's own metrics from the catalog plus the process and
 * Node defaults (CPU, memory, heap, event-loop lag, handles, GC), in a registry of its own.
 */
export function createPromMetrics(options: { readonly defaults?: boolean } = {}): PromMetrics {
  const registry = new Registry();
  if (options.defaults ?? true) collectDefaultMetrics({ register: registry });
  const readers = new Map<MetricName, { labels: Labels; read: () => number | Promise<number> }[]>();
  const seen = new Map<MetricName, Set<string>>();
  const counters = new Map<MetricName, Counter>();
  const histograms = new Map<MetricName, Histogram>();

  for (const [name, spec] of Object.entries(METRIC_CATALOG) as [
    MetricName,
    (typeof METRIC_CATALOG)[MetricName],
  ][]) {
    const common = { name, help: spec.help, labelNames: [...spec.labels], registers: [registry] };
    if (spec.type === 'counter') counters.set(name, new Counter(common));
    else if (spec.type === 'histogram')
      histograms.set(name, new Histogram({ ...common, buckets: [...spec.buckets] }));
    else
      new Gauge({
        ...common,
        // prom-client awaits an async collect: a reading may ask the database (articles held).
        async collect() {
          this.reset();
          for (const { labels, read } of readers.get(name) ?? []) {
            const value = await safeRead(read);
            if (value !== undefined) this.inc(labels, value);
          }
        },
      });
  }

  /** The labels as given, or "other" in every value once the metric has too many label sets. */
  function bounded(name: MetricName, labels: Labels): Labels {
    const key = JSON.stringify(labels);
    let keys = seen.get(name);
    if (!keys) seen.set(name, (keys = new Set()));
    if (keys.has(key)) return labels;
    if (keys.size < MAX_SERIES_PER_METRIC) {
      keys.add(key);
      return labels;
    }
    return Object.fromEntries(Object.keys(labels).map((label) => [label, 'other']));
  }

  return {
    registry,
    increment(name: CounterName, labels: Labels, by = 1) {
      counters.get(name)?.inc(bounded(name, labels), by);
    },
    observe(name: HistogramName, labels: Labels, value: number) {
      histograms.get(name)?.observe(bounded(name, labels), value);
    },
    gauge(name: GaugeName, labels: Labels, read: () => number | Promise<number>) {
      let list = readers.get(name);
      if (!list) readers.set(name, (list = []));
      list.push({ labels, read });
    },
    async render() {
      return { body: await registry.metrics(), contentType: registry.contentType };
    },
  };
}

async function safeRead(read: () => number | Promise<number>): Promise<number | undefined> {
  try {
    const value = await read();
    return Number.isFinite(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
