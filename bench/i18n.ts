import { DigestComposer } from '../src/core/digests/compose-digest.js';
import { FilterService } from '../src/core/filters/filter-service.js';
import { catalogue } from '../src/core/i18n/catalogue.js';
import { SUPPORTED_LOCALES } from '../src/core/i18n/locales.js';
import type { Translator } from '../src/core/i18n/translator.js';
import { noFeeds } from '../src/core/ports/feed-service.js';
import { silentLogger } from '../src/core/ports/logger.js';
import { createExtractiveSummarizer } from '../src/core/summaries/extractive-summarizer.js';
import { parsePlainText } from '../src/article-files/parse-plain-text.js';
import { MemoryArticleStore } from '../src/storage/articles/memory-article-store.js';
import { openStorage } from '../src/storage/open-storage.js';
import { createRandom, plainTextArticle } from './lib/generate.js';
import { peakRssMb, printTable, quantile } from './lib/table.js';

/**
 * What the catalogue costs a digest: composing the same digests (20 stories over 2,000 articles,
 * summaries warm, as in a fan-out where stories repeat) in each language, against a "no catalogue"
 * baseline whose words are constants (the least any wording can cost; Intl dates are in both).
 */
const ROUNDS = Number(process.argv[2] ?? 300);
const now = new Date('2026-11-26T08:00:00Z');
const random = createRandom(17);
const articles = new MemoryArticleStore();
for (let i = 0; i < 2000; i++) {
  const parsed = parsePlainText(plainTextArticle(random, i, 300));
  if (!parsed.ok) continue;
  articles.putNow(`a${i}`, {
    ...parsed.article,
    publisher: `Publisher ${i % 40}`,
    publishedAt: new Date(now.getTime() - random() * 20 * 3_600_000),
    origin: { kind: 'file', path: `a${i}.txt` },
  });
}
const storage = await openStorage('sqlite::memory:', silentLogger);
const composer = new DigestComposer({
  store: storage.digests,
  articles,
  feeds: noFeeds,
  filters: new FilterService(storage.filters, noFeeds, { now: () => now }),
  summarizer: createExtractiveSummarizer(),
  logger: silentLogger,
});
const settings = {
  chat: { platform: 'bench', id: 'c' },
  enabled: true,
  minuteOfDay: 480,
  days: [0, 1, 2, 3, 4, 5, 6],
  timezone: 'Europe/Berlin',
  size: 20,
  topics: [],
  active: true,
  scheduleFrom: now,
  updatedAt: now,
};

const english = catalogue.translator('en');
/** Words as constants: what string concatenation cost before the catalogue, at most. */
const constant: Translator = { ...english, t: (key) => key, rich: (key) => [key] };

/** Rounds interleave the languages, so warming up and machine load fall on all of them alike. */
async function measure(translators: readonly Translator[]): Promise<number[][]> {
  const times = translators.map((): number[] => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, t] of translators.entries()) {
      const started = performance.now();
      await composer.compose(settings, now, t);
      times[i]?.push(performance.now() - started);
    }
  }
  return times;
}

const probe = await composer.compose(settings, now, english);
console.log(`stories per digest: ${probe.storyCount}`);
const translators = [constant, ...SUPPORTED_LOCALES.map((locale) => catalogue.translator(locale))];
await measure(translators); // warm: summaries, clusters, compiled messages, JIT
const [baseline = [], ...perLanguage] = await measure(translators);
const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const base = mean(baseline);
const rows = [
  {
    language: 'no catalogue (constants)',
    'mean ms': base,
    'p50 ms': quantile(baseline, 0.5),
    'p99 ms': quantile(baseline, 0.99),
    'mean vs baseline': '—',
    'p50 vs baseline': '—',
  },
];
const baseP50 = quantile(baseline, 0.5);
SUPPORTED_LOCALES.forEach((locale, i) => {
  const times = perLanguage[i] ?? [];
  rows.push({
    language: locale,
    'mean ms': mean(times),
    'p50 ms': quantile(times, 0.5),
    'p99 ms': quantile(times, 0.99),
    'mean vs baseline': `${(((mean(times) - base) / base) * 100).toFixed(1)} %`,
    'p50 vs baseline': `${(((quantile(times, 0.5) - baseP50) / baseP50) * 100).toFixed(1)} %`,
  });
});
printTable(`Digest compose per language (20 stories, ${ROUNDS} rounds each, interleaved)`, rows);
console.log(`\npeak RSS ${peakRssMb()} MB`);
await storage.close();
