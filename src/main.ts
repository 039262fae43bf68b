import { startConsole } from './adapters/console/start-console.js';
import type { RunningDiscord } from './adapters/discord/start-discord.js';
import type { RunningAdapter } from './adapters/running-adapter.js';
import type { RunningTelegram } from './adapters/telegram/start-telegram.js';
import { createApp, type App } from './app.js';
import { ContentDirectoryError } from './article-files/list-content.js';
import { loadConfigOrReport, type AppConfig } from './config.js';
import type { Logger } from './core/ports/logger.js';
import { createLogger } from './logger.js';
import { OpsPortError, startOps, type Ops } from './ops/start-ops.js';
import { stopSignals, type StopSignals } from './ops/stop-signals.js';
import { StorageError } from './storage/open-storage.js';
import type { RunningWeb } from './web/start-web.js';

/** Composition root: configuration, the ops server, services, then the adapters the configuration asks for. */
async function main(): Promise<number> {
  const config = loadConfigOrReport();
  if (!config) return 2;
  const logger = createLogger(config.LOG_LEVEL);
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: reason }, 'unhandled promise rejection');
  });
  const stop = stopSignals(logger);
  let ops: Ops;
  try {
    ops = await startOps(config, logger);
  } catch (error) {
    if (!(error instanceof OpsPortError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  try {
    return await run(config, logger, ops, stop);
  } finally {
    await ops.close();
  }
}

async function run(config: AppConfig, logger: Logger, ops: Ops, stop: StopSignals) {
  const { readiness, metrics } = ops;
  let app: App;
  readiness.starting('opening the database, loading articles and feeds');
  try {
    app = await createApp(config, logger, { metrics, stopping: stop.requested });
  } catch (error) {
    // What the operator must fix before a start can work: one line, exit code 2.
    if (!(error instanceof StorageError || error instanceof ContentDirectoryError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  readiness.add('database', () => app.storage.ping().then(() => undefined));
  const adapters: RunningAdapter[] = [];
  let telegram: RunningTelegram | undefined;
  let discord: RunningDiscord | undefined;
  let web: RunningWeb | undefined;
  let starting = '';
  try {
    if (config.TELEGRAM_BOT_TOKEN && !stop.isRequested()) {
      starting = 'Telegram';
      readiness.starting('connecting to Telegram');
      // Platform libraries load only when their platform is configured: a faster start without them.
      const { startTelegram } = await import('./adapters/telegram/start-telegram.js');
      adapters.push(
        (telegram = await startTelegram({
          token: config.TELEGRAM_BOT_TOKEN,
          apiRoot: config.TELEGRAM_API_ROOT,
          webhook: config.TELEGRAM_WEBHOOK_URL
            ? {
                url: config.TELEGRAM_WEBHOOK_URL,
                port: config.TELEGRAM_WEBHOOK_PORT,
                secret: config.TELEGRAM_WEBHOOK_SECRET,
              }
            : undefined,
          dispatcher: app.dispatcher,
          lifecycle: app.lifecycle,
          logger,
          metrics,
          // Telegram opens Mini Apps and login_url buttons over https only.
          panelUrl:
            config.WEB_PORT !== undefined && config.WEB_PUBLIC_URL?.startsWith('https://')
              ? config.WEB_PUBLIC_URL
              : undefined,
          sendBudget: app.storage.sendBudget,
          noteChat: (chat, title, kind) =>
            app.storage.panel.noteChat({ chat, title, kind, seenAt: new Date() }),
        })),
      );
    }
    if (config.DISCORD_TOKEN && !stop.isRequested()) {
      starting = 'Discord';
      readiness.starting('connecting to Discord');
      const { startDiscord } = await import('./adapters/discord/start-discord.js');
      adapters.push(
        (discord = await startDiscord({
          token: config.DISCORD_TOKEN,
          apiUrl: config.DISCORD_API_URL,
          guildId: config.DISCORD_GUILD_ID,
          shardCount: config.DISCORD_SHARD_COUNT,
          fleetLocks: app.storage.fleetLocks,
          dispatcher: app.dispatcher,
          sendBudget: app.storage.sendBudget,
          lifecycle: app.lifecycle,
          logger: logger.child({ adapter: 'discord' }),
          metrics,
        })),
      );
    }
    if (config.WEB_PORT !== undefined && !stop.isRequested()) {
      starting = 'control panel';
      const { startWeb } = await import('./web/start-web.js');
      web = await startWeb(
        {
          port: config.WEB_PORT,
          host: config.WEB_HOST,
          publicUrl: config.WEB_PUBLIC_URL,
          services: app.services,
          store: app.storage.panel,
          discord:
            discord && config.DISCORD_CLIENT_ID && config.DISCORD_CLIENT_SECRET
              ? {
                  clientId: config.DISCORD_CLIENT_ID,
                  clientSecret: config.DISCORD_CLIENT_SECRET,
                  apiUrl: config.DISCORD_API_URL ?? 'https://discord.com/api',
                  guilds: discord.guilds,
                }
              : undefined,
          telegram:
            telegram && config.TELEGRAM_BOT_TOKEN
              ? {
                  botToken: config.TELEGRAM_BOT_TOKEN,
                  botUsername: telegram.botUsername,
                  admins: telegram.admins,
                }
              : undefined,
        },
        logger.child({ part: 'web' }),
      );
    }
  } catch (error) {
    logger.error({ err: error }, `the ${starting} adapter could not start`);
    await Promise.allSettled(adapters.map((adapter) => adapter.stop()));
    await app.close();
    return 1;
  }
  // The console runs when no platform adapter is configured.
  if (!config.TELEGRAM_BOT_TOKEN && !config.DISCORD_TOKEN) {
    const locale = config.LC_ALL ?? config.LC_MESSAGES ?? config.LANG;
    adapters.push(startConsole(app.dispatcher, logger, app.lifecycle, locale));
  }
  for (const adapter of adapters) readiness.add(adapter.platform, () => adapter.problem?.());
  app.attachPosters(adapters.map((adapter) => adapter.poster));
  readiness.started();
  // A stop signal during the catch-up round lets the sends under way finish (and be recorded)
  // instead of killing the process in the middle of one.
  if (!stop.isRequested()) await app.scheduler.start();
  const reason = await Promise.race([
    stop.requested,
    ...adapters.map((a) => a.finished.then(() => `${a.platform} finished`)),
  ]);
  readiness.markStopping();
  logger.info({ reason }, 'stopping');
  // No new digest slots; adapters stop receiving and let queued sends go out or hand them back.
  await Promise.allSettled([
    web?.close(),
    app.scheduler.stop(),
    ...adapters.map((adapter) => adapter.stop()),
  ]);
  await app.close();
  logger.info({}, 'stopped');
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
    // Timers of libraries (HTTP keep-alive, watchers) must not keep a stopped bot alive.
    setTimeout(() => process.exit(code), 2000).unref();
  },
  (error: unknown) => {
    process.stderr.write(
      `Briefly stopped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
