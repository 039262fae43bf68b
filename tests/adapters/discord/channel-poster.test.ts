import { REST } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ButtonIds } from '../../../src/adapters/discord/button-ids.js';
import { REST_ATTEMPTS, REST_RETRIES } from '../../../src/adapters/discord/limits.js';
import { createDiscordPoster, messageNonce } from '../../../src/adapters/discord/channel-poster.js';
import { answer, paragraph, section } from '../../../src/core/replies/build.js';
import { createRecordingLogger } from '../../support/recording-logger.js';
import { RecordingLifecycle } from '../../support/recording-lifecycle.js';
import { DiscordPeer } from './peer/discord-peer.js';

const CHANNEL = '300000000000000042';
const chat = { platform: 'discord', id: CHANNEL };
const digest = answer([section('Morning digest', [paragraph('Three stories.')])]);

let peer: DiscordPeer;
let rest: REST;
beforeEach(async () => {
  peer = await DiscordPeer.start();
  // The REST client as the adapter makes it: its retries are the only ones.
  rest = new REST({ api: peer.apiUrl, retries: REST_RETRIES }).setToken('peer-token');
});
afterEach(async () => {
  await peer.stop();
});

function poster() {
  const lifecycle = new RecordingLifecycle();
  const logger = createRecordingLogger();
  const created = createDiscordPoster({ rest, buttons: new ButtonIds(), lifecycle, logger });
  return { poster: created, lifecycle, logger };
}

const posts = () => peer.calls.filter((c) => c.method === 'POST' && c.path.includes('/messages'));

describe('Discord channel poster', () => {
  it('posts a digest as embeds with nothing to ping, and a nonce per message when keyed', async () => {
    const { poster: p } = poster();
    const outcome = await p.post(chat, digest, { idempotencyKey: 'digest:chan:2026-11-26T08:00' });
    expect(outcome).toEqual({ ok: true, messageIds: [expect.stringMatching(/^\d+$/)] });
    const [body] = peer.channelMessages.get(CHANNEL)!;
    expect(body.embeds[0].title).toBe('Morning digest');
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.nonce).toBe(messageNonce('digest:chan:2026-11-26T08:00', 0));
    expect(body.nonce.length).toBeLessThanOrEqual(25);
    expect(body.enforce_nonce).toBe(true);
    expect(peer.problems).toEqual([]);
  });

  it('derives the same nonce for the same key, so a repeated delivery posts once', async () => {
    const { poster: p } = poster();
    await p.post(chat, digest, { idempotencyKey: 'slot-1' });
    await p.post(chat, digest, { idempotencyKey: 'slot-1' });
    expect(posts()).toHaveLength(2);
    expect(peer.channelMessages.get(CHANNEL)).toHaveLength(1);
    expect(messageNonce('slot-1', 0)).not.toBe(messageNonce('slot-1', 1));
  });

  it('waits out a 429 through the REST queue and still delivers', async () => {
    peer.fail({ method: 'POST', path: /\/channels\/\d+\/messages$/, status: 429, retryAfter: 1 });
    const { poster: p } = poster();
    const outcome = await p.post(chat, digest);
    expect(outcome.ok).toBe(true);
    expect(posts().map((c) => c.status)).toEqual([429, 200]);
    expect(peer.channelMessages.get(CHANNEL)).toHaveLength(1);
  });

  it('reports a 403 channel gone once, without retrying', async () => {
    peer.fail({ method: 'POST', path: /\/channels\/\d+\/messages$/, status: 403, count: 10 });
    const { poster: p, lifecycle, logger } = poster();
    const outcome = await p.post(chat, digest);
    expect(outcome).toEqual({
      ok: false,
      permanent: true,
      gone: true,
      reason: expect.stringContaining('403'),
    });
    expect(posts()).toHaveLength(1);
    expect(lifecycle.gone).toEqual([{ chat, reason: expect.stringContaining('Missing Access') }]);
    expect(logger.entries.some((e) => e.level === 'warn' && e.message.includes('gone'))).toBe(true);
  });

  it('reports a 404 (unknown channel) gone too', async () => {
    peer.fail({ method: 'POST', path: /\/channels\/\d+\/messages$/, status: 404 });
    const { poster: p, lifecycle } = poster();
    expect((await p.post(chat, digest)).ok).toBe(false);
    expect(lifecycle.gone).toHaveLength(1);
  });

  it('does not repeat a refused (400) message at once, nor call the channel gone', async () => {
    peer.fail({ method: 'POST', path: /\/channels\/\d+\/messages$/, status: 400, count: 10 });
    const { poster: p, lifecycle, logger } = poster();
    const outcome = await p.post(chat, digest);
    expect(outcome).toEqual({
      ok: false,
      permanent: false,
      reason: expect.stringContaining('400'),
    });
    expect(posts()).toHaveLength(1);
    expect(lifecycle.gone).toEqual([]);
    expect(logger.entries.some((e) => e.level === 'error')).toBe(true);
  });

  it('has server failures retried by the REST client alone, then delivers', async () => {
    peer.fail({ method: 'POST', path: /\/channels\/\d+\/messages$/, status: 500, count: 2 });
    const { poster: p, lifecycle } = poster();
    expect((await p.post(chat, digest)).ok).toBe(true);
    expect(posts().map((c) => c.status)).toEqual([500, 500, 200]);
    expect(peer.channelMessages.get(CHANNEL)).toHaveLength(1);
    expect(lifecycle.gone).toEqual([]);
  });

  it(`gives up after ${REST_ATTEMPTS} attempts in all and says so, in the outcome and the log`, async () => {
    peer.fail({ method: 'POST', path: /\/channels\/\d+\/messages$/, status: 502, count: 20 });
    const { poster: p, logger } = poster();
    const outcome = await p.post(chat, digest);
    expect(outcome).toEqual({ ok: false, permanent: false, reason: expect.any(String) });
    expect(REST_ATTEMPTS).toBe(4);
    expect(posts()).toHaveLength(REST_ATTEMPTS);
    expect(logger.entries.some((e) => e.level === 'error' && e.message.includes('giving up'))).toBe(
      true,
    );
  });

  it('refuses chats that are not Discord channels', async () => {
    const { poster: p } = poster();
    const outcome = await p.post({ platform: 'telegram', id: '-100' }, digest);
    expect(outcome).toEqual({ ok: false, permanent: true, gone: true, reason: expect.any(String) });
    expect(posts()).toHaveLength(0);
  });
});
