import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChatRef } from '../../../src/core/ports/chat-memory.js';
import { draft } from '../../support/builders.js';
import { createRecordingLogger } from '../../support/recording-logger.js';
import { createTestBot, type TestBot } from '../../support/test-services.js';
import { runCommand, startBot, str, type StartedBot } from './harness.js';
import { CHANNEL_TYPES, REQUIRE_TAG, type PeerChannel } from './peer/channels.js';
import { IDS } from './peer/discord-peer.js';
import type { CommandOption } from './peer/interactions.js';

const THREAD = '300000000000000011';
const PRIVATE_THREAD = '300000000000000012';
const FORUM = '300000000000000015';
const FORUM_POST = '300000000000000016';
const STAFF_FORUM = '300000000000000017';
const VOICE = '300000000000000018';
const NEWS_TAG = '910000000000000001';
const STAFF_TAG = '910000000000000002';
const home: ChatRef = { platform: 'discord', id: IDS.channel };
const NOW = '2026-12-07T20:00:00Z'; // 8 December in Auckland, 7 December in Berlin

let core: TestBot;
let bot: StartedBot;
let stories = 0;

/**
 * A story published a minute after the last, just before the clock: each digest has something new
 * to send (and each /digest now is a delivery of its own minute).
 */
function addStory(): void {
  stories++;
  core.clock.set(new Date(core.clock.now().getTime() + 60_000));
  core.articles.putNow(
    `story-${stories}`,
    draft({
      title: `Harbour story ${stories}`,
      url: `https://news.example/${stories}`,
      publishedAt: new Date(core.clock.now().getTime() - 1000),
      text: [`The harbour board met for the ${stories}th time and agreed on the new tolls.`],
    }),
  );
}

function place(channel: Omit<PeerChannel, 'guildId'>): PeerChannel {
  return bot.peer.world.add({ guildId: IDS.guild, ...channel });
}

beforeEach(async () => {
  stories = 0;
  const logger = createRecordingLogger();
  core = createTestBot([], { logger });
  core.clock.set(NOW);
  addStory();
  bot = await startBot({ services: core.services, logger });
  bot.services.digests.registerPoster(bot.adapter.poster);
  place({
    id: THREAD,
    type: CHANNEL_TYPES.publicThread,
    name: 'harbour-talk',
    parentId: IDS.channel,
  });
  place({
    id: PRIVATE_THREAD,
    type: CHANNEL_TYPES.privateThread,
    name: 'mods-only',
    parentId: IDS.channel,
    botMember: false,
  });
  place({
    id: FORUM,
    type: CHANNEL_TYPES.forum,
    name: 'digests',
    flags: REQUIRE_TAG,
    availableTags: [
      { id: STAFF_TAG, name: 'Staff', moderated: true },
      { id: NEWS_TAG, name: 'News' },
    ],
  });
  place({ id: FORUM_POST, type: CHANNEL_TYPES.publicThread, name: 'welcome', parentId: FORUM });
  place({
    id: STAFF_FORUM,
    type: CHANNEL_TYPES.forum,
    name: 'staff-notes',
    flags: REQUIRE_TAG,
    availableTags: [{ id: '910000000000000003', name: 'Internal', moderated: true }],
  });
  place({ id: VOICE, type: CHANNEL_TYPES.voice, name: 'lounge' });
});
afterEach(async () => {
  expect(bot.peer.problems).toEqual([]);
  await bot.stop();
});

/** Runs a slash command as a moderator (or a member), in the home channel or in `where`. */
const run = async (name: string, options: CommandOption[] = [], where?: string, moderator = true) =>
  JSON.stringify(await runCommand(bot, name, options, { where, moderator }));
const digest = (action: string, value?: string, where?: string) =>
  run('digest', [str('action', action), ...(value ? [str('value', value)] : [])], where);

const messagesIn = (id: string) => bot.peer.channelMessages.get(id) ?? [];
const logged = (text: string) => bot.logs.filter((entry) => entry.message.includes(text));

describe('Discord threads: commands typed in them', () => {
  it('answer in a public thread, a private thread and a forum post, with the parent’s settings', async () => {
    expect(await digest('time', '07:30')).toContain('07:30');
    // A public thread and a private one the bot was never added to (not in its cache): both are
    // parts of #general, so /digest there is #general's.
    for (const thread of [THREAD, PRIVATE_THREAD]) {
      const shown = await run('digest', [], thread);
      expect(shown).toContain('07:30');
      expect(shown).toContain('this channel');
    }
    expect(await run('news', [], THREAD)).toContain('Harbour story 1');
    // A post of a forum is the forum's: its digest is a new post of the forum each time.
    const forum = await run('digest', [], FORUM_POST);
    expect(forum).toContain('08:00');
    expect(forum).toContain('a new post in this forum each time');
    // Nothing was stored under a thread's own id.
    for (const id of [THREAD, PRIVATE_THREAD, FORUM_POST])
      expect(await bot.services.digests.hasOwnSettings({ platform: 'discord', id })).toBe(false);
    // Each answer was the interaction's own, so Discord shows it where it was typed; none was
    // posted into a channel.
    expect(bot.peer.channelMessages.size).toBe(0);
  });

  it('keeps a thread that has digest settings of its own (made before threads shared them) on its own', async () => {
    const own = { platform: 'discord', id: THREAD };
    await bot.services.digests.change(own, { minuteOfDay: 6 * 60 });
    expect(await run('digest', [], THREAD)).toContain('06:00');
    expect(await run('digest')).toContain('08:00');
  });
});

describe('Discord threads and forums as digest targets', () => {
  it('sends the digest into a thread chosen with /digest target here, and /digest shows it', async () => {
    const changed = await digest('target', 'here', THREAD);
    expect(changed).toContain(`the thread <#${THREAD}>`);
    expect((await bot.services.digests.settingsFor(home)).target).toEqual({
      kind: 'thread',
      id: THREAD,
    });
    expect(await run('digest')).toContain(`Goes to:`);
    expect(await digest('now')).toContain('Digest sent');
    expect(JSON.stringify(messagesIn(THREAD))).toContain('Harbour story 1');
    expect(messagesIn(IDS.channel)).toEqual([]);
    // Back to the channel itself.
    expect(await digest('target', 'channel')).toContain('this channel');
    addStory();
    await digest('now');
    expect(JSON.stringify(messagesIn(IDS.channel))).toContain('Harbour story 2');
  });

  it('starts a forum post per digest, titled with the channel’s local date and tagged as named', async () => {
    await digest('timezone', 'Pacific/Auckland');
    expect(await digest('target', `<#${FORUM}> news`)).toContain('tagged “News”');
    await digest('now');
    addStory();
    await digest('language', 'de');
    await digest('now');
    const posts = bot.peer.forumPosts;
    expect(posts.map((p) => [p.forumId, p.thread.name, p.thread.appliedTags])).toEqual([
      [FORUM, 'Digest — 8 Dec 2026', [NEWS_TAG]],
      [FORUM, 'Digest — 8. Dez. 2026', [NEWS_TAG]],
    ]);
    expect(JSON.stringify(messagesIn(posts[0]!.thread.id))).toContain('Harbour story 1');
    expect(JSON.stringify(messagesIn(posts[1]!.thread.id))).toContain('Harbour story 2');
    expect(messagesIn(IDS.channel)).toEqual([]);
  });

  it('chooses a tag the bot may set when the forum requires one and none is named', async () => {
    expect(await digest('target', `<#${FORUM}>`)).toContain('tagged “News”');
    await digest('now');
    expect(bot.peer.forumPosts[0]?.thread.appliedTags).toEqual([NEWS_TAG]);
  });

  it('refuses, with a clear answer, what no digest can go to', async () => {
    const refusals: [string, string][] = [
      [
        `<#${STAFF_FORUM}>`,
        '#staff-notes requires a tag on every post and has none the bot can set',
      ],
      [`<#${FORUM}> sports`, 'has no tag “sports”. Its tags: “Staff” and “News”'],
      [`<#${VOICE}>`, '#lounge is neither a thread nor a forum'],
      ['399999999999999999', 'cannot see 399999999999999999 in this server'],
      [`<#${THREAD}> news`, 'Only forum posts have tags, and #harbour-talk is a thread'],
      ['#general', 'is not a thread or a forum'],
    ];
    for (const [value, answer] of refusals) expect(await digest('target', value)).toContain(answer);
    expect((await bot.services.digests.settingsFor(home)).target).toBeUndefined();
    // Members may look, not choose.
    const member = await run(
      'digest',
      [str('action', 'target'), str('value', 'here')],
      THREAD,
      false,
    );
    expect(member).toContain('Manage Server');
  });

  it('reopens an archived thread to post the digest in it', async () => {
    await digest('target', `<#${THREAD}>`);
    bot.peer.world.archive(THREAD);
    expect(await digest('now')).toContain('Digest sent');
    expect(JSON.stringify(messagesIn(THREAD))).toContain('Harbour story 1');
    expect(bot.peer.world.byId.get(THREAD)?.archived).toBe(false);
  });

  it('fetches a thread its gateway never told of (archived before the start), and reopens it', async () => {
    const old = '300000000000000020';
    // Archived threads are not synced by the gateway: only GET /channels/{id} knows this one.
    bot.peer.world.byId.set(old, {
      id: old,
      type: CHANNEL_TYPES.publicThread,
      name: 'last-year',
      guildId: IDS.guild,
      parentId: IDS.channel,
      archived: true,
      locked: true,
    });
    const chosen = await digest('target', `<#${old}>`);
    expect(chosen).toContain(`the thread <#${old}>`);
    expect(chosen).toContain('archived and locked: digests reach it only if the bot may reopen it');
    expect(bot.peer.calls.some((c) => c.method === 'GET' && c.path === `/channels/${old}`)).toBe(
      true,
    );
    bot.peer.world.botManagesThreads = true;
    expect(await digest('now')).toContain('Digest sent');
    expect(JSON.stringify(messagesIn(old))).toContain('Harbour story 1');
    expect(bot.peer.world.byId.get(old)?.archived).toBe(false);
  });

  it('reports a locked archived thread, keeps the slot to retry, and posts once it may reopen it', async () => {
    await digest('target', `<#${THREAD}>`);
    bot.peer.world.archive(THREAD, true);
    const digests = bot.services.digests;
    await digests.change(home, { enabled: true, minuteOfDay: 20 * 60 + 30, timezone: 'UTC' });
    core.clock.set('2026-12-07T20:30:00Z');
    expect((await digests.runDue(core.clock.now())).results.failed).toBe(1);
    const slot = { chat: home, slot: new Date('2026-12-07T20:30:00Z'), kind: 'scheduled' as const };
    const failed = await core.storage.digests.getDelivery(slot);
    expect(failed).toMatchObject({ status: 'failed' });
    expect(failed?.retryAt).toBeInstanceOf(Date);
    expect(messagesIn(THREAD)).toEqual([]);
    expect(logged('digest could not go to its target')[0]?.fields).toMatchObject({
      problem: 'locked',
    });
    expect(await run('digest')).toContain('archived and locked');
    // The channel itself is fine.
    expect(bot.lifecycle.gone).toEqual([]);

    // A moderator gives the bot Manage Threads: the retry reopens the thread and posts.
    bot.peer.world.botManagesThreads = true;
    core.clock.set(failed!.retryAt!);
    expect((await digests.runDue(core.clock.now())).results.sent).toBe(1);
    expect(JSON.stringify(messagesIn(THREAD))).toContain('Harbour story 1');
    expect(
      bot.peer.calls.some((c) => c.method === 'PATCH' && c.path === `/channels/${THREAD}`),
    ).toBe(true);
    expect(await run('digest')).not.toContain('could not go there');
  });

  it('reports a private thread the bot was not added to, and posts once it is in', async () => {
    expect(await digest('target', 'here', PRIVATE_THREAD)).toContain(`<#${PRIVATE_THREAD}>`);
    expect(await digest('now')).toContain('Discord 403');
    expect(messagesIn(PRIVATE_THREAD)).toEqual([]);
    expect(await run('digest')).toContain('the bot may not post there (check its permissions)');
    bot.peer.world.byId.get(PRIVATE_THREAD)!.botMember = true;
    addStory();
    expect(await digest('now')).toContain('Digest sent');
    expect(JSON.stringify(messagesIn(PRIVATE_THREAD))).toContain('Harbour story 2');
    expect(await run('digest')).not.toContain('may not post there');
  });

  it('posts in the channel itself, with a notice, when the thread was deleted; /digest tells', async () => {
    await digest('target', `<#${THREAD}>`);
    bot.peer.world.delete(THREAD);
    expect(await digest('now')).toContain('Digest sent');
    const posted = JSON.stringify(messagesIn(IDS.channel));
    expect(posted).toContain(`This digest was meant for_ <#${THREAD}>_, but it no longer exists.`);
    expect(posted).toContain('Harbour story 1');
    const shown = await run('digest');
    expect(shown).toContain('could not go there: it no longer exists.');
    expect(shown).toContain('Digests are posted in this channel until');
    expect(logged('digest posted in the channel itself instead of its target')).toHaveLength(1);
    expect(bot.lifecycle.gone).toEqual([]);
    expect((await bot.services.digests.settingsFor(home)).active).toBe(true);
  });

  it('posts in the channel itself when the forum was deleted; /digest tells', async () => {
    await digest('target', `<#${FORUM}> news`);
    bot.peer.world.delete(FORUM);
    expect(await digest('now')).toContain('Digest sent');
    expect(bot.peer.forumPosts).toEqual([]);
    expect(JSON.stringify(messagesIn(IDS.channel))).toContain(`<#${FORUM}>`);
    expect(await run('digest')).toContain('could not go there: it no longer exists.');
    expect(logged('Discord refused the digest’s thread or forum')[0]?.fields).toMatchObject({
      status: 404,
      problem: 'deleted',
    });
    expect(bot.lifecycle.gone).toEqual([]);
  });

  it('posts in the channel itself when the forum now requires a tag it no longer has', async () => {
    await digest('target', `<#${FORUM}> news`);
    const forum = bot.peer.world.byId.get(FORUM)!;
    forum.availableTags = [{ id: STAFF_TAG, name: 'Staff', moderated: true }];
    bot.peer.gateway.dispatch('CHANNEL_UPDATE', bot.peer.world.json(forum));
    await run('digest'); // the gateway delivers in order: the cache has the forum's new tags
    await digest('now');
    expect(bot.peer.forumPosts).toEqual([]);
    expect(JSON.stringify(messagesIn(IDS.channel))).toContain('requires a tag and has none');
    expect(logged('forum requires a tag and has none the bot can set')).toHaveLength(1);
    expect(await run('digest')).toContain('could not go there: the forum requires a tag');
  });

  it('posts in the channel itself when Discord refuses the forum post for want of a tag (40067)', async () => {
    const open = place({
      id: '300000000000000019',
      type: CHANNEL_TYPES.forum,
      name: 'open-forum',
      availableTags: [{ id: '910000000000000009', name: 'Misc' }],
    });
    expect(await digest('target', `<#${open.id}>`)).toContain(`forum <#${open.id}> each time`);
    // The forum starts requiring a tag; the bot has not heard yet, Discord answers 40067.
    open.flags = REQUIRE_TAG;
    await digest('now');
    const refused = bot.peer.calls.find((c) => c.path === `/channels/${open.id}/threads`);
    expect(refused?.status).toBe(400);
    expect(refused?.body.applied_tags).toEqual([]);
    expect(JSON.stringify(messagesIn(IDS.channel))).toContain('requires a tag and has none');
    expect((await bot.services.digests.settingsFor(home)).targetProblem).toBe('tag-required');
  });
});
