import { createConsoleAdapter } from './adapters/console/console-adapter.js';
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
  process.on('unhandledRejection', (reason) =>
    logger.error({ err: reason }, 'unhandled promise rejection'),
  );

  const app = await createApp(config, logger);
  if (config.DISCORD_TOKEN ?? config.TELEGRAM_BOT_TOKEN) {
    logger.error(
      {},
      'the Discord and Telegram adapters are not part of this build yet; unset the tokens to use the console',
    );
    await app.close();
    return 1;
  }

  const adapter = createConsoleAdapter({
    dispatcher: app.dispatcher,
    input: process.stdin,
    output: process.stdout,
    interactive: process.stdin.isTTY,
    logger,
  });
  const stop = () => adapter.close();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await adapter.run();
  await app.close();
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `Briefly stopped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
