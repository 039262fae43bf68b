import { startConsole } from './adapters/console/start-console.js';
import { startDiscord } from './adapters/discord/start-discord.js';
import type { RunningAdapter } from './adapters/running-adapter.js';
import { startTelegram } from './adapters/telegram/start-telegram.js';
import { createApp, type App } from './app.js';
import { loadConfigOrReport } from './config.js';
import { createLogger } from './logger.js';
import { StorageError } from './storage/open-storage.js';

/** Composition root: configuration, services, then the adapters the configuration asks for. */
async function main(): Promise<number> {
  const config = loadConfigOrReport();
  if (!config) return 2;
  const logger = createLogger(config.LOG_LEVEL);
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: reason }, 'unhandled promise rejection');
  });

  let app: App;
  try {
    app = await createApp(config, logger);
  } catch (error) {
    if (!(error instanceof StorageError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  const adapters: RunningAdapter[] = [];
  let starting = '';
  try {
    if (config.TELEGRAM_BOT_TOKEN) {
      starting = 'Telegram';
      adapters.push(
        await startTelegram({
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
        }),
      );
    }
    if (config.DISCORD_TOKEN) {
      starting = 'Discord';
      adapters.push(
        await startDiscord({
          token: config.DISCORD_TOKEN,
          apiUrl: config.DISCORD_API_URL,
          guildId: config.DISCORD_GUILD_ID,
          dispatcher: app.dispatcher,
          articles: app.services.articles,
          feeds: app.services.feeds,
          lifecycle: app.lifecycle,
          logger: logger.child({ adapter: 'discord' }),
        }),
      );
    }
  } catch (error) {
    logger.error({ err: error }, `the ${starting} adapter could not start`);
    await Promise.allSettled(adapters.map((adapter) => adapter.stop()));
    await app.close();
    return 1;
  }
  // The console runs when no platform adapter does.
  if (adapters.length === 0) adapters.push(startConsole(app.dispatcher, logger, app.lifecycle));
  app.attachPosters(adapters.map((adapter) => adapter.poster));
  // Signals are taken before the catch-up round: a SIGTERM during it lets the sends under way finish
  // (and be recorded) instead of killing the process in the middle of one.
  const stopped = new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  await app.scheduler.start();
  const reason = await Promise.race([
    stopped,
    ...adapters.map((a) => a.finished.then(() => `${a.platform} finished`)),
  ]);
  logger.info({ reason }, 'stopping');
  await Promise.allSettled(adapters.map((adapter) => adapter.stop()));
  await app.close();
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
