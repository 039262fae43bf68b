import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import type { Agent, fetch as undiciFetch } from 'undici';
import { decodeBody } from './decode-body.js';
import { credentialsOf, MALFORMED_CREDENTIALS } from './feed-url.js';
import { describeNetworkError, failure, seconds, type HttpFailure } from './http-failure.js';
import { PrivateAddressError, type AddressPolicy } from './safe-address.js';
import { userAgent } from './user-agent.js';

export const MAX_RESPONSE_BYTES = 5 * 1024 * 1024;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** A complete answer with a body. */
export interface HttpBody {
  readonly kind: 'body';
  /** Where the body came from, after redirects. */
  readonly url: string;
  readonly text: string;
  readonly contentType?: string | undefined;
  readonly etag?: string | undefined;
  readonly lastModified?: string | undefined;
  /** Cache-Control max-age, in seconds. */
  readonly maxAgeSeconds?: number | undefined;
}

export interface HttpNotModified {
  readonly kind: 'not-modified';
  readonly url: string;
  readonly maxAgeSeconds?: number | undefined;
}

export type HttpOutcome = HttpBody | HttpNotModified | HttpFailure;

export interface HttpRequest {
  readonly accept: string;
  readonly etag?: string | undefined;
  readonly lastModified?: string | undefined;
}

/** The subset of fetch this module uses (undici's fetch by default; tests may pass another). */
export type FetchFunction = typeof undiciFetch;

export interface FeedHttpOptions {
  /** Which resolved addresses may be connected to (see FEEDS_ALLOW_PRIVATE). */
  readonly policy: AddressPolicy;
  readonly maxBytes?: number;
  /** Whole request, redirects and body included. */
  readonly timeoutMs?: number;
  readonly connectTimeoutMs?: number;
  readonly maxRedirects?: number;
  /** DNS resolution (tests map names to addresses with it). */
  readonly lookup?: LookupFunction;
  readonly fetch?: FetchFunction;
  readonly userAgent?: string;
}

/** Fetches feeds and pages politely and safely; one instance holds one connection pool. */
export interface FeedHttp {
  get(url: string, request: HttpRequest): Promise<HttpOutcome>;
  /**
   * Ends every read under way, and refuses new ones, with the failure 'stopped': a feed server
   * that never answers must not hold a stopping bot past its deadline.
   */
  abort(): void;
  close(): Promise<void>;
}

/**
 * Only http and https. Every host, the first and each redirect's, is resolved and every address it
 * resolves to must pass the policy; the connection then goes to the address that was checked (the
 * check runs inside the connection's own DNS lookup, so a second, different answer cannot slip in).
 * At most 5 redirects, a total timeout, a size cap enforced while streaming, conditional requests.
 */
export function createFeedHttp(options: FeedHttpOptions): FeedHttp {
  const maxBytes = options.maxBytes ?? MAX_RESPONSE_BYTES;
  const timeoutMs = options.timeoutMs ?? 20_000;
  const maxRedirects = options.maxRedirects ?? 5;
  // undici is loaded at the first read, not at the start: loading it costs about 0.3 s of CPU,
  // which a bot without feeds never needs to spend.
  let client: Promise<{ agent: Agent; fetch: FetchFunction }> | undefined;
  const connect = () =>
    (client ??= import('undici').then((undici) => ({
      fetch: options.fetch ?? undici.fetch,
      agent: new undici.Agent({
        connect: {
          timeout: options.connectTimeoutMs ?? 10_000,
          lookup: guardedLookup(options.lookup ?? dnsLookup, options.policy),
        },
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
        connections: 4,
      }),
    })));
  const agentHeader = options.userAgent ?? userAgent();
  const stopping = new AbortController();
  const stopped = () => failure('stopped', 'the bot is stopping');
  const isStopping = () => stopping.signal.aborted;

  async function get(url: string, request: HttpRequest): Promise<HttpOutcome> {
    let current: URL;
    try {
      current = new URL(url);
    } catch {
      return failure('bad-url', 'the URL is not valid');
    }
    const credentials = credentialsOf(current);
    if (credentials === 'malformed') return failure('bad-url', MALFORMED_CREDENTIALS);
    const authorization = credentials && basicAuth(credentials);
    const origin = current.origin;
    if (isStopping()) return stopped();
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    const signal = AbortSignal.any([controller.signal, stopping.signal]);
    try {
      const { agent, fetch } = await connect();
      for (let hop = 0; ; hop++) {
        const refused = checkUrl(current, options.policy);
        if (refused) return refused;
        const target = new URL(current);
        target.username = '';
        target.password = '';
        const headers: Record<string, string> = {
          'user-agent': agentHeader,
          accept: request.accept,
        };
        if (request.etag) headers['if-none-match'] = request.etag;
        if (request.lastModified) headers['if-modified-since'] = request.lastModified;
        if (authorization && current.origin === origin) headers.authorization = authorization;
        const response = await fetch(target.href, {
          headers,
          redirect: 'manual',
          signal,
          dispatcher: agent,
        });
        if (REDIRECTS.has(response.status)) {
          await response.body?.cancel();
          const location = response.headers.get('location');
          if (!location)
            return failure('http-status', `HTTP ${response.status} without a Location`, {
              status: response.status,
            });
          if (hop >= maxRedirects)
            return failure('too-many-redirects', `more than ${maxRedirects} redirects`);
          current = new URL(location, current);
          continue;
        }
        const maxAgeSeconds = maxAge(response.headers.get('cache-control'));
        if (response.status === 304) {
          await response.body?.cancel();
          return { kind: 'not-modified', url: current.href, maxAgeSeconds };
        }
        if (!response.ok) {
          await response.body?.cancel();
          return failure(
            'http-status',
            `the server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
            {
              status: response.status,
              retryAfterSeconds: retryAfter(response.headers.get('retry-after')),
            },
          );
        }
        const declared = Number(response.headers.get('content-length') ?? NaN);
        if (declared > maxBytes) {
          await response.body?.cancel();
          return tooLarge(maxBytes);
        }
        const bytes = await readCapped(response.body, maxBytes);
        if (!bytes) return tooLarge(maxBytes);
        const contentType = response.headers.get('content-type') ?? undefined;
        return {
          kind: 'body',
          url: current.href,
          text: decodeBody(bytes, contentType),
          contentType,
          etag: response.headers.get('etag') ?? undefined,
          lastModified: response.headers.get('last-modified') ?? undefined,
          maxAgeSeconds,
        };
      }
    } catch (error) {
      if (isStopping()) return stopped();
      if (controller.signal.aborted)
        return failure('timeout', `no complete answer within ${seconds(timeoutMs)}`);
      return describeNetworkError(error, current.hostname, timeoutMs);
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    get,
    abort: () => stopping.abort(),
    close: async () => {
      if (client) await (await client).agent.close();
    },
  };
}

/** Refuses other schemes and literal addresses the policy forbids (they skip DNS lookup). */
function checkUrl(url: URL, policy: AddressPolicy): HttpFailure | undefined {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return failure('bad-url', `refused: a redirect to a ${url.protocol} address`);
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && !policy(host)) {
    return failure(
      'private-address',
      `refused: ${new PrivateAddressError(host, host).message} (FEEDS_ALLOW_PRIVATE is off)`,
    );
  }
  return undefined;
}

/** A lookup that resolves every address of a host and fails unless all pass the policy. */
function guardedLookup(lookup: LookupFunction, policy: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    lookup(hostname, { ...options, all: true }, (error, result) => {
      if (error) {
        callback(error, '', 0);
        return;
      }
      const addresses: LookupAddress[] = Array.isArray(result) ? result : [];
      const refused = addresses.find((a) => !policy(a.address));
      if (refused) {
        callback(new PrivateAddressError(hostname, refused.address), '', 0);
        return;
      }
      const first = addresses[0];
      if (!first) {
        callback(
          Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }),
          '',
          0,
        );
        return;
      }
      if (options.all) (callback as (e: null, a: LookupAddress[]) => void)(null, addresses);
      else callback(null, first.address, first.family);
    });
  };
}

/** The body, or undefined as soon as it grows past the cap (leaving the loop cancels the stream). */
async function readCapped(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<Uint8Array | undefined> {
  if (!body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.byteLength;
    if (size > maxBytes) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function tooLarge(maxBytes: number): HttpFailure {
  return failure('too-large', `the answer is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`);
}

function basicAuth(credentials: { user: string; password: string }): string {
  const pair = `${credentials.user}:${credentials.password}`;
  return `Basic ${Buffer.from(pair).toString('base64')}`;
}

function maxAge(header: string | null): number | undefined {
  const match = header ? /(?:^|,)\s*(?:s-)?max-age\s*=\s*"?(\d+)/i.exec(header) : null;
  return match?.[1] ? Number(match[1]) : undefined;
}

/** Retry-After in seconds, from seconds or an HTTP date. */
export function retryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\s*\d+\s*$/.test(header)) return Number(header);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.round((date - now) / 1000));
}
