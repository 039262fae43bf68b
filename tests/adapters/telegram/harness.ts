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
import type { ChatRef } from '../../../src/core/ports/chat-memory.js';
import { answer, paragraph } from '../../../src/core/replies/build.js';
import { RecordingLifecycle } from '../../support/recording-lifecycle.js';
import { createRecordingLogger, type LogEntry } from '../../support/recording-logger.js';
import { createTestBot } from '../../support/test-services.js';
import {
  PEER_TOKEN,
  startBotApiPeer,
  type BotApiPeer,
  type PeerLimits,
} from './peer/bot-api-peer.js';

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
      await requireModerator(ctx, 'mod.changeDigest');
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
    /** The core to serve (default: createTestBot's over `drafts`), e.g. a feed bot's. */
    services?: Services;
  } = {},
): Promise<Harness> {
  const peer = await startBotApiPeer({ limits: options.peerLimits ?? FAST_PEER_LIMITS });
  options.beforeStart?.(peer);
  // The core as every test builds it; the adapter logs to a recording logger.
  const services = options.services ?? createTestBot(drafts).services;
  const logger = createRecordingLogger();
  const setting = settingCommand();
  const dispatcher = createDispatcher(
    new CommandRegistry([...commands, setting.command]),
    services,
  );
  const lifecycle = new RecordingLifecycle();
  const { gone, moved } = lifecycle;
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
