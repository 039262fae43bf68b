import { REST } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ButtonIds } from '../../../src/adapters/discord/button-ids.js';
import { createDiscordPoster } from '../../../src/adapters/discord/channel-poster.js';
import { placeDescriber } from '../../../src/adapters/discord/describe-place.js';
import { fleetPacedGet } from '../../../src/adapters/discord/fleet-pacing.js';
import { REST_RETRIES } from '../../../src/adapters/discord/limits.js';
import type { Reservation, SendBucket } from '../../../src/core/ports/send-budget.js';
import { MemorySendBudget } from '../../../src/core/sending/memory-send-budget.js';
import { answer, paragraph, section } from '../../../src/core/replies/build.js';
import { createRecordingLogger } from '../../support/recording-logger.js';
import { RecordingLifecycle } from '../../support/recording-lifecycle.js';
import { CHANNEL_TYPES } from './peer/channels.js';
import { DiscordPeer, IDS } from './peer/discord-peer.js';

const TEXT = '300000000000000051';
const FORUM = '300000000000000052';
const digest = answer([section('Morning digest', [paragraph('Three stories.')])]);

/** The fleet's budget, recording which buckets each request waited for. */
class CountingBudget extends MemorySendBudget {
  readonly asked: string[][] = [];
  override reserve(buckets: readonly SendBucket[], horizonMs: number): Promise<Reservation> {
    this.asked.push(buckets.map((b) => b.key));
    return super.reserve(buckets, horizonMs);
  }
}

let peer: DiscordPeer;
let budget: CountingBudget;
let poster: ReturnType<typeof createDiscordPoster>;
beforeEach(async () => {
  peer = await DiscordPeer.start();
  peer.world.add({ id: TEXT, type: CHANNEL_TYPES.text, name: 'news', guildId: IDS.guild });
  peer.world.add({ id: FORUM, type: CHANNEL_TYPES.forum, name: 'digests', guildId: IDS.guild });
  const rest = new REST({ api: peer.apiUrl, retries: REST_RETRIES }).setToken('peer-token');
  budget = new CountingBudget();
  const logger = createRecordingLogger();
  const fleet = { budget, botId: 'bot' };
  poster = createDiscordPoster({
    rest,
    buttons: new ButtonIds(),
    lifecycle: new RecordingLifecycle(),
    logger,
    fleet,
    // A process whose shards hold none of these channels: its gateway caches know nothing.
    describePlace: placeDescriber(() => undefined, fleetPacedGet(rest, fleet, logger)),
  });
});
afterEach(async () => {
  await peer.stop();
});

const requests = () => peer.calls.map((c) => `${c.method} ${c.path} ${c.status}`);

describe('Discord poster: channels of servers this process holds no shard of', () => {
  it('posts to a text channel with one request, without looking the channel up first', async () => {
    const outcome = await poster.post({ platform: 'discord', id: TEXT }, digest);
    expect(outcome.ok).toBe(true);
    expect(requests()).toEqual([`POST /channels/${TEXT}/messages 200`]);
    expect(budget.asked).toEqual([['dc:bot:all', `dc:bot:channel:${TEXT}`]]);
  });

  it('starts a forum post when the channel turns out to be a forum, each request paced', async () => {
    const outcome = await poster.post({ platform: 'discord', id: FORUM }, digest, {
      title: 'Digest — 7 Dec',
    });
    expect(outcome.ok).toBe(true);
    expect(requests()).toEqual([
      `POST /channels/${FORUM}/messages 400`,
      `GET /channels/${FORUM} 200`,
      `POST /channels/${FORUM}/threads 201`,
    ]);
    expect(peer.forumPosts.map((p) => p.thread.name)).toEqual(['Digest — 7 Dec']);
    // The lookup counts against the bot's global limit like the posts.
    expect(budget.asked).toEqual([
      ['dc:bot:all', `dc:bot:channel:${FORUM}`],
      ['dc:bot:all'],
      ['dc:bot:all'],
    ]);
  });
});

describe('Discord poster: a post keeps to its turn of the fleet’s budget', () => {
  it('asks for a new turn when the sending mark came too late for the one it had, and posts once', async () => {
    // Written once however often asked, as the ledger's mark is; the ledger answers slowly, so
    // the turn reserved for now has passed when the mark is written.
    let written: Promise<boolean> | undefined;
    const slowMark = () =>
      (written ??= new Promise((resolve) => setTimeout(() => resolve(true), 200)));
    const outcome = await poster.post({ platform: 'discord', id: TEXT }, digest, {
      idempotencyKey: 'late-mark',
      beforeSend: slowMark,
    });
    expect(outcome.ok).toBe(true);
    // A new turn at least once (more only if this machine stalls past the next one too).
    expect(budget.asked.length).toBeGreaterThanOrEqual(2);
    expect(budget.asked.length).toBeLessThanOrEqual(4);
    expect(requests()).toEqual([`POST /channels/${TEXT}/messages 200`]);
  });
});
