import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Clock } from '../../core/ports/clock.js';
import type { Logger } from '../../core/ports/logger.js';
import type { PanelUser } from '../../core/ports/panel-store.js';
import type { DiscordOAuth } from '../auth/discord-oauth.js';
import { verifyInitData, verifyLoginWidget } from '../auth/telegram-login.js';
import { signInPage, type SignInOptions } from '../pages/sign-in-page.js';
import { channelPath, isChannelPath } from '../../core/ports/panel-places.js';
import { pageTranslator, SESSION_LOCALE } from '../page-language.js';
import { FRAMED, type CookieReply, type PanelContext } from '../request-context.js';
import { csrfMatches } from '../sessions.js';

export interface AuthDeps {
  readonly context: PanelContext;
  readonly discord?: DiscordOAuth | undefined;
  readonly telegramToken?: string | undefined;
  readonly signIn: Omit<SignInOptions, 'problem' | 't'>;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Per client address and minute. */
  readonly attemptsPerMinute: number;
}

/** Sign-in with Discord (OAuth2 + PKCE), the Telegram Login Widget and Mini App initData; sign-out. */
export function authRoutes(app: FastifyInstance, deps: AuthDeps): void {
  const { context, logger } = deps;
  const limited = { config: { rateLimit: { max: deps.attemptsPerMinute, timeWindow: 60_000 } } };
  const refuse = (request: FastifyRequest, why: string) => {
    const t = pageTranslator(undefined, request.headers);
    return signInPage({ ...deps.signIn, t, problem: t.t('panel.signInRefused', { reason: why }) });
  };
  const signedIn = async (
    reply: CookieReply,
    user: PanelUser,
    locale: string | undefined,
    secrets: Record<string, string>,
    replacing?: Awaited<ReturnType<PanelContext['session']>>,
    framed = false,
  ) => {
    const started = await context.sessions.start(
      user,
      locale ? { ...secrets, [SESSION_LOCALE]: locale } : secrets,
      replacing,
    );
    context.setSessionCookie(reply, started.token, started.maxAgeSeconds, framed);
    logger.info({ platform: user.platform, user: user.id }, 'control panel sign-in');
  };

  app.get('/auth/discord', limited, async (request, reply) => {
    const discord = deps.discord;
    if (!discord)
      return reply.code(404).type('text/html').send(refuse(request, 'Discord sign-in is off'));
    const pending = discord.begin();
    const started = await context.sessions.start(
      undefined,
      { state: pending.state, verifier: pending.verifier },
      await context.session(request),
    );
    context.setSessionCookie(reply, started.token, started.maxAgeSeconds);
    return reply.redirect(pending.url, 303);
  });

  app.get<{ Querystring: Record<string, string | undefined> }>(
    '/auth/discord/callback',
    limited,
    async (request, reply) => {
      const discord = deps.discord;
      const pending = await context.session(request);
      const { code, state, error } = request.query;
      const html = (why: string) => reply.code(400).type('text/html').send(refuse(request, why));
      if (!discord) return html('Discord sign-in is off');
      if (error) return html(`Discord said ${error}`);
      const expected = pending?.secrets.state;
      if (!pending || !expected || typeof state !== 'string' || state !== expected)
        return html('the sign-in did not start here, or took too long');
      if (!code) return html('Discord sent no code');
      const token = await discord.exchange(code, pending.secrets.verifier ?? '');
      if (!token.ok) return html(token.reason);
      const user = await discord.user(token.value.accessToken);
      if (!user.ok) return html(user.reason);
      await signedIn(
        reply,
        user.value.user,
        user.value.locale,
        { accessToken: token.value.accessToken },
        pending,
      );
      return reply.redirect('/', 303);
    },
  );

  app.get<{ Querystring: Record<string, string> }>(
    '/auth/telegram',
    limited,
    async (request, reply) => {
      if (!deps.telegramToken)
        return reply.code(404).type('text/html').send(refuse(request, 'Telegram sign-in is off'));
      // A login_url button (from /digest in a group) adds the page to return to; Telegram signs
      // only its own fields.
      const { next, ...fields } = request.query;
      const checked = verifyLoginWidget(fields, deps.telegramToken, deps.clock.now());
      if (!checked.ok)
        return reply.code(401).type('text/html').send(refuse(request, checked.reason));
      await signedIn(reply, checked.user, undefined, {}, await context.session(request));
      return reply.redirect(next !== undefined && isChannelPath(next) ? next : '/', 303);
    },
  );

  app.post<{ Body: { initData?: unknown; next?: unknown } }>(
    '/auth/telegram/webapp',
    limited,
    async (request, reply) => {
      if (!deps.telegramToken) return reply.code(404).send({ ok: false, reason: 'off' });
      const initData = request.body.initData;
      if (typeof initData !== 'string' || initData.length > 8192)
        return reply.code(400).send({ ok: false, reason: 'no initData' });
      const checked = verifyInitData(initData, deps.telegramToken, deps.clock.now());
      if (!checked.ok) return reply.code(401).send({ ok: false, reason: checked.reason });
      await signedIn(
        reply,
        checked.user,
        checked.languageCode,
        { [FRAMED]: '1' },
        await context.session(request),
        true,
      );
      // A Mini App opened from /digest's button names the chat's page; from a direct link
      // (t.me/<bot>/<app>?startapp=<chat id>), start_param carries the chat.
      const asked = request.body.next;
      const next =
        typeof asked === 'string' && isChannelPath(asked)
          ? asked
          : /^-?\d{1,16}(?:_\d{1,12})?$/.test(checked.startParam ?? '')
            ? channelPath({
                platform: 'telegram',
                id: (checked.startParam ?? '').replace('_', ':'),
              })
            : '/';
      return reply.send({ ok: true, next });
    },
  );

  app.post<{ Body: { _csrf?: unknown } }>('/auth/logout', async (request, reply) => {
    const session = await context.session(request);
    if (session && csrfMatches(session, request.body._csrf)) {
      await context.sessions.end(session);
      context.places.forget(session);
    }
    context.clearSessionCookie(reply, session);
    return reply.redirect('/', 303);
  });
}
