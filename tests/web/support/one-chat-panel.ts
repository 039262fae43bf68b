import type { FastifyInstance } from 'fastify';
import { silentLogger } from '../../../src/core/ports/logger.js';
import { buildWeb } from '../../../src/web/start-web.js';
import { createTestBot, type TestBot } from '../../support/test-services.js';

/** The bot token the panel checks Telegram sign-ins against. */
export const PANEL_TOKEN = '123456:PANEL-TEST';
/** The one Telegram chat the panel knows; user 77 administers it. */
export const PANEL_CHAT = { platform: 'telegram', id: '-100500' };

/** A panel (Fastify, not listening) over a test bot that knows one chat, by the given title. */
export async function oneChatPanel(
  title: string,
  publicUrl: string,
): Promise<{ app: FastifyInstance; bot: TestBot }> {
  const bot = createTestBot();
  await bot.storage.panel.noteChat({
    chat: PANEL_CHAT,
    title,
    kind: 'supergroup',
    seenAt: new Date(),
  });
  const app = await buildWeb(
    {
      port: 0,
      host: '127.0.0.1',
      publicUrl,
      services: bot.services,
      store: bot.storage.panel,
      telegram: {
        botToken: PANEL_TOKEN,
        botUsername: 'briefly_bot',
        admins: {
          isAdministrator: (chatId, userId) => Promise.resolve(chatId === -100500 && userId === 77),
        },
      },
    },
    silentLogger,
  );
  return { app, bot };
}

/** The current time of the test bot's clock, as Telegram's auth_date. */
export const authDate = (bot: TestBot) => String(Math.floor(bot.clock.now().getTime() / 1000));
