import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { MemoryArticleStore } from '../src/storage/articles/memory-article-store.js';
import { silentLogger } from '../src/core/ports/logger.js';
import { createFeedHttp } from '../src/feeds/feed-http.js';
import { FeedPoller } from '../src/feeds/feed-poller.js';
import { createLimiter } from '../src/core/async/limiter.js';
import { htmlToParagraphs } from '../src/feeds/html-paragraphs.js';
import { MemoryFeedStore } from '../src/feeds/memory-feed-store.js';
import { parseFeedDocument } from '../src/feeds/parse-feed.js';
import { anyAddress } from '../src/feeds/safe-address.js';
import { rssDocument, type ItemSpec } from '../tests/support/feed-documents.js';
import { createRandom } from './lib/generate.js';
import { megabytes, peakRssMb, printTable } from './lib/table.js';

/** Parsing 1,000 feed documents of 50 items; 200 feeds polled through a loopback server answering 304. */
const DOCUMENTS = Number(process.env.BENCH_DOCS ?? 1000);
const ITEMS = 50;
const FEEDS = 200;
const ROUNDS = 5;

const random = createRandom(11);
const words =
  'harbour council tunnel ferry vote budget school river rail energy market court'.split(' ');
const sentence = () =>
  `${Array.from({ length: 14 }, () => words[Math.floor(random() * words.length)]).join(' ')}.`;
function items(doc: number): ItemSpec[] {
  return Array.from({ length: ITEMS }, (_, i) => ({
    title: `Story ${doc}-${i}: ${sentence()}`,
    link: `https://news${doc % 50}.example/story/${doc}/${i}?utm_source=rss`,
    guid: `urn:story:${doc}:${i}`,
    date: new Date(Date.UTC(2026, 10, 26, 12) - i * 600_000),
    categories: ['news', words[i % words.length] ?? 'misc'],
    description: sentence(),
    content: `<p>${sentence()} ${sentence()} ${sentence()}</p><p>${sentence()} &amp; ${sentence()}</p><img src="https://pixel.example/p.gif" width="1" height="1"><p>${sentence()} ${sentence()}</p>`,
  }));
}

// Documents are made one at a time (not timed), so peak memory is the parser's, not the corpus's.
const rssBefore = peakRssMb();
let bytes = 0;
let parsedItems = 0;
let paragraphs = 0;
let parseMs = 0;
let cleanMs = 0;
for (let d = 0; d < DOCUMENTS; d++) {
  const document = rssDocument({ title: `Feed ${d}` }, items(d));
  bytes += Buffer.byteLength(document);
  let started = performance.now();
  const result = parseFeedDocument(document, 'https://feeds.example/feed');
  parseMs += performance.now() - started;
  if (!result.ok) continue;
  parsedItems += result.feed.items.length;
  started = performance.now();
  for (const item of result.feed.items)
    paragraphs += htmlToParagraphs(item.contentHtml ?? '').length;
  cleanMs += performance.now() - started;
}
cleanMs += parseMs;
if (parsedItems !== DOCUMENTS * ITEMS || paragraphs === 0)
  throw new Error('parse benchmark went wrong');

printTable(
  `Parsing ${DOCUMENTS.toLocaleString('en')} RSS documents of ${ITEMS} items (${megabytes(bytes)} MB of XML)`,
  [
    {
      step: 'feedsmith + dates + links',
      'total s': parseMs / 1000,
      'items/s': Math.round(parsedItems / (parseMs / 1000)),
      'docs/s': Math.round(DOCUMENTS / (parseMs / 1000)),
    },
    {
      step: '… + HTML content to paragraphs',
      'total s': cleanMs / 1000,
      'items/s': Math.round(parsedItems / (cleanMs / 1000)),
      'docs/s': Math.round(DOCUMENTS / (cleanMs / 1000)),
    },
  ],
);
global.gc?.();
console.log(
  `\npeak RSS: ${rssBefore} MB before parsing, ${peakRssMb()} MB after (V8 lets garbage pile up while memory is plentiful); heap in use after GC: ${megabytes(process.memoryUsage().heapUsed)} MB`,
);

// The server runs in its own process, so that this process's CPU time is the poller's alone.
const serverCode = `
const http = require('node:http');
const body = ${JSON.stringify(rssDocument({ title: 'Polled feed' }, items(0).slice(0, 20)))};
http.createServer((req, res) => {
  if (req.headers['if-none-match'] === '"v1"') { res.writeHead(304, { etag: '"v1"' }); res.end(); return; }
  res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' }); res.end(body);
}).listen(0, '127.0.0.1', function () { console.log(this.address().port); });`;
const server = spawn(process.execPath, ['-e', serverCode], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const [portLine] = (await once(server.stdout, 'data')) as [Buffer];
const port = Number(portLine.toString().trim());

let now = Date.UTC(2026, 10, 26, 12);
const clock = { now: () => new Date(now) };
// No name is resolved: the feeds are on 127.0.0.1, and nothing may leave the machine.
const http = createFeedHttp({
  policy: anyAddress,
  lookup: (hostname, _options, callback) =>
    callback(Object.assign(new Error(`not resolved: ${hostname}`), { code: 'ENOTFOUND' }), '', 0),
});
const poller = new FeedPoller({
  store: new MemoryFeedStore(),
  index: new MemoryArticleStore(),
  http,
  // Every feed on its own host name would be the real case; one loopback host with the default per-host limit of 2 would measure the limiter, so allow 8.
  limiter: createLimiter({ perKey: 8, total: 8 }),
  clock,
  logger: silentLogger,
  notify: () => Promise.resolve(),
});
for (let f = 0; f < FEEDS; f++) poller.track(`http://127.0.0.1:${port}/feed/${f}.xml`);
await poller.runDue(); // first read: 200 with an ETag (the items are full text: no page is fetched)

const rows = [];
for (let round = 1; round <= ROUNDS; round++) {
  now += 15 * 60_000;
  const cpu = process.cpuUsage();
  const wall = performance.now();
  await poller.runDue();
  const ms = performance.now() - wall;
  const used = process.cpuUsage(cpu);
  rows.push({
    round,
    requests: FEEDS,
    'wall ms': Math.round(ms),
    'requests/s': Math.round(FEEDS / (ms / 1000)),
    'CPU ms (user+sys)': Math.round((used.user + used.system) / 1000),
    'CPU µs/request': Math.round((used.user + used.system) / FEEDS),
  });
}
printTable(
  `${FEEDS} feeds polled over loopback, every answer 304 Not Modified (poller side only)`,
  rows,
);
await http.close();
server.kill();
