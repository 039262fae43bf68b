import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ChatRef } from '../core/ports/chat-memory.js';
import type { WebSession } from '../core/ports/panel-store.js';
import { LruCache } from '../core/lru-cache.js';
import type { Notice } from './pages/channel-page.js';
import type { ChannelAccess, ModeratedPlaces } from './places.js';
import { csrfMatches, SESSION_COOKIE, type Sessions } from './sessions.js';
import { layout } from './pages/layout.js';
import { html } from './html.js';
import { TEXT } from './text.js';

/** The part of a reply that sets cookies (any route's reply has it). */
export interface CookieReply {
  setCookie(name: string, value: string, options: CookieSerializeOptions): unknown;
  clearCookie(name: string, options: CookieSerializeOptions): unknown;
}

/** What the routes share: sessions, access checks, one-shot notices and the cookie's settings. */
export class PanelContext {
  /** A notice shown once on the page a change redirects to (post/redirect/get). */
  private readonly notices = new LruCache<string, Notice>(10_000);

  constructor(
    readonly sessions: Sessions,
    readonly places: ModeratedPlaces,
    readonly secureCookies: boolean,
  ) {}

  session(request: FastifyRequest): Promise<WebSession | undefined> {
    return this.sessions.read(request.cookies[SESSION_COOKIE]);
  }

  setSessionCookie(reply: CookieReply, token: string, maxAgeSeconds: number): void {
    reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      secure: this.secureCookies,
      sameSite: 'lax',
      path: '/',
      maxAge: maxAgeSeconds,
    });
  }

  clearSessionCookie(reply: CookieReply): void {
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  notify(session: WebSession, notice: Notice): void {
    this.notices.set(session.id, notice);
  }

  takeNotice(session: WebSession): Notice | undefined {
    const notice = this.notices.get(session.id);
    if (notice) this.notices.delete(session.id);
    return notice;
  }

  /**
   * The signed-in session and the channel a request names, or undefined after answering: a visitor
   * is sent to sign in, a change without the session's CSRF token is refused (403), and a channel
   * the user does not moderate now is answered 404 (the same as one that does not exist).
   */
  async channel(
    request: FastifyRequest<{ Params: { platform: string; id: string } }>,
    reply: FastifyReply,
    change: boolean,
  ): Promise<{ session: WebSession; access: ChannelAccess } | undefined> {
    const session = await this.session(request);
    if (!session?.user) {
      await reply.redirect('/', 303);
      return undefined;
    }
    if (
      change &&
      !csrfMatches(session, (request.body as Record<string, unknown> | undefined)?._csrf)
    ) {
      await reply.code(403).type('text/html').send(page(TEXT.forbidden, session));
      return undefined;
    }
    const chat: ChatRef = { platform: request.params.platform, id: request.params.id };
    const access = await this.places.access(session, chat);
    if (!access) {
      await reply
        .code(404)
        .type('text/html')
        .send(page(TEXT.notYours, session, await this.places.of(session)));
      return undefined;
    }
    return { session, access };
  }
}

/** A page with one message (refusals, errors). */
export function page(
  message: string,
  session?: WebSession,
  places?: Awaited<ReturnType<ModeratedPlaces['of']>>,
): string {
  return layout({
    title: message,
    session,
    places,
    main: html`<p role="alert" class="notice error">${message}</p>
      <p><a href="/">Back to the panel</a></p>`,
  });
}
