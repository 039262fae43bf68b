import { PrivateAddressError } from './safe-address.js';

export type FailureKind =
  | 'bad-url'
  | 'private-address'
  | 'dns'
  | 'refused'
  | 'timeout'
  | 'tls'
  | 'http-status'
  | 'too-large'
  | 'too-many-redirects'
  | 'network'
  /** The bot is stopping: reads under way were ended (nothing is wrong with the feed). */
  | 'stopped';

/** Why a request failed, in words that complete "could not read the feed: …". */
export interface HttpFailure {
  readonly kind: 'failure';
  readonly failure: FailureKind;
  readonly message: string;
  readonly status?: number | undefined;
  /** Retry-After of a 429 or 503, in seconds. */
  readonly retryAfterSeconds?: number | undefined;
}

export function failure(
  kind: FailureKind,
  message: string,
  extra: { status?: number; retryAfterSeconds?: number | undefined } = {},
): HttpFailure {
  return { kind: 'failure', failure: kind, message, ...extra };
}

/** Turns what fetch threw into a failure that says what went wrong. */
export function describeNetworkError(error: unknown, host: string, timeoutMs: number): HttpFailure {
  for (let cause: unknown = error, depth = 0; cause && depth < 5; depth++) {
    if (cause instanceof PrivateAddressError) {
      return failure('private-address', `refused: ${cause.message} (FEEDS_ALLOW_PRIVATE is off)`);
    }
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string') {
      const known = byCode(code, host, timeoutMs);
      if (known) return known;
    }
    cause = (cause as { cause?: unknown }).cause;
  }
  const message = deepestMessage(error);
  if (/bad port/i.test(message))
    return failure('bad-url', 'that port is not allowed for web requests');
  return failure('network', `the request failed (${message})`);
}

function deepestMessage(error: unknown): string {
  let message = error instanceof Error ? error.message : String(error);
  for (let cause: unknown = error, depth = 0; cause instanceof Error && depth < 5; depth++) {
    if (cause.message) message = cause.message;
    cause = cause.cause;
  }
  return message;
}

function byCode(code: string, host: string, timeoutMs: number): HttpFailure | undefined {
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_NODATA':
      return failure('dns', `the host name ${host} does not resolve`);
    case 'ECONNREFUSED':
      return failure('refused', `${host} refused the connection`);
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return failure('network', `${host} closed the connection`);
    case 'UND_ERR_CONNECT_TIMEOUT':
    case 'ETIMEDOUT':
      return failure('timeout', `${host} did not accept a connection in time`);
    case 'UND_ERR_HEADERS_TIMEOUT':
    case 'UND_ERR_BODY_TIMEOUT':
      return failure('timeout', `no complete answer within ${seconds(timeoutMs)}`);
  }
  if (/CERT|SSL|TLS|SELF_SIGNED/i.test(code)) {
    return failure('tls', `the secure connection to ${host} failed (${code})`);
  }
  return undefined;
}

export function seconds(ms: number): string {
  const s = Math.round(ms / 100) / 10;
  return s === 1 ? '1 second' : `${s} seconds`;
}
