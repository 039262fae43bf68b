import type { Dispatcher } from '../../core/commands/dispatch.js';
import type { ChatLifecycle } from '../../core/ports/chat-lifecycle.js';
import type { Logger } from '../../core/ports/logger.js';
import type { RunningAdapter } from '../running-adapter.js';
import { CONSOLE_CHAT, createConsoleAdapter } from './console-adapter.js';

/** Runs the console adapter on this process's standard input and output. */
export function startConsole(
  dispatcher: Dispatcher,
  logger: Logger,
  lifecycle: ChatLifecycle,
  locale?: string,
): RunningAdapter {
  const adapter = createConsoleAdapter({
    dispatcher,
    locale,
    input: process.stdin,
    output: process.stdout,
    interactive: process.stdin.isTTY,
    logger,
  });
  const finished = adapter.run();
  return {
    platform: 'console',
    finished,
    poster: {
      platform: 'console',
      async post(chat, reply) {
        if (chat.id !== CONSOLE_CHAT.id) {
          // The console has one chat; settings kept for another are of a chat that is gone.
          const reason = `no console chat ${chat.id}`;
          await lifecycle.chatGone(chat, reason);
          return { ok: false, permanent: true, gone: true, reason };
        }
        await adapter.post(reply);
        return { ok: true, messageIds: [] };
      },
      localeOf: () => Promise.resolve(locale),
    },
    async stop() {
      adapter.close();
      await finished;
    },
  };
}
