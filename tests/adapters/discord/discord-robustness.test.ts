import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer, paragraph, section } from '../../../src/core/replies/build.js';
import { ARTICLES, HOSTILE_TITLE } from './articles.js';
import { startBot, type StartedBot } from './harness.js';
import { DiscordPeer, IDS, waitFor } from './peer/discord-peer.js';
import { commands } from '../../../commands/index.js';
import { startDiscord } from '../../../src/adapters/discord/start-discord.js';
import { createDispatcher } from '../../../src/core/commands/dispatch.js';
import { CommandRegistry } from '../../../src/core/commands/registry.js';
import { silentLogger } from '../../../src/core/ports/logger.js';
import { RecordingLifecycle } from '../../support/recording-lifecycle.js';
import { createTestBot } from '../../support/test-services.js';

let bot: StartedBot;
beforeAll(async () => {
  bot = await startBot({ drafts: ARTICLES });
});
afterAll(async () => {
  await bot.stop();
});

const CHANNEL = '300000000000000077';
const digest = answer([
  section(HOSTILE_TITLE, [paragraph('Morning digest: @everyone should not be pinged.')], {
    url: 'https://news.example/hoax',
  }),
]);
const channelPosts = (channel: string) =>
  bot.peer.calls.filter((c) => c.method === 'POST' && c.path === `/channels/${channel}/messages`);

describe('Discord adapter: posting digests', () => {
  it('delivers through a 429 (Retry-After honoured) and logs the rate limit', async () => {
    bot.peer.fail({
      method: 'POST',
      path: /^\/channels\/\d+\/messages$/,
      status: 429,
      retryAfter: 1,
    });
    const outcome = await bot.adapter.poster.post({ platform: 'discord', id: CHANNEL }, digest, {
      idempotencyKey: 'digest:1',
    });
    expect(outcome.ok).toBe(true);
    const posts = channelPosts(CHANNEL);
    expect(posts.map((c) => c.status)).toEqual([429, 200]);
    expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(900);
    expect(bot.peer.channelMessages.get(CHANNEL)).toHaveLength(1);
    // Handed back by discord.js (rejectOnRateLimit): the poster waits, then asks the budget again.
    const limited = bot.logs.find((l) =>
      l.message.startsWith('Discord rate limit on a channel post'),
    );
    expect(limited?.fields).toMatchObject({ global: false });
    expect(limited?.fields.retryInMs).toBeGreaterThanOrEqual(1000);
    const [body] = bot.peer.channelMessages.get(CHANNEL)!;
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(JSON.stringify(body)).not.toMatch(/@everyone|<@&/);
    expect(bot.peer.problems).toEqual([]);
  });

  it('marks a 403 channel gone, with one request and no retry storm', async () => {
    const gone = '300000000000000078';
    bot.peer.fail({
      method: 'POST',
      path: new RegExp(`^/channels/${gone}/messages$`),
      status: 403,
      count: 100,
    });
    const outcome = await bot.adapter.poster.post({ platform: 'discord', id: gone }, digest);
    expect(outcome).toMatchObject({ ok: false, permanent: true });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(channelPosts(gone)).toHaveLength(1);
    expect(bot.lifecycle.gone).toEqual([
      { chat: { platform: 'discord', id: gone }, reason: expect.stringContaining('403') },
    ]);
  });
});

describe('Discord adapter: robustness', () => {
  it('logs a failing interaction and goes on answering the next one', async () => {
    const broken = bot.peer.send({ kind: 'command', name: 'help', broken: true });
    await waitFor(
      () => bot.logs.find((l) => l.message === 'interaction failed'),
      10_000,
      'the failure log',
    );
    expect(broken.failedResponses).toBeGreaterThan(0);
    const next = bot.peer.send({ kind: 'command', name: 'help' });
    expect((await bot.peer.answer(next))[0].embeds[0].description).toContain('/news');
  });

  it('resumes after the gateway drops the connection, logs it, and still answers', async () => {
    const identified = bot.peer.gateway.identified;
    bot.peer.gateway.drop(4000);
    await waitFor(() => bot.peer.gateway.resumed > 0, 10_000, 'a RESUME');
    expect(bot.peer.gateway.identified).toBe(identified);
    await waitFor(
      () => bot.logs.find((l) => l.message === 'Discord gateway resumed'),
      5000,
      'resume log',
    );
    expect(
      bot.logs.some(
        (l) =>
          l.message === 'Discord gateway disconnected' ||
          l.message === 'Discord gateway reconnecting',
      ),
    ).toBe(true);
    const after = bot.peer.send({ kind: 'command', name: 'news' });
    expect((await bot.peer.answer(after))[0].embeds[0].description).toContain('Latest news');
  });

  it('never logs the token', () => {
    expect(JSON.stringify(bot.logs.map((l) => [l.message, l.fields]))).not.toContain('peer-token');
  });
});

describe('Discord adapter: start-up', () => {
  it('fails the start when Discord refuses the token, and leaves nothing running', async () => {
    const peer = await DiscordPeer.start();
    try {
      peer.fail({ method: 'GET', path: /^\/gateway\/bot$/, status: 401 });
      const start = startDiscord({
        token: 'revoked-token',
        apiUrl: peer.apiUrl,
        dispatcher: createDispatcher(new CommandRegistry(commands), createTestBot().services),
        lifecycle: new RecordingLifecycle(),
        logger: silentLogger,
      });
      await expect(start).rejects.toThrow(/token/i);
      expect(peer.gateway.sockets.size).toBe(0);
      expect(peer.calls.filter((c) => c.method === 'PUT')).toHaveLength(0);
    } finally {
      await peer.stop();
    }
  });
});

describe('Discord adapter: global registration and stopping', () => {
  it('registers globally without DISCORD_GUILD_ID, and stop() closes the gateway', async () => {
    const global = await startBot({ guildId: null });
    try {
      const puts = global.peer.calls.filter((c) => c.method === 'PUT');
      expect(puts.map((c) => c.path)).toEqual([`/applications/${IDS.app}/commands`]);
      expect(global.peer.registrations[0]?.commands.length).toBeGreaterThan(4);
      expect(global.peer.gateway.sockets.size).toBe(1);
      await global.adapter.stop();
      await waitFor(() => global.peer.gateway.sockets.size === 0, 5000, 'the gateway to close');
    } finally {
      await global.peer.stop();
    }
  });
});
