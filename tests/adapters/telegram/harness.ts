import { z } from 'zod';
import { commands } from '../../../commands/index.js';
import {
  startTelegram,
  type RunningTelegram,
  type TelegramOptions,
} from '../../../src/adapters/telegram/start-telegram.js';
import { TELEGRAM_LIMITS, type QueueLimits } from '../../../src/adapters/telegram/queue-limits.js';
import { requireModerator } from '../../../src/core/answers/require-moderator.js';
import type { ArticleDraft } from '../../../src/core/articles/article.js';
import { defineCommand, type Services } from '../../../src/core/commands/define-command.js';
import { createDispatcher } from '../../../src/core/commands/dispatch.js';
import { CommandRegistry } from '../../../src/core/commands/registry.js';
import type { ChatLifecycle } from '../../../src/core/ports/chat-lifecycle.js';
import type { ChatRef } from '../../../src/core/ports/chat-memory.js';
import type { Logger } from '../../../src/core/ports/logger.js';
import { answer, paragraph } from '../../../src/core/replies/build.js';
import { createTestBot } from '../../support/test-services.js';
import {
  PEER_TOKEN,
  startBotApiPeer,
  type BotApiPeer,
  type PeerLimits,
} from './peer/bot-api-peer.js';

export interface LogEntry {
  readonly level: string;
  readonly fields: Record<string, unknown>;
  readonly message: string;
}

/** A logger that keeps what it is told, so tests can assert on what was logged. */
export function recordingLogger(entries: LogEntry[] = []): Logger & { entries: LogEntry[] } {
  const make = (bindings: Record<string, unknown>): Logger & { entries: LogEntry[] } => {
    const log =
      (level: string) =>
      (fields: object, message = '') =>
        void entries.push({ level, fields: { ...bindings, ...fields }, message });
    return {
      entries,
      debug: log('debug'),
      info: log('info'),
      warn: log('warn'),
      error: log('error'),
      child: (more) => make({ ...bindings, ...more }),
    };
  };
  return make({});
}

/** A lifecycle that records what the adapter reports. */
export function recordingLifecycle() {
  const gone: { chat: ChatRef; reason: string }[] = [];
  const moved: { from: ChatRef; to: ChatRef }[] = [];
  const lifecycle: ChatLifecycle = {
    chatGone: (chat, reason) => Promise.resolve(void gone.push({ chat, reason })),
    chatMoved: (from, to) => Promise.resolve(void moved.push({ from, to })),
  };
  return { lifecycle, gone, moved };
}

/**
 * A test-only command that changes a per-chat setting, for moderators only (through the core's
 * requireModerator), standing in for /digest and /feeds.
 */
export function settingCommand() {
  const values = new Map<string, string>();
  const command = defineCommand({
    name: 'setting',
    description: 'Test only: show or change this chat’s setting (moderators change it)',
    access: 'moderator',
    options: z.object({ value: z.string().max(40).optional().describe('The new value') }),
    async execute(ctx, { value }) {
      if (value === undefined) {
        return answer([paragraph(`The setting is ${values.get(ctx.chat.id) ?? 'unset'}.`)]);
      }
      await requireModerator(ctx, 'change the setting');
      values.set(ctx.chat.id, value);
      return answer([paragraph(`The setting is now ${value}.`)]);
    },
  });
  return { command, values };
}

/** Limits scaled down ten times, so tests exercise the same rules quickly. */
export const FAST_BOT_LIMITS: QueueLimits = {
  ...TELEGRAM_LIMITS,
  perChat: { count: 1, windowMs: 150 },
  perGroup: { count: 20, windowMs: 6_500 },
  retryBackoff: { firstMs: 100 },
};
export const FAST_PEER_LIMITS: PeerLimits = {
  perChat: { count: 1, windowMs: 100 },
  perGroup: { count: 20, windowMs: 6_000 },
  overall: { count: 30, windowMs: 1000 },
};

export interface Harness {
  readonly peer: BotApiPeer;
  readonly bot: RunningTelegram;
  readonly services: Services;
  readonly logs: LogEntry[];
  readonly gone: { chat: ChatRef; reason: string }[];
  readonly moved: { from: ChatRef; to: ChatRef }[];
  readonly setting: Map<string, string>;
  close(): Promise<void>;
}

/** The real adapter (started by startTelegram, as main.ts does) against the test peer. */
export async function startHarness(
  drafts: readonly ArticleDraft[],
  options: {
    peerLimits?: PeerLimits;
    botOptions?: Partial<TelegramOptions>;
    beforeStart?: (peer: BotApiPeer) => void;
  } = {},
): Promise<Harness> {
  const peer = await startBotApiPeer({ limits: options.peerLimits ?? FAST_PEER_LIMITS });
  options.beforeStart?.(peer);
  // The core as every test builds it; the adapter logs to a recording logger.
  const { services } = createTestBot(drafts);
  const logger = recordingLogger();
  const setting = settingCommand();
  const dispatcher = createDispatcher(
    new CommandRegistry([...commands, setting.command]),
    services,
  );
  const { lifecycle, gone, moved } = recordingLifecycle();
  const bot = await startTelegram({
    token: PEER_TOKEN,
    apiRoot: peer.apiRoot,
    dispatcher,
    lifecycle,
    logger,
    limits: FAST_BOT_LIMITS,
    drainMs: 2000,
    ...options.botOptions,
  });
  return {
    peer,
    bot,
    services,
    logs: logger.entries,
    gone,
    moved,
    setting: setting.values,
    async close() {
      await bot.stop();
      await peer.close();
    },
  };
}
