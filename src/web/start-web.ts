import { existsSync, readFileSync } from 'node:fs';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Logger } from '../core/ports/logger.js';
import type { PlaceDirectory } from '../core/ports/panel-places.js';
import { DiscordOAuth } from './auth/discord-oauth.js';
import { currentZoneName } from '../core/digests/zoned-time.js';
import { html } from './html.js';
import { channelPath, layout } from './pages/layout.js';
import { signInPage } from './pages/sign-in-page.js';
import { ModeratedPlaces } from './places.js';
import { discordPlaces } from './platforms/discord-places.js';
import { telegramPlaces } from './platforms/telegram-places.js';
import { page, PanelContext } from './request-context.js';
import { authRoutes } from './routes/auth-routes.js';
import { channelRoutes } from './routes/channel-routes.js';
import { Sessions } from './sessions.js';
import { pageTranslator } from './page-language.js';
import type { WebOptions } from './web-options.js';

export interface RunningWeb {
  /** The address it listens on, e.g. http://127.0.0.1:8080. */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** The page's stylesheet and script, read once: beside this module, or in src/ under a dist/ build. */
function asset(name: string): string {
  const here = new URL(`./assets/${name}`, import.meta.url);
  const source = new URL(`../../../src/web/assets/${name}`, import.meta.url);
  return readFileSync(existsSync(here) ? here : source, 'utf8');
}

const ASSETS: Readonly<Record<string, { type: string; body: string }>> = {
  'panel.css': { type: 'text/css; charset=utf-8', body: asset('panel.css') },
  'panel.js': { type: 'text/javascript; charset=utf-8', body: asset('panel.js') },
  // The time-zone suggestions, by their current IANA names ("Asia/Kolkata", not ICU's
  // "Asia/Calcutta"), as /digest timezone stores them; fetched by panel.js, not written in each page.
  'time-zones.json': {
    type: 'application/json; charset=utf-8',
    body: JSON.stringify(['UTC', ...Intl.supportedValuesOf('timeZone').map(currentZoneName)]),
  },
};

/**
 * The moderators' control panel (Fastify): server-rendered pages, Discord and Telegram sign-in,
 * sessions in the database, CSRF tokens on every change, a strict content security policy.
 * Depends on the core's services and ports only.
 */
export async function startWeb(options: WebOptions, logger: Logger): Promise<RunningWeb> {
  const app = await buildWeb(options, logger);
  await app.listen({ port: options.port, host: options.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const url = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`;
  logger.info({ url, publicUrl: options.publicUrl ?? url }, 'control panel listening');
  return { url, port, close: () => app.close() };
}

export async function buildWeb(options: WebOptions, logger: Logger): Promise<FastifyInstance> {
  const { services } = options;
  const publicUrl = (options.publicUrl ?? `http://${options.host}:${options.port}`).replace(
    /\/+$/,
    '',
  );
  const app = Fastify({ logger: false, bodyLimit: 64 * 1024, trustProxy: false });
  await app.register(cookie);
  await app.register(formbody);
  await app.register(rateLimit, { global: false });
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'self'", 'https://telegram.org'],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'https://telegram.org', 'https://t.me'],
        connectSrc: ["'self'"],
        frameSrc: ['https://oauth.telegram.org'],
        formAction: ["'self'"],
        baseUri: ["'none'"],
        // Telegram's web clients show a Mini App in a frame of their own pages.
        frameAncestors: ["'self'", 'https://web.telegram.org'],
      },
    },
    // The Login Widget's popup reports back to its opener.
    crossOriginOpenerPolicy: { policy: 'same-origin-allow-popups' },
    strictTransportSecurity: publicUrl.startsWith('https:'),
    frameguard: false,
  });

  const directories: PlaceDirectory[] = [];
  const discord = options.discord
    ? new DiscordOAuth({
        clientId: options.discord.clientId,
        clientSecret: options.discord.clientSecret,
        apiUrl: options.discord.apiUrl,
        redirectUri: `${publicUrl}/auth/discord/callback`,
      })
    : undefined;
  if (discord && options.discord) directories.push(discordPlaces(discord, options.discord.guilds));
  if (options.telegram) directories.push(telegramPlaces(options.store, options.telegram.admins));
  const context = new PanelContext(
    new Sessions(options.store, services.clock),
    new ModeratedPlaces(directories, services.clock, logger),
    publicUrl.startsWith('https:'),
  );
  const signIn = {
    discord: discord !== undefined,
    telegramBot: options.telegram?.botUsername,
    telegramAuthUrl: `${publicUrl}/auth/telegram`,
  };

  app.setErrorHandler(async (error, request, reply) => {
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if (status < 500) {
      return reply
        .code(status)
        .type('text/html')
        .send(page(pageTranslator(undefined, request.headers), (error as Error).message));
    }
    logger.error({ err: error, url: request.url }, 'control panel request failed');
    const t = pageTranslator(undefined, request.headers);
    return reply
      .code(500)
      .type('text/html')
      .send(page(t, t.t('panel.failed')));
  });
  app.setNotFoundHandler(async (request, reply) => {
    const t = pageTranslator(await context.session(request), request.headers);
    return reply
      .code(404)
      .type('text/html')
      .send(page(t, t.t('panel.noPage')));
  });

  app.get<{ Params: { name: string } }>('/assets/:name', async (request, reply) => {
    const asset = ASSETS[request.params.name];
    if (!asset) return reply.callNotFound();
    return reply.type(asset.type).header('cache-control', 'public, max-age=300').send(asset.body);
  });

  app.get('/', async (request, reply) => {
    const session = await context.session(request);
    const t = pageTranslator(session, request.headers);
    if (!session?.user) return reply.type('text/html').send(signInPage({ ...signIn, t }));
    const places = await context.places.of(session);
    return reply.type('text/html').send(
      layout({
        t,
        title: t.t('panel.places'),
        session,
        places,
        main: html`<h1>${t.t('panel.title')}</h1>
          <p>${t.t('panel.pickChannel')}</p>`,
      }),
    );
  });

  app.get<{ Params: { platform: string; id: string } }>(
    '/p/:platform/:id',
    async (request, reply) => {
      const session = await context.session(request);
      if (!session?.user) return reply.redirect('/', 303);
      const t = pageTranslator(session, request.headers);
      const places = await context.places.of(session);
      const place = places.ok
        ? places.places.find(
            (p) => p.platform === request.params.platform && p.id === request.params.id,
          )
        : undefined;
      if (!place)
        return reply
          .code(404)
          .type('text/html')
          .send(page(t, t.t('panel.placeNotYours'), session, places));
      return reply.type('text/html').send(
        layout({
          t,
          title: place.name,
          session,
          places,
          current: place,
          main: html`<h1>${place.name}</h1>
            <p>${t.t('panel.pickChannel')}</p>
            <ul class="channels">
              ${place.channels.map(
                (c) => html`<li><a href="${channelPath(c.chat)}">${c.name}</a></li>`,
              )}
            </ul>`,
        }),
      );
    },
  );

  authRoutes(app, {
    context,
    discord,
    telegramToken: options.telegram?.botToken,
    signIn,
    clock: services.clock,
    logger,
    attemptsPerMinute: options.loginAttemptsPerMinute ?? 20,
  });
  channelRoutes(app, context, services);
  return app;
}
