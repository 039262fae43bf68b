import type { LookupFunction } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeedHttp, type FeedHttp } from '../../src/feeds/feed-http.js';
import { addressPolicy, isPublicAddress } from '../../src/feeds/safe-address.js';
import {
  huge,
  redirect,
  send,
  slow,
  startFixtureServer,
  withEtag,
  type FixtureServer,
} from '../support/fixture-server.js';

const ACCEPT = 'application/rss+xml';
const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>';

/** Test DNS: *.feed.test is the loopback server, internal.test is a private address. */
const lookup: LookupFunction = (hostname, _options, callback) => {
  const address =
    hostname === 'internal.test'
      ? '10.0.0.1'
      : hostname === 'metadata.test'
        ? '169.254.169.254'
        : '127.0.0.1';
  if (!hostname.endsWith('.test')) {
    callback(
      Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }),
      '',
      0,
    );
    return;
  }
  (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [
    { address, family: 4 },
  ]);
};
/** The production policy, except that the test server's own address is allowed. */
const loopbackServerOnly = (address: string) => address === '127.0.0.1' || isPublicAddress(address);

let server: FixtureServer;
let http: FeedHttp;
beforeAll(async () => {
  server = await startFixtureServer({
    '/feed.xml': send(RSS, { 'cache-control': 'public, max-age=600' }),
    '/latin1.xml': send(
      Buffer.concat([
        Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Caf'),
        Buffer.from([0xe9]),
        Buffer.from('</title></channel></rss>'),
      ]),
      { 'content-type': 'text/xml' },
    ),
    '/etag.xml': withEtag(RSS, '"v1"'),
    '/500': send('oops', {}, 500),
    '/503': send('busy', { 'retry-after': '120' }, 503),
    '/hop1': redirect('/hop2', 301),
    '/hop2': redirect('/feed.xml', 308),
    '/loop': redirect('/loop'),
    '/to-private': redirect('http://internal.test/feed.xml'),
    '/to-metadata-ip': redirect('http://169.254.169.254/latest/meta-data/'),
    '/to-file': redirect('file:///etc/passwd'),
    '/big': huge(10 * 1024 * 1024),
    '/slow': slow(5_000),
    '/auth': (request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end(request.headers.authorization ?? 'none');
    },
  });
  http = createFeedHttp({ policy: loopbackServerOnly, lookup, timeoutMs: 1_500 });
});
afterAll(async () => {
  await http.close();
  await server.close();
});

const on = (path: string) => `http://site.feed.test:${server.port}${path}`;

describe('createFeedHttp', () => {
  it('fetches a body with the bot’s User-Agent and reads Cache-Control', async () => {
    const result = await http.get(on('/feed.xml'), { accept: ACCEPT });
    expect(result).toMatchObject({ kind: 'body', text: RSS, maxAgeSeconds: 600 });
    const seen = server.requests.at(-1);
    expect(seen?.headers['user-agent']).toMatch(/^Briefly\/\d+\.\d+\.\d+ \(/);
    expect(seen?.headers.accept).toBe(ACCEPT);
  });

  it('decodes the charset the XML declaration names', async () => {
    const result = await http.get(on('/latin1.xml'), { accept: ACCEPT });
    expect(result.kind === 'body' && result.text).toContain('<title>Café</title>');
  });

  it('sends validators and reports 304 Not Modified', async () => {
    const first = await http.get(on('/etag.xml'), { accept: ACCEPT });
    expect(first).toMatchObject({ kind: 'body', etag: '"v1"' });
    const second = await http.get(on('/etag.xml'), {
      accept: ACCEPT,
      etag: '"v1"',
      lastModified: 'Wed, 25 Nov 2026 09:00:00 GMT',
    });
    expect(second.kind).toBe('not-modified');
    expect(server.requests.at(-1)?.headers['if-modified-since']).toBe(
      'Wed, 25 Nov 2026 09:00:00 GMT',
    );
  });

  it('reports an HTTP error status, with Retry-After', async () => {
    expect(await http.get(on('/500'), { accept: ACCEPT })).toMatchObject({
      failure: 'http-status',
      status: 500,
      message: 'the server answered HTTP 500 Internal Server Error',
    });
    expect(await http.get(on('/503'), { accept: ACCEPT })).toMatchObject({
      status: 503,
      retryAfterSeconds: 120,
    });
    expect(await http.get(on('/missing'), { accept: ACCEPT })).toMatchObject({
      message: 'the server answered HTTP 404 Not Found',
    });
  });

  it('follows redirects and tells where the body came from', async () => {
    const result = await http.get(on('/hop1'), { accept: ACCEPT });
    expect(result).toMatchObject({ kind: 'body', url: on('/feed.xml') });
  });

  it('stops after 5 redirects', async () => {
    const before = server.count('/loop');
    expect(await http.get(on('/loop'), { accept: ACCEPT })).toMatchObject({
      failure: 'too-many-redirects',
    });
    expect(server.count('/loop') - before).toBe(6);
  });

  it('refuses a redirect to a host that resolves to a private address, without connecting', async () => {
    const result = await http.get(on('/to-private'), { accept: ACCEPT });
    expect(result).toMatchObject({
      failure: 'private-address',
      message:
        'refused: internal.test resolves to 10.0.0.1, a private or internal address (FEEDS_ALLOW_PRIVATE is off)',
    });
  });

  it('refuses a redirect to a literal link-local address and to file:', async () => {
    expect(await http.get(on('/to-metadata-ip'), { accept: ACCEPT })).toMatchObject({
      failure: 'private-address',
      message: expect.stringContaining('169.254.169.254 is a private or internal address'),
    });
    expect(await http.get(on('/to-file'), { accept: ACCEPT })).toMatchObject({
      failure: 'bad-url',
    });
  });

  it('refuses the loopback server itself under the production policy', async () => {
    const strict = createFeedHttp({ policy: addressPolicy(false) });
    try {
      expect(await strict.get(server.url('/feed.xml'), { accept: ACCEPT })).toMatchObject({
        failure: 'private-address',
      });
      expect(
        await strict.get(`http://[::ffff:127.0.0.1]:${server.port}/feed.xml`, { accept: ACCEPT }),
      ).toMatchObject({
        failure: 'private-address',
      });
      const localhost = await strict.get(`http://localhost:${server.port}/feed.xml`, {
        accept: ACCEPT,
      });
      expect(localhost).toMatchObject({
        failure: 'private-address',
        message: expect.stringMatching(/^refused: localhost resolves to (127\.0\.0\.1|::1)/),
      });
    } finally {
      await strict.close();
    }
    const before = server.requests.length;
    expect(await http.get('http://metadata.test/', { accept: ACCEPT })).toMatchObject({
      failure: 'private-address',
    });
    expect(server.requests.length).toBe(before);
  });

  it('gives up on a 10 MB answer at the 5 MB cap', async () => {
    expect(await http.get(on('/big'), { accept: ACCEPT })).toMatchObject({
      failure: 'too-large',
      message: 'the answer is larger than 5 MB',
    });
  });

  it('times out on a server that does not finish', async () => {
    const started = Date.now();
    expect(await http.get(on('/slow'), { accept: ACCEPT })).toMatchObject({ failure: 'timeout' });
    expect(Date.now() - started).toBeLessThan(4_500);
  });

  it('says when a name does not resolve or nothing listens', async () => {
    expect(await http.get('http://nowhere.invalid/feed', { accept: ACCEPT })).toMatchObject({
      failure: 'dns',
      message: 'the host name nowhere.invalid does not resolve',
    });
    const closed = await startFixtureServer();
    await closed.close();
    const local = createFeedHttp({ policy: addressPolicy(true) });
    try {
      expect(await local.get(closed.url('/x'), { accept: ACCEPT })).toMatchObject({
        failure: 'refused',
      });
    } finally {
      await local.close();
    }
  });

  it('sends URL credentials as Basic authorization', async () => {
    const result = await http.get(`http://user:p%40ss@site.feed.test:${server.port}/auth`, {
      accept: ACCEPT,
    });
    expect(result.kind === 'body' && result.text).toBe(
      `Basic ${Buffer.from('user:p@ss').toString('base64')}`,
    );
  });

  it('answers a user name with a bad %-escape with a bad-URL failure, not a crash', async () => {
    const before = server.count('/auth');
    const result = await http.get(`http://%zz:x@site.feed.test:${server.port}/auth`, {
      accept: ACCEPT,
    });
    expect(result).toMatchObject({
      kind: 'failure',
      failure: 'bad-url',
      message:
        'the user name or password in the URL has a % that is not followed by two hex digits',
    });
    expect(server.count('/auth')).toBe(before);
  });
});
