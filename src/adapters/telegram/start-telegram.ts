import { randomBytes } from 'node:crypto';
import { Telegraf } from 'telegraf';
import { retry } from '../../core/async/retry.js';
import { catalogue } from '../../core/i18n/catalogue.js';
import type { Dispatcher } from '../../core/commands/dispatch.js';
import type { ChatLifecycle } from '../../core/ports/chat-lifecycle.js';
import type { ChatRef } from '../../core/ports/chat-memory.js';
import type { FleetLocks } from '../../core/ports/fleet-locks.js';
import type { Logger } from '../../core/ports/logger.js';
import type { SendBudget } from '../../core/ports/send-budget.js';
import type { TelegramAdmins } from '../../core/ports/panel-places.js';
import type { Metrics } from '../../core/ports/metrics.js';
import type { RunningAdapter } from '../running-adapter.js';
import { BotApi } from './bot-api.js';
import { CallbackCodec } from './callback-data.js';
import { ModeratorCheck } from './moderators.js';
import { OutboundQueue } from './outbound-queue.js';
import type { QueueLimits, QueueTimer } from './queue-limits.js';
import { pollWhenElected } from './poll-as-leader.js';
import { startPolling, startWebhook, type Receiver } from './receive-updates.js';
import { TelegramAdapter } from './telegram-adapter.js';

export interface TelegramOptions {
  readonly token: string;
  /** Another Bot API server (TELEGRAM_API_ROOT); Telegram's own when unset. */
  readonly apiRoot?: string | undefined;
  /** Webhook mode (TELEGRAM_WEBHOOK_URL); long polling when unset. */
  readonly webhook?:
    | {
        readonly url: string;
        readonly port: number;
        /** Checked on every update; a random one per start when unset. */
        readonly secret?: string | undefined;
        /** Interface to listen on (default all). */
        readonly host?: string | undefined;
      }
    | undefined;
  readonly dispatcher: Dispatcher;
  readonly lifecycle: ChatLifecycle;
  readonly logger: Logger;
  readonly limits?: QueueLimits | undefined;
  readonly timer?: QueueTimer | undefined;
  /** How long to wait before polling again after a 409 conflict (default 30 s). */
  readonly conflictRetryMs?: number | undefined;
  /** How long stop() lets queued messages go out (default 5 s). */
  readonly drainMs?: number | undefined;
  readonly moderatorCacheMs?: number | undefined;
  /** Told of the chats commands come from (the control panel's list of chats). */
  readonly noteChat?: ((chat: ChatRef, title: string, kind: string) => Promise<void>) | undefined;
  /**
   * The control panel's public https address (WEB_PUBLIC_URL, when WEB_PORT runs the panel): the
   * chat menu button opens it as a Mini App, and replies that offer it get a button.
   */
  readonly panelUrl?: string | undefined;
  /** Where the outbound queue's depth, waits, 429s and retries are reported. */
  readonly metrics?: Metrics | undefined;
  /** The fleet's send budget (the database's): Telegram's limits then hold for every process. */
  readonly sendBudget?: SendBudget | undefined;
  /**
   * The fleet's locks (the database's): in long polling, only the holder of the bot's poll lock
   * polls. Without it this process polls alone.
   */
  readonly fleetLocks?: FleetLocks | undefined;
  /** How often a process that does not poll asks for the poll lock (default 5 s). */
  readonly leaderRetryMs?: number | undefined;
}

export interface RunningTelegram extends RunningAdapter {
  readonly botUsername: string;
  readonly queue: OutboundQueue;
  /** Whether a user administers a chat, by the commands' rule (cached briefly). */
  readonly admins: TelegramAdmins;
  /** The webhook server's port, in webhook mode. */
  readonly webhookPort?: number | undefined;
}

/**
 * Starts the Telegram adapter: checks the token (getMe), registers the command menu, then receives
 * updates by long polling or by webhook and answers through one outbound queue.
 */
export async function startTelegram(options: TelegramOptions): Promise<RunningTelegram> {
  const logger = options.logger.child({ platform: 'telegram' });
  const bot = new Telegraf(options.token, {
    telegram: {
      // telegraf resolves "./bot<token>/method" against the root: keep any path the root has.
      ...(options.apiRoot ? { apiRoot: `${options.apiRoot.replace(/\/+$/, '')}/` } : {}),
      webhookReply: false,
    },
    handlerTimeout: 60_000,
  });
  const me = await getMe(bot, logger);
  bot.botInfo = me;
  // Every bot has a username; a Bot API server that leaves it out still gets answers.
  const username = (me.username as string | undefined) ?? '';
  const api = new BotApi(bot.telegram);
  // The queue learns of gone and moved chats while sending; the adapter reports them (one owner).
  const chats: { adapter?: TelegramAdapter } = {};
  const queue = new OutboundQueue(
    api,
    {
      chatGone: (chatId, reason) => chats.adapter?.chatGone(chatId, reason) ?? Promise.resolve(),
      chatMoved: (from, to) => chats.adapter?.chatMoved(from, to) ?? Promise.resolve(),
    },
    logger,
    options.limits,
    options.timer,
    options.metrics,
    options.sendBudget && { budget: options.sendBudget, botId: String(me.id) },
  );
  const moderators = new ModeratorCheck(api, logger, {
    ttlMs: options.moderatorCacheMs ?? 60_000,
  });
  const adapter = new TelegramAdapter({
    dispatcher: options.dispatcher,
    queue,
    moderators,
    ...(options.noteChat ? { noteChat: options.noteChat } : {}),
    codec: new CallbackCodec(),
    lifecycle: options.lifecycle,
    logger,
    botUsername: username,
    panelUrl: options.panelUrl,
    answerCallback: (id, text) => api.answerCallback(id, text),
    downloadText: (fileId, maxBytes) => api.downloadText(fileId, maxBytes),
  });
  chats.adapter = adapter;
  bot.use((ctx) => adapter.handleUpdate(ctx.update));
  bot.catch((error, ctx) => {
    logger.error({ err: error, updateId: ctx.update.update_id }, 'Telegram update failed');
  });

  try {
    await api.setCommands(options.dispatcher.registry);
  } catch (error) {
    logger.warn({ err: error }, 'could not register the command menu (setMyCommands)');
  }

  if (options.panelUrl) {
    try {
      await api.setPanelMenuButton(PANEL_BUTTON_TEXT, options.panelUrl);
    } catch (error) {
      logger.warn(
        { err: error },
        'could not set the control panel menu button (setChatMenuButton)',
      );
    }
  }

  const receiver: Receiver = options.webhook
    ? await startWebhook(bot, logger, {
        url: options.webhook.url,
        port: options.webhook.port,
        host: options.webhook.host ?? '0.0.0.0',
        secret: options.webhook.secret ?? randomBytes(32).toString('base64url'),
      })
    : options.fleetLocks
      ? pollWhenElected(
          bot,
          String(me.id),
          options.fleetLocks,
          logger,
          {
            retryMs: options.leaderRetryMs ?? 5_000,
            // The lock says no other process of the fleet polls: a 409 is a leftover, soon gone.
            conflictRetryMs: options.conflictRetryMs ?? 2_000,
            errorRetryMs: 5_000,
          },
          options.metrics,
        )
      : startPolling(bot, logger, {
          conflictRetryMs: options.conflictRetryMs ?? 30_000,
          errorRetryMs: 5_000,
        });
  logger.info({ bot: username }, 'Telegram adapter started');

  return {
    platform: 'telegram',
    botUsername: username,
    queue,
    admins: {
      // A private chat is its user's own; elsewhere Telegram is asked (getChatMember).
      isAdministrator: (chatId, userId) =>
        chatId > 0
          ? Promise.resolve(chatId === userId)
          : moderators.isModerator({ chatId, chatType: 'supergroup', userId }),
    },
    webhookPort: receiver.port,
    poster: adapter.poster,
    problem: () => receiver.problem?.(),
    // A bot runs until stopped; it ends by itself only when Telegram refuses the token.
    finished: receiver.done.then(() => new Promise<void>(() => undefined)),
    async stop() {
      await receiver.stop();
      await queue.close(options.drainMs ?? 5_000);
      logger.info({ ...queue.stats }, 'Telegram adapter stopped');
    },
  };
}

/**
 * The menu button's text. setChatMenuButton has no language_code (one button for every private
 * chat), so it is the catalogue's English, the bot's fallback language.
 */
export const PANEL_BUTTON_TEXT = catalogue.translator('en').t('panel.menuButton');

/** Who the bot is; tried 3 times (1 and 2 s apart) while the Bot API cannot be reached, refused at once on 401. */
async function getMe(bot: Telegraf, logger: Logger) {
  const refused = (error: unknown) =>
    [401, 404].includes((error as { code?: unknown }).code as number);
  try {
    return await retry(() => bot.telegram.getMe(), {
      attempts: 3,
      backoff: { firstMs: 1000 },
      retryable: (error) => !refused(error),
      onRetry: (error, attempt) =>
        logger.warn({ err: error, attempt }, 'Telegram Bot API not reachable; trying again'),
    });
  } catch (error) {
    if (refused(error)) {
      const code = String((error as { code?: unknown }).code);
      throw new Error(`Telegram refused TELEGRAM_BOT_TOKEN (${code})`, { cause: error });
    }
    throw new Error('Could not reach the Telegram Bot API', { cause: error });
  }
}
