import { startConsole } from './adapters/console/start-console.js';
import type { RunningAdapter } from './adapters/running-adapter.js';
import { createApp } from './app.js';
import { ConfigError, loadConfig, type AppConfig } from './config.js';
import { createLogger } from './logger.js';

/** Composition root: configuration, services, then the adapters the configuration asks for. */
async function main(): Promise<number> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const logger = createLogger(config.LOG_LEVEL);
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: reason }, 'unhandled promise rejection');
  });

  const app = await createApp(config, logger);
  const adapters: RunningAdapter[] = [];
  if (config.DISCORD_TOKEN ?? config.TELEGRAM_BOT_TOKEN) {
    logger.error(
      {},
      'the Discord and Telegram adapters are not part of this build yet; unset the tokens to use the console',
    );
    await app.close();
    return 1;
  }
  adapters.push(startConsole(app.dispatcher, logger));
  app.attachPosters(adapters.map((adapter) => adapter.poster));

  const stopped = new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
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
