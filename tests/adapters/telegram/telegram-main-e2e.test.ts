import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import {
  PEER_BOT_USERNAME,
  PEER_TOKEN,
  startBotApiPeer,
  type BotApiPeer,
  type PeerChat,
  type PeerUser,
  type SentMessage,
} from './peer/bot-api-peer.js';
import { checkTelegramHtml } from './peer/telegram-html.js';

const root = new URL('../../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'briefly-telegram-'));
cpSync(new URL('../../fixtures/seed.txt', import.meta.url).pathname, join(dir, 'seed.txt'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts Briefly the way `npm start` does, with a Telegram token and the peer as Bot API. */
function startBot(peer: BotApiPeer, token = PEER_TOKEN) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      TELEGRAM_BOT_TOKEN: token,
      TELEGRAM_API_ROOT: peer.apiRoot,
      CONTENT_DIR: dir,
      // A database of the test's own: the default ./data/briefly.db would outlive the test.
      DATABASE_URL: `sqlite:${join(dir, 'briefly.db')}`,
      LOG_LEVEL: 'info',
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

async function until(condition: () => boolean, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('Telegram adapter, started as npm start starts it', () => {
  it('serves a private chat and a supergroup within Telegram limits, and stops on SIGTERM', async () => {
    // Telegram's own limits, enforced by the peer with real 429s.
    const peer = await startBotApiPeer({
      limits: {
        perChat: { count: 1, windowMs: 1000 },
        perGroup: { count: 20, windowMs: 60_000 },
        overall: { count: 30, windowMs: 1000 },
      },
    });
    let bot: { child: ChildProcessWithoutNullStreams; exited: Promise<number | null> } | undefined;
    try {
      const started = startBot(peer);
      bot = started;
      await until(() => peer.calls.some((c) => c.method === 'getUpdates'), 15_000, 'polling');
      expect(peer.commands?.map((c) => c.command)).toEqual(commands.map((c) => c.name));
      const latencies: number[] = [];
      /** Does `act` in a chat and returns the visible text of the bot's next message there. */
      const answerTo = async (chatId: number, act: () => Promise<unknown>) => {
        const before = peer.sent.filter((m) => m.chatId === chatId).length;
        const sentAt = Date.now();
        await act();
        const [answer] = (await peer.waitForSent(chatId, before + 1)).slice(before);
        latencies.push(Date.now() - sentAt);
        return checkTelegramHtml(answer!.text).text;
      };
      const ask = (chat: PeerChat, from: PeerUser, text: string) =>
        answerTo(chat.id, () => peer.send(chat, from, text));
      const press = (message: SentMessage, from: PeerUser, label: string) =>
        answerTo(message.chatId, () => peer.press(message, from, label));

      const ann: PeerUser = { id: 7, first_name: 'Ann' };
      const dm: PeerChat = { id: 7, type: 'private' };
      expect(await ask(dm, ann, '/help')).toContain('/news [count] [topic]');
      expect(await ask(dm, ann, '/news')).toContain(
        '1. Russia warns Japan on Patriot transfers to US and implications for Ukraine',
      );
      const news = peer.sent.filter((m) => m.chatId === dm.id).at(-1)!;
      expect(await ask(dm, ann, '/summary 1')).toContain('Every sentence is quoted');
      expect(await ask(dm, ann, '/source 1')).toContain('7 sources back this article:');
      expect(
        await ask(dm, ann, '/source 1 Japan relaxed export controls on military products'),
      ).toContain('Russian Foreign Ministry briefing');
      expect(await press(news, ann, 'Summary 1')).toContain('Every sentence is quoted');
      expect(await press(news, ann, 'Sources 1')).toContain('7 sources back this article:');

      const group: PeerChat = { id: -100123, type: 'supergroup', title: 'Readers' };
      expect(await ask(group, ann, `/news@${PEER_BOT_USERNAME}`)).toContain('Latest news');
      expect(await ask(group, ann, '/summary 1')).toContain('Russia warns Japan');

      // Generous bound for a shared machine; answers come in about a second (one per chat per second).
      expect(Math.max(...latencies)).toBeLessThan(5000);
      expect(peer.refusals).toEqual([]);
      expect(peer.sent.every((m) => m.text.length <= 4096 && m.parseMode === 'HTML')).toBe(true);

      // The console is not started when a platform adapter runs.
      started.child.stdin.write('/help\n');
      started.child.kill('SIGTERM');
      expect(await started.exited).toBe(0);
      const { stdout, stderr } = started.output();
      expect(stdout).toBe('');
      expect(stderr).toContain('Telegram adapter stopped');
      expect(stderr).not.toContain(PEER_TOKEN.split(':')[1]);
      bot = undefined;
    } finally {
      bot?.child.kill('SIGKILL');
      await peer.close();
    }
  }, 60_000);

  it('stops with a clear message when Telegram refuses the token', async () => {
    const peer = await startBotApiPeer();
    try {
      const bot = startBot(peer, '999:WRONG-TOKEN');
      expect(await bot.exited).toBe(1);
      const { stderr } = bot.output();
      expect(stderr).toContain('the Telegram adapter could not start');
      expect(stderr).toContain('Telegram refused TELEGRAM_BOT_TOKEN (401)');
      expect(stderr).not.toContain('WRONG-TOKEN');
    } finally {
      await peer.close();
    }
  });
});
