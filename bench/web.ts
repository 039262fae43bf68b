import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePlainText } from '../src/article-files/parse-plain-text.js';
import { MemoryArticleStore } from '../src/storage/articles/memory-article-store.js';
import { silentLogger } from '../src/core/ports/logger.js';
import { systemClock } from '../src/core/ports/clock.js';
import type { BotGuild } from '../src/core/ports/panel-places.js';
import { openStorage } from '../src/storage/open-storage.js';
import { Sessions, SESSION_COOKIE } from '../src/web/sessions.js';
import { startWeb } from '../src/web/start-web.js';
import { launchChromium } from '../tests/web/support/browser.js';
import { createRandom, plainTextArticle } from './lib/generate.js';
import { peakRssMb, printTable, quantile } from './lib/table.js';
import { benchServices } from './lib/bench-services.js';

/**
 * The control panel under load: a moderator of 50 Discord servers with 20 channels each loads a
 * channel's page (first byte and whole page over HTTP; DOMContentLoaded in headless Chromium), and
 * pages through a delivery log of 10,000 rows.
 */
const SERVERS = 50;
const CHANNELS = 20;
const LOG_ROWS = 10_000;
const REQUESTS = 300;
const BROWSER_LOADS = 60;

const dir = mkdtempSync(join(tmpdir(), 'briefly-bench-web-'));
const storage = await openStorage(`sqlite:${join(dir, 'bench.db')}`, silentLogger);
const articles = new MemoryArticleStore();
const random = createRandom(11);
for (let i = 0; i < 300; i++) {
  const parsed = parsePlainText(plainTextArticle(random, i, 200));
  if (parsed.ok)
    articles.putNow(`a${i}`, {
      ...parsed.article,
      publisher: `Publisher ${i % 20}`,
      tags: ['world'],
      publishedAt: new Date(Date.now() - random() * 20 * 3_600_000),
      origin: { kind: 'file', path: `a${i}.txt` },
    });
}
const services = benchServices(articles, storage, systemClock);

const guilds = new Map<string, BotGuild>();
const listed: { id: string; name: string; permissions: string }[] = [];
for (let g = 0; g < SERVERS; g++) {
  const id = String(200_000_000_000_000_000n + BigInt(g));
  const channels = Array.from({ length: CHANNELS }, (_, c) => ({
    id: String(300_000_000_000_000_000n + BigInt(g * CHANNELS + c)),
    name: `channel-${c}`,
  }));
  guilds.set(id, { id, name: `Server ${g}`, channels });
  listed.push({ id, name: `Server ${g}`, permissions: '32' });
}
const chat = { platform: 'discord', id: guilds.values().next().value?.channels[0]?.id ?? '' };
// The user's server list, as Discord's /users/@me/guilds answers it (asked once per 30 s).
const discordApi = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(listed));
});
await new Promise<void>((resolve) => discordApi.listen(0, '127.0.0.1', resolve));
const apiPort = (discordApi.address() as { port: number }).port;

// 10,000 ledger rows in the last 30 days for the channel (one every ~4 minutes).
const start = Date.now() - 29 * 86_400_000;
for (let i = 0; i < LOG_ROWS; i++) {
  const slot = new Date(start + i * 250_000);
  const key = { chat, slot, kind: 'scheduled' as const };
  await storage.digests.claim({
    ...key,
    owner: 'b',
    now: slot,
    leaseMs: 1,
    resendUnknown: false,
    maxAttempts: 5,
  });
  await storage.digests.update(key, 'b', {
    status: i % 10 === 0 ? 'failed' : 'sent',
    now: slot,
    error: i % 10 === 0 ? 'Missing Access' : undefined,
    articleIds: ['a1', 'a2'],
  });
}

const web = await startWeb(
  {
    port: 0,
    host: '127.0.0.1',
    services,
    store: storage.panel,
    discord: {
      clientId: '100000000000000001',
      clientSecret: 'bench',
      apiUrl: `http://127.0.0.1:${apiPort}/api`,
      guilds: { guild: (id) => Promise.resolve(guilds.get(id)) },
    },
  },
  silentLogger,
);
const { token } = await new Sessions(storage.panel, systemClock).start(
  { platform: 'discord', id: '400000000000000001', name: 'Mod' },
  { accessToken: 'bench-token' },
);
const cookie = `${SESSION_COOKIE}=${token}`;
const pageUrl = `${web.url}/c/discord/${chat.id}`;

async function timed(url: string): Promise<{ firstByte: number; total: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie } });
  const firstByte = performance.now() - started;
  if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
  const bytes = (await response.text()).length;
  return { firstByte, total: performance.now() - started, bytes };
}

const row = (step: string, samples: number[], extra: Record<string, string | number> = {}) => ({
  step,
  n: samples.length,
  'p50 ms': quantile(samples, 0.5),
  'p99 ms': quantile(samples, 0.99),
  'max ms': Math.max(...samples),
  ...extra,
});

for (let i = 0; i < 20; i++) await timed(pageUrl); // warm-up
const loads: { firstByte: number; total: number; bytes: number }[] = [];
for (let i = 0; i < REQUESTS; i++) loads.push(await timed(pageUrl));
const logPages: number[] = [];
const pages = Math.ceil(LOG_ROWS / 25);
for (let i = 0; i < REQUESTS; i++) {
  const page = 1 + Math.floor(random() * pages);
  logPages.push((await timed(`${pageUrl}?log=${page}`)).total);
}
const queries: number[] = [];
for (let i = 0; i < REQUESTS; i++) {
  const page = Math.floor(random() * pages);
  const started = performance.now();
  await services.digests.deliveryLog(chat, {
    since: new Date(start - 1),
    offset: page * 25,
    limit: 25,
  });
  queries.push(performance.now() - started);
}

const browser = await launchChromium();
const context = await browser.newContext();
await context.addCookies([{ name: SESSION_COOKIE, value: token, url: web.url }]);
const tab = await context.newPage();
const domReady: number[] = [];
/** Where the time to DOM ready goes: the answer's first and last byte, then parsing. */
const phases = { firstByte: [] as number[], lastByte: [] as number[], interactive: [] as number[] };
for (let i = 0; i < BROWSER_LOADS + 5; i++) {
  await tab.goto(pageUrl, { waitUntil: 'domcontentloaded' });
  const timing = await tab.evaluate<Record<string, number>>(
    'JSON.parse(JSON.stringify(performance.getEntriesByType("navigation")[0]))',
  );
  if (i < 5) continue;
  domReady.push(timing.domContentLoadedEventEnd ?? NaN);
  phases.firstByte.push(timing.responseStart ?? NaN);
  phases.lastByte.push(timing.responseEnd ?? NaN);
  phases.interactive.push(timing.domInteractive ?? NaN);
}
await browser.close();

printTable(
  `Control panel: a moderator of ${SERVERS} servers × ${CHANNELS} channels; delivery log of ${LOG_ROWS.toLocaleString('en')} rows (SQLite)`,
  [
    row(
      'channel page, first byte (HTTP)',
      loads.map((l) => l.firstByte),
      { KB: Math.round((loads[0]?.bytes ?? 0) / 1024) },
    ),
    row(
      'channel page, whole (HTTP)',
      loads.map((l) => l.total),
      { KB: Math.round((loads[0]?.bytes ?? 0) / 1024) },
    ),
    row('channel page in Chromium: first byte', phases.firstByte, { KB: '-' }),
    row('channel page in Chromium: last byte', phases.lastByte, { KB: '-' }),
    row('channel page in Chromium: DOM interactive', phases.interactive, { KB: '-' }),
    row('channel page, DOM ready (Chromium)', domReady, { KB: '-' }),
    row('delivery log page, whole page (HTTP)', logPages, { KB: '-' }),
    row('delivery log page, query only', queries, { KB: '-' }),
  ],
);
printTable('Memory', [{ 'peak RSS MB': peakRssMb() }]);
await web.close();
discordApi.close();
await storage.close();
rmSync(dir, { recursive: true, force: true });
