import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draft } from '../../support/builders.js';
import { runCommand, startBot, str, type StartedBot } from './harness.js';
import { IDS } from './peer/discord-peer.js';
import type { CommandOption } from './peer/interactions.js';

const ROLE = '600000000000000001';
const OTHER_ROLE = '600000000000000002';
const chat = { platform: 'discord', id: IDS.channel };

// Untrusted article text that tries to ping everyone, here, a user and another role.
const HOSTILE = [
  draft({
    title: 'Council @everyone vote on <@&600000000000000002> budget',
    url: 'https://news.example/council',
    publishedAt: new Date('2026-11-26T11:00:00Z'),
    text: [
      `The council told @everyone and @here that <@&${OTHER_ROLE}> and <@${IDS.user}> must attend the budget vote on Friday. (Attribution: Council)`,
    ],
  }),
  draft({
    title: 'Rail strike called off',
    url: 'https://news.example/rail',
    publishedAt: new Date('2026-11-26T10:00:00Z'),
    text: [
      'Union leaders called off the planned rail strike after talks ran late into the night. (Attribution: Union)',
    ],
  }),
];

let bot: StartedBot;
beforeEach(async () => {
  bot = await startBot({
    drafts: HOSTILE,
    roles: [
      { id: ROLE, name: 'news' },
      { id: OTHER_ROLE, name: 'council' },
    ],
  });
  bot.peer.pingableRoles.add(ROLE);
  bot.services.digests.registerPoster(bot.adapter.poster);
});
afterEach(async () => {
  expect(bot.peer.problems).toEqual([]);
  await bot.stop();
});

const run = (name: string, options: CommandOption[] = [], moderator = true) =>
  runCommand(bot, name, options, { moderator });

const posted = () => bot.peer.channelMessages.get(IDS.channel) ?? [];
/** Every raw mention or @everyone/@here left in what was posted (escaped ones carry a ZWSP). */
const rawMentions = (messages: any[]) =>
  JSON.stringify(messages).match(/<@[!&]?\d+>|@everyone|@here/g) ?? [];

describe('Discord: the opt-in role ping of digests', () => {
  it('pings nobody by default, whatever the article text says', async () => {
    const shown = JSON.stringify(await run('digest'));
    expect(shown).toContain('Role ping:');
    expect(shown).toContain('off — digests ping nobody');
    await run('digest', [str('action', 'now')]);
    const messages = posted();
    expect(messages.length).toBeGreaterThan(0);
    expect(JSON.stringify(messages)).toContain('Council');
    for (const message of messages) expect(message.allowed_mentions).toEqual({ parse: [] });
    expect(rawMentions(messages)).toEqual([]);
  });

  it('pings exactly the named role at the top of the first message, and no one else', async () => {
    const changed = await run('digest', [str('action', 'ping'), str('value', `<@&${ROLE}>`)]);
    expect(JSON.stringify(changed)).toContain('Role ping:');
    expect((await bot.services.digests.settingsFor(chat)).pingRole).toBe(ROLE);
    // The answer names the role but itself pings nobody.
    for (const message of changed) expect(message.allowed_mentions?.roles ?? []).toEqual([]);

    await run('digest', [str('action', 'now')]);
    const [first, ...rest] = posted();
    expect(first.content.startsWith(`<@&${ROLE}>`)).toBe(true);
    expect(first.allowed_mentions).toEqual({ parse: [], roles: [ROLE] });
    for (const message of rest) expect(message.allowed_mentions).toEqual({ parse: [] });
    // The article's @everyone, @here, user and other-role mentions stay broken.
    expect(rawMentions(posted())).toEqual([`<@&${ROLE}>`]);
    expect(JSON.stringify(posted())).toContain('Council');
  });

  it('takes a role id, turns off again, and refuses what is not a role', async () => {
    await run('digest', [str('action', 'ping'), str('value', ROLE)]);
    expect((await bot.services.digests.settingsFor(chat)).pingRole).toBe(ROLE);
    const bad = await run('digest', [str('action', 'ping'), str('value', '@everyone')]);
    expect(JSON.stringify(bad)).toContain('is not a role');
    expect(rawMentions(bad)).toEqual([]);
    expect((await bot.services.digests.settingsFor(chat)).pingRole).toBe(ROLE);
    const off = await run('digest', [str('action', 'ping'), str('value', 'off')]);
    expect(JSON.stringify(off)).toContain('digests ping nobody');
    expect((await bot.services.digests.settingsFor(chat)).pingRole).toBeUndefined();
    await run('digest', [str('action', 'now')]);
    for (const message of posted()) expect(message.allowed_mentions).toEqual({ parse: [] });
  });

  it('sends the digest without the ping, and logs it, when the role was deleted', async () => {
    await run('digest', [str('action', 'ping'), str('value', ROLE)]);
    bot.peer.gateway.dispatch('GUILD_ROLE_DELETE', { guild_id: IDS.guild, role_id: ROLE });
    // A command after the event: the gateway delivers in order, so the cache has dropped the role.
    await run('digest');
    await run('digest', [str('action', 'now')]);
    expect(posted().length).toBeGreaterThan(0);
    for (const message of posted()) expect(message.allowed_mentions).toEqual({ parse: [] });
    expect(rawMentions(posted())).toEqual([]);
    const warned = bot.logs.filter((entry) =>
      entry.message.includes('role a digest pings no longer exists'),
    );
    expect(warned).toHaveLength(1);
    expect(warned[0]?.fields).toMatchObject({ role: ROLE });
    // /digest says so, instead of claiming a ping that no longer happens.
    const shown = JSON.stringify(await run('digest'));
    expect(shown).toContain(`${ROLE} no longer exists, so digests go out without a ping`);
    expect(shown).not.toContain('each digest pings');
  });
});
