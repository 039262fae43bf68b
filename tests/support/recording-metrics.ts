import type { Metrics } from '../../src/core/ports/metrics.js';

/** A Metrics that keeps what it was told: counters summed per name and labels, observations listed. */
export class RecordingMetrics implements Metrics {
  readonly counters = new Map<string, number>();
  readonly observations: { name: string; labels: Record<string, string>; value: number }[] = [];
  readonly gauges: {
    name: string;
    labels: Record<string, string>;
    read: () => number | Promise<number>;
  }[] = [];

  increment(name: string, labels: Record<string, string>, by = 1): void {
    const key = RecordingMetrics.key(name, labels);
    this.counters.set(key, (this.counters.get(key) ?? 0) + by);
  }

  observe(name: string, labels: Record<string, string>, value: number): void {
    this.observations.push({ name, labels, value });
  }

  gauge(name: string, labels: Record<string, string>, read: () => number | Promise<number>): void {
    this.gauges.push({ name, labels, read });
  }

  /** A counter's value: `count('briefly_commands_total', { command: 'news', outcome: 'answer' })`. */
  count(name: string, labels: Record<string, string> = {}): number {
    return this.counters.get(RecordingMetrics.key(name, labels)) ?? 0;
  }

  /** The sum of a gauge's readings with these labels, read now. */
  read(name: string, labels: Record<string, string> = {}): number {
    return this.gauges
      .filter(
        (g) =>
          g.name === name &&
          RecordingMetrics.key(name, g.labels) === RecordingMetrics.key(name, labels),
      )
      .reduce((sum, g) => {
        const value = g.read();
        if (typeof value !== 'number') throw new Error(`${name} is read asynchronously`);
        return sum + value;
      }, 0);
  }

  private static key(name: string, labels: Record<string, string>): string {
    const sorted = Object.keys(labels)
      .sort()
      .map((k) => `${k}=${labels[k]}`);
    return `${name}{${sorted.join(',')}}`;
  }
}
