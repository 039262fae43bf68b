import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Telegraf } from 'telegraf';
import type { Logger } from '../../core/ports/logger.js';

/** The updates Briefly acts on. */
export const ALLOWED_UPDATES = [
  'message',
  'channel_post',
  'callback_query',
  'my_chat_member',
] as const;

export interface Receiver {
  /** Settles when receiving stops for good: after stop(), or rejects when the token is refused. */
  readonly done: Promise<void>;
  /** The webhook server's port (webhook mode). */
  readonly port?: number | undefined;
  /** Why updates are not being received right now (for /readyz); undefined while they are. */
  problem?(): string | undefined;
  stop(): Promise<void>;
}

/**
 * Long polling with telegraf's loop, restarted when it fails. telegraf throws out of its loop on
 * 409 (another poller with this token) and 401; a 409 is logged with what to do and polling is
 * tried again after `conflictRetryMs`, so this instance takes over once the other one stops.
 * A 401 (token refused) ends the receiver: `done` rejects.
 */
export function startPolling(
  bot: Telegraf,
  logger: Logger,
  options: {
    conflictRetryMs: number;
    errorRetryMs: number;
    /**
     * This process polls as the fleet's elected poller: a 409 is then a getUpdates of a poller that
     * just died or lost the lock still open at Telegram (or a process outside the fleet polling).
     */
    elected?: boolean;
  },
): Receiver {
  const state: { stopping: boolean; problem: string | undefined } = {
    stopping: false,
    problem: 'long polling not started yet',
  };
  const stopping = () => state.stopping;
  const pause = new AbortController();
  const done = (async () => {
    while (!stopping()) {
      try {
        await bot.launch({ allowedUpdates: [...ALLOWED_UPDATES] }, () => {
          state.problem = undefined;
          logger.info({}, 'Telegram: receiving updates by long polling');
        });
        if (stopping()) return;
        logger.warn({}, 'Telegram polling ended by itself; starting it again');
      } catch (error) {
        if (stopping()) return;
        const code = (error as { code?: unknown }).code;
        if (code === 401) {
          logger.error({}, 'Telegram refused TELEGRAM_BOT_TOKEN (401 Unauthorized)');
          throw new Error('Telegram refused TELEGRAM_BOT_TOKEN (401 Unauthorized)', {
            cause: error,
          });
        }
        const wait = code === 409 ? options.conflictRetryMs : options.errorRetryMs;
        state.problem =
          code === 409 ? 'another instance is polling with this token (409)' : 'polling failed';
        if (code === 409 && options.elected) {
          logger.warn(
            { retryInMs: wait },
            "Telegram 409 Conflict while this process holds the fleet's poll lock: a getUpdates of the previous poller is still open, or a process outside the fleet polls this token; polling again soon",
          );
        } else if (code === 409) {
          logger.error(
            { retryInMs: wait },
            'Telegram 409 Conflict: another instance of this bot is running with the same token (only one may poll). Stop the other instance, or use TELEGRAM_WEBHOOK_URL; polling again later.',
          );
        } else {
          logger.error(
            { err: error, retryInMs: wait },
            'Telegram polling failed; polling again later',
          );
        }
        await sleep(wait, undefined, { signal: pause.signal }).catch(() => undefined);
      }
    }
  })();
  return {
    done,
    problem: () => state.problem,
    async stop() {
      state.stopping = true;
      pause.abort();
      try {
        bot.stop('shutdown');
      } catch {
        // not polling at this moment (between retries)
      }
      await done.catch(() => undefined);
    },
  };
}

/**
 * Webhook mode: an HTTP server on `port` takes Telegram's POSTs at the URL's path, and only those
 * carrying our secret in X-Telegram-Bot-Api-Secret-Token (others get 403); then `setWebhook`.
 */
export async function startWebhook(
  bot: Telegraf,
  logger: Logger,
  options: { url: string; port: number; host: string; secret: string },
): Promise<Receiver> {
  const path = new URL(options.url).pathname || '/';
  const callback = bot.webhookCallback(path, { secretToken: options.secret });
  const server = createServer((req, res) => {
    if (Number(req.headers['content-length'] ?? 0) > 1_000_000) {
      res.writeHead(413).end();
      return;
    }
    callback(req, res).catch((error: unknown) => {
      logger.error({ err: error }, 'Telegram webhook request failed');
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  let closed: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (closed = resolve));
  const stop = async () => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    closed();
  };
  try {
    await bot.telegram.setWebhook(options.url, {
      secret_token: options.secret,
      allowed_updates: [...ALLOWED_UPDATES],
    });
  } catch (error) {
    await stop();
    throw error;
  }
  logger.info({ port, path }, 'Telegram: receiving updates by webhook');
  return { done, port, stop };
}
