import { describe, expect, it } from 'vitest';
import { seedArticle } from './articles.js';
import { startHarness } from './harness.js';
import { checkTelegramHtml } from './peer/telegram-html.js';

const ann = { id: 7, first_name: 'Ann' };
const chat = { id: 7, type: 'private' } as const;

describe('receiving Telegram updates', () => {
  it('webhook mode: sets the webhook with a secret and serves only requests that carry it', async () => {
    const h = await startHarness([seedArticle()], {
      botOptions: {
        webhook: {
          url: 'https://bot.example.org/telegram/hook',
          port: 0,
          host: '127.0.0.1',
          secret: 'test_secret-123',
        },
      },
    });
    try {
      expect(h.peer.webhook).toEqual({
        url: 'https://bot.example.org/telegram/hook',
        secret: 'test_secret-123',
      });
      expect(h.peer.calls.some((c) => c.method === 'getUpdates')).toBe(false);
      // The public URL ends at a proxy; the peer delivers to the local port behind it.
      const local = `http://127.0.0.1:${h.bot.webhookPort}/telegram/hook`;
      h.peer.webhook = { url: local, secret: 'test_secret-123' };
      await h.peer.send(chat, ann, '/news');
      const [news] = await h.peer.waitForSent(chat.id, 1);
      expect(checkTelegramHtml(news!.text).text).toContain('Russia warns Japan');
      await h.peer.press(news!, ann, 'Summary 1');
      await h.peer.waitForSent(chat.id, 2);
      expect(h.peer.answered).toHaveLength(1);

      const forged = (secret?: string) =>
        fetch(local, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(secret ? { 'x-telegram-bot-api-secret-token': secret } : {}),
          },
          body: JSON.stringify({
            update_id: 999,
            message: { message_id: 1, date: 1, chat, from: ann, text: '/help' },
          }),
        });
      expect((await forged()).status).toBe(403);
      expect((await forged('wrong')).status).toBe(403);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(h.peer.sent.filter((m) => m.chatId === chat.id)).toHaveLength(2);
    } finally {
      await h.close();
    }
  });

  it('webhook mode: makes up a random secret per start when none is configured', async () => {
    const h = await startHarness([], {
      botOptions: { webhook: { url: 'https://bot.example.org/', port: 0, host: '127.0.0.1' } },
    });
    try {
      expect(h.peer.webhook?.secret).toMatch(/^[A-Za-z0-9_-]{32,256}$/);
    } finally {
      await h.close();
    }
  });

  it('long polling: a 409 conflict is logged as another instance running, then polling resumes', async () => {
    const h = await startHarness([seedArticle()], {
      botOptions: { conflictRetryMs: 200 },
      beforeStart: (peer) =>
        peer.faults.push({
          method: 'getUpdates',
          status: 409,
          description:
            'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
          count: 2,
        }),
    });
    try {
      await h.peer.send(chat, ann, '/help');
      await h.peer.waitForSent(chat.id, 1);
      const conflicts = h.logs.filter((l) => l.message.includes('another instance'));
      expect(conflicts).toHaveLength(2);
      expect(conflicts[0]!.level).toBe('error');
      expect(h.peer.refusals.filter((r) => r.status === 409)).toHaveLength(2);
    } finally {
      await h.close();
    }
  });

  it('stops cleanly: polling ends and queued messages still go out', async () => {
    const h = await startHarness([seedArticle()]);
    await h.peer.send(chat, ann, '/news');
    await h.peer.waitForSent(chat.id, 1);
    const posting = Array.from({ length: 3 }, (_, i) =>
      h.bot.poster.post(
        { platform: 'telegram', id: String(chat.id) },
        { tone: 'answer', blocks: [{ type: 'paragraph', content: [`digest ${i}`] }] },
      ),
    );
    await h.close();
    expect((await Promise.all(posting)).every((o) => o.ok)).toBe(true);
    const polls = h.peer.calls.filter((c) => c.method === 'getUpdates').length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(h.peer.calls.filter((c) => c.method === 'getUpdates').length).toBe(polls);
    expect(h.logs.find((l) => l.message === 'Telegram adapter stopped')?.fields).toMatchObject({
      delivered: 4,
      givenUp: 0,
    });
  });
});
