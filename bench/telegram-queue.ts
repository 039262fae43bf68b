import { Telegram } from 'telegraf';
import { BotApi } from '../src/adapters/telegram/bot-api.js';
import { OutboundQueue } from '../src/adapters/telegram/outbound-queue.js';
import { TELEGRAM_LIMITS } from '../src/adapters/telegram/queue-limits.js';
import { silentLogger } from '../src/core/ports/logger.js';
import { PEER_TOKEN, startBotApiPeer } from '../tests/adapters/telegram/peer/bot-api-peer.js';
import { printTable } from './lib/table.js';

/**
 * The Telegram outbound queue, through telegraf's client, against the loopback Bot API peer, which
 * enforces 30 messages/s overall and 1/s per chat with real 429 answers. 1,000 chats get one
 * message each (and 100 chats three each, to show per-chat pacing and order). Reports the achieved
 * rate as a fraction of 30/s, the 429s received, and the messages lost.
 */
const LIMIT_PER_SECOND = 30;

const text = (chat: number, n: number) => `Digest <b>${n}</b> for chat ${chat} &amp; more`;

async function run(chats: number, perChat: number) {
  const peer = await startBotApiPeer({
    limits: {
      perChat: { count: 1, windowMs: 1000 },
      overall: { count: LIMIT_PER_SECOND, windowMs: 1000 },
    },
  });
  try {
    const telegram = new Telegram(PEER_TOKEN, { apiRoot: `${peer.apiRoot}/`, webhookReply: false });
    const queue = new OutboundQueue(
      new BotApi(telegram),
      { chatGone: () => Promise.resolve(), chatMoved: () => Promise.resolve() },
      silentLogger,
      TELEGRAM_LIMITS,
    );
    const started = performance.now();
    const sends = [];
    for (let n = 1; n <= perChat; n++) {
      for (let chat = 0; chat < chats; chat++)
        sends.push(queue.send(chat + 1, { html: text(chat + 1, n) }));
    }
    const deliveries = await Promise.all(sends);
    const seconds = (performance.now() - started) / 1000;
    const received = new Set(peer.sent.map((m) => m.text));
    let lost = 0;
    let inOrder = true;
    for (let chat = 1; chat <= chats; chat++) {
      const expected = Array.from({ length: perChat }, (_, n) => text(chat, n + 1));
      lost += expected.filter((t) => !received.has(t)).length;
      const got = peer.sent.filter((m) => m.chatId === chat).map((m) => m.text);
      if (got.join('\n') !== expected.join('\n')) inOrder = false;
    }
    const rate = sends.length / seconds;
    return {
      chats,
      'msgs/chat': perChat,
      seconds: Math.round(seconds * 100) / 100,
      'msgs/s': Math.round(rate * 100) / 100,
      'fraction of 30/s': Math.round((rate / LIMIT_PER_SECOND) * 1000) / 1000,
      '429s': peer.refusals.filter((r) => r.status === 429).length,
      'given up': deliveries.filter((d) => !d.ok).length,
      lost,
      'in order': inOrder ? 'yes' : 'NO',
    };
  } finally {
    await peer.close();
  }
}

const rows = [await run(1000, 1), await run(100, 3)];
printTable(
  'Telegram outbound queue (29/s overall, evenly paced; 1 per 1.05 s per chat) against a peer enforcing 30/s overall and 1/s per chat',
  rows,
);
