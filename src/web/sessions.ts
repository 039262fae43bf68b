import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { PanelStore, PanelUser, WebSession } from '../core/ports/panel-store.js';
import type { Clock } from '../core/ports/clock.js';

export const SESSION_COOKIE = 'briefly_session';
/** A signed-in session lasts a week; a sign-in under way (Discord's round trip) ten minutes. */
const SESSION_TTL_MS = 7 * 86_400_000;
const PENDING_TTL_MS = 10 * 60_000;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
const randomToken = () => randomBytes(32).toString('base64url');

/**
 * Sessions in the database: the cookie carries a random token, the store its SHA-256. Every
 * sign-in starts a new session (the old one is deleted), so a token planted before sign-in is
 * worth nothing after it.
 */
export class Sessions {
  constructor(
    private readonly store: PanelStore,
    private readonly clock: Clock,
  ) {}

  /** The session a cookie names, if it exists and has not expired. */
  async read(token: string | undefined): Promise<WebSession | undefined> {
    if (!token || !/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
    return this.store.getSession(hashOf(token), this.clock.now());
  }

  /** Starts a session; returns the cookie's token (the only place it exists unhashed). */
  async start(
    user: PanelUser | undefined,
    secrets: Readonly<Record<string, string>>,
    replacing?: WebSession,
  ): Promise<{ token: string; session: WebSession; maxAgeSeconds: number }> {
    if (replacing) await this.store.deleteSession(replacing.id);
    const token = randomToken();
    const now = this.clock.now();
    const ttl = user ? SESSION_TTL_MS : PENDING_TTL_MS;
    const session: WebSession = {
      id: hashOf(token),
      user,
      csrf: randomToken(),
      secrets,
      createdAt: now,
      expiresAt: new Date(now.getTime() + ttl),
    };
    await this.store.saveSession(session);
    // Expired sessions are swept now and then, on sign-in, rather than by a timer.
    await this.store.deleteExpiredSessions(now);
    return { token, session, maxAgeSeconds: Math.floor(ttl / 1000) };
  }

  end(session: WebSession): Promise<void> {
    return this.store.deleteSession(session.id);
  }
}

/** Whether a submitted anti-forgery token is the session's (compared in constant time). */
export function csrfMatches(session: WebSession, submitted: unknown): boolean {
  if (typeof submitted !== 'string' || submitted.length !== session.csrf.length) return false;
  return timingSafeEqual(Buffer.from(submitted), Buffer.from(session.csrf));
}
