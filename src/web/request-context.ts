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
import type { Translator } from '../core/i18n/translator.js';
import { pageTranslator } from './page-language.js';

/** A session's secret that marks a Mini App sign-in (its cookie is set for a framed page). */
export const FRAMED = 'framed';

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

  /**
   * The session cookie: HttpOnly, Secure over https, SameSite=Lax. A Mini App session (`framed`)
   * served over https is SameSite=None; Partitioned instead: Telegram's web clients show the Mini
   * App in a frame of their own site, where browsers send no SameSite=Lax cookie, and Partitioned
   * (CHIPS) keeps the cookie to the panel framed by that site, so browsers that block other
   * third-party cookies still keep it. Changes stay protected by the session's CSRF token.
   */
  setSessionCookie(reply: CookieReply, token: string, maxAgeSeconds: number, framed = false): void {
    const crossSite = framed && this.secureCookies;
    reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      secure: this.secureCookies,
      sameSite: crossSite ? 'none' : 'lax',
      ...(crossSite ? { partitioned: true } : {}),
      path: '/',
      maxAge: maxAgeSeconds,
    });
  }

  /** Clears the cookie as it was set (a Mini App's partitioned cookie needs its own attributes). */
  clearSessionCookie(reply: CookieReply, session?: WebSession): void {
    const framed = session?.secrets[FRAMED] === '1' && this.secureCookies;
    reply.clearCookie(
      SESSION_COOKIE,
      framed ? { path: '/', secure: true, sameSite: 'none', partitioned: true } : { path: '/' },
    );
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
  ): Promise<{ session: WebSession; access: ChannelAccess; t: Translator } | undefined> {
    const session = await this.session(request);
    const t = pageTranslator(session, request.headers);
    if (!session?.user) {
      await reply.redirect('/', 303);
      return undefined;
    }
    if (
      change &&
      !csrfMatches(session, (request.body as Record<string, unknown> | undefined)?._csrf)
    ) {
      await reply
        .code(403)
        .type('text/html')
        .send(page(t, t.t('panel.forbidden'), session));
      return undefined;
    }
    const chat: ChatRef = { platform: request.params.platform, id: request.params.id };
    const access = await this.places.access(session, chat);
    if (!access) {
      await reply
        .code(404)
        .type('text/html')
        .send(page(t, t.t('panel.notYours'), session, await this.places.of(session)));
      return undefined;
    }
    return { session, access, t };
  }
}

/** A page with one message (refusals, errors). */
export function page(
  t: Translator,
  message: string,
  session?: WebSession,
  places?: Awaited<ReturnType<ModeratedPlaces['of']>>,
): string {
  return layout({
    t,
    title: message,
    session,
    places,
    main: html`<p role="alert" class="notice error">${message}</p>
      <p><a href="/">${t.t('panel.back')}</a></p>`,
  });
}
