import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { ARTICLES, HOSTILE_TITLE } from './articles.js';
import { startBot, type StartedBot } from './harness.js';
import { IDS } from './peer/discord-peer.js';
import { PERMISSIONS, type CommandOption } from './peer/interactions.js';

let bot: StartedBot;
beforeAll(async () => {
  bot = await startBot({ drafts: ARTICLES });
});
afterAll(async () => {
  await bot.stop();
});
afterEach(() => {
  // Everything Discord would have refused (limits, mentions, double acknowledgements).
  expect(bot.peer.problems).toEqual([]);
});

const str = (name: string, value: string): CommandOption => ({ name, type: 3, value });
const int = (name: string, value: number): CommandOption => ({ name, type: 4, value });

async function run(
  name: string,
  options: CommandOption[] = [],
  extra: { permissions?: string; dm?: boolean } = {},
) {
  const record = bot.peer.send({ kind: 'command', name, options, ...extra });
  const messages = await bot.peer.answer(record);
  return { record, messages, text: textOf(messages) };
}

function textOf(messages: any[]): string {
  return messages
    .flatMap((m) => [
      m.content ?? '',
      ...(m.embeds ?? []).flatMap((e: any) => [
        e.title ?? '',
        e.description ?? '',
        e.footer?.text ?? '',
      ]),
    ])
    .join('\n');
}

const ephemeral = (message: any) => ((message.flags ?? 0) & 64) === 64;

describe('Discord adapter: registration', () => {
  it('registers every command with one bulk overwrite in the configured server', () => {
    const puts = bot.peer.calls.filter((c) => c.method === 'PUT');
    expect(puts.map((c) => c.path)).toEqual([
      `/applications/${IDS.app}/guilds/${IDS.guild}/commands`,
    ]);
    const [registration] = bot.peer.registrations;
    const byName = new Map(registration!.commands.map((c: any) => [c.name, c]));
    expect([...byName.keys()]).toEqual([
      ...commands.map((c) => c.name),
      'settings',
      'slow',
      'overflow',
    ]);
    expect(byName.get('settings').default_member_permissions).toBe('32');
    expect(byName.get('news').default_member_permissions).toBeUndefined();
    expect(byName.get('summary').options[0]).toMatchObject({
      name: 'ref',
      type: 3,
      required: true,
      autocomplete: true,
    });
    expect(byName.get('news').options[0]).toMatchObject({
      name: 'count',
      type: 4,
      min_value: 1,
      max_value: 20,
    });
    expect(byName.get('settings').options[0].choices.map((c: any) => c.value)).toEqual([
      'on',
      'off',
    ]);
  });
});

describe('Discord adapter: commands', () => {
  it('/help lists the commands in a public embed', async () => {
    const { messages, text } = await run('help');
    expect(messages).toHaveLength(1);
    expect(ephemeral(messages[0])).toBe(false);
    expect(messages[0].embeds).toHaveLength(1);
    for (const name of ['/news', '/summary', '/source', '/search']) expect(text).toContain(name);
  });

  it('/news lists articles, linked, newest first, with Summary and Sources buttons', async () => {
    const { messages, text } = await run('news', [int('count', 2)]);
    expect(text).toMatch(/^1\. \[@\u200beveryone Free/m);
    expect(text).toContain(
      '[Harbour tunnel tolls suspended until the end of the month](https://news.example/harbour-tunnel)',
    );
    const buttons = messages[0].components.flatMap((row: any) => row.components);
    expect(buttons.map((b: any) => b.label)).toEqual([
      'Summary 1',
      'Sources 1',
      'Summary 2',
      'Sources 2',
    ]);
    expect(buttons[2].custom_id).toBe(
      'run:summary:harbour-tunnel-tolls-suspended-until-the-end-of-the-month',
    );
  });

  it('/summary answers an embed titled and linked to the article, each sentence with its source', async () => {
    await run('news');
    const { messages } = await run('summary', [str('ref', '2'), int('sentences', 2)]);
    const [embed] = messages[0].embeds;
    expect(embed.title).toBe('Harbour tunnel tolls suspended until the end of the month');
    expect(embed.url).toBe('https://news.example/harbour-tunnel');
    expect(embed.description.split('\n').filter((l: string) => l.startsWith('- '))).toHaveLength(2);
    expect(embed.description).toMatch(
      /_— (City Hall press release|Commuter survey|Transport office)_/,
    );
    expect(embed.footer.text).toBe('Every sentence is quoted from the article.');
    expect(messages[0].components[0].components[0]).toMatchObject({ label: 'Sources' });
  });

  it('/source lists the sources; with a claim, the supporting passage or a plain no', async () => {
    const id = 'harbour-tunnel-tolls-suspended-until-the-end-of-the-month';
    const sources = await run('source', [str('ref', id)]);
    expect(sources.text).toContain('3 sources back this article');
    const supported = await run('source', [
      str('ref', id),
      str('claim', 'tolls stay suspended until the end of the month'),
    ]);
    expect(supported.text).toContain('Transport office');
    const unsupported = await run('source', [
      str('ref', id),
      str('claim', 'astronauts landed on the moon'),
    ]);
    expect(unsupported.text).toContain('No passage in this article supports that.');
  });

  it('/search finds articles by words', async () => {
    const { text } = await run('search', [str('words', 'rail strike')]);
    expect(text).toContain('Rail strike called off after late-night talks');
  });

  it('answers errors privately (ephemeral) as plain text', async () => {
    const { messages } = await run('summary', [str('ref', 'zebra crossing')]);
    expect(messages).toHaveLength(1);
    expect(ephemeral(messages[0])).toBe(true);
    expect(messages[0].content).toContain('No article title matches "zebra crossing".');
  });
});

describe('Discord adapter: autocomplete and buttons', () => {
  it('suggests article titles for article options as the user types', async () => {
    const record = bot.peer.send({
      kind: 'autocomplete',
      name: 'summary',
      options: [{ ...str('ref', 'harb tun'), focused: true }],
    });
    await bot.peer.answer(record);
    expect(record.callback.type).toBe(8);
    expect(record.choices).toEqual([
      {
        name: 'Harbour tunnel tolls suspended until the end of the month',
        value: 'harbour-tunnel-tolls-suspended-until-the-end-of-the-month',
      },
    ]);
    const empty = bot.peer.send({
      kind: 'autocomplete',
      name: 'source',
      options: [{ ...str('ref', ''), focused: true }],
    });
    await bot.peer.answer(empty);
    expect(empty.choices).toHaveLength(3);
  });

  it('runs /summary and /source when their buttons are pressed', async () => {
    const news = await run('news', [int('count', 3)]);
    const buttons = news.messages[0].components.flatMap((row: any) => row.components);
    const summary = bot.peer.send({ kind: 'button', customId: buttons[4].custom_id });
    expect(textOf(await bot.peer.answer(summary))).toContain('Rail strike called off');
    const sources = bot.peer.send({ kind: 'button', customId: buttons[5].custom_id });
    expect(textOf(await bot.peer.answer(sources))).toContain('2 sources back this article');
  });

  it('answers an unknown button privately', async () => {
    const record = bot.peer.send({ kind: 'button', customId: 'ref:000000000000000000000000' });
    const [message] = await bot.peer.answer(record);
    expect(ephemeral(message)).toBe(true);
    expect(message.content).toContain('expired');
  });
});

describe('Discord adapter: deferring', () => {
  it('defers a slow answer within the acknowledgement window, then edits it in', async () => {
    const { record, messages } = await run('slow', [int('ms', 900)]);
    expect(record.callback.type).toBe(5);
    expect(messages).toHaveLength(1);
    expect(messages[0].embeds[0].description).toBe('Done, slowly.');
    const edit = bot.peer.calls.find((c) => c.method === 'PATCH' && c.path.includes(record.token));
    expect(edit?.path).toBe(`/webhooks/${IDS.app}/${record.token}/messages/@original`);
    expect(record.respondedAt! - record.sentAt).toBeLessThan(3000);
    expect(edit!.at).toBeGreaterThanOrEqual(record.respondedAt!);
  });

  it('turns a slow error private: the public placeholder is deleted, the error follows privately', async () => {
    const { record, messages } = await run('slow', [
      int('ms', 900),
      { name: 'fail', type: 5, value: true },
    ]);
    expect(record.callback.type).toBe(5);
    expect(record.originalDeleted).toBe(true);
    expect(messages).toHaveLength(1);
    expect(ephemeral(messages[0])).toBe(true);
    expect(messages[0].content).toBe('Slowly failed.');
  });
});

describe('Discord adapter: moderators', () => {
  it('refuses a member without Manage Server privately, and lets a manager change settings', async () => {
    const member = await run('settings', [str('mode', 'off')], { permissions: PERMISSIONS.member });
    expect(ephemeral(member.messages[0])).toBe(true);
    expect(member.text).toContain('Only moderators can change the digest');
    const manager = await run('settings', [str('mode', 'off')], {
      permissions: PERMISSIONS.manager,
    });
    expect(ephemeral(manager.messages[0])).toBe(false);
    expect(manager.text).toContain('Settings are now off.');
  });

  it('lets a member read settings, as the command allows', async () => {
    const { text } = await run('settings', [], { permissions: PERMISSIONS.member });
    expect(text).toContain('Settings are off.');
  });

  it('serves member commands in DMs but refuses moderator commands there', async () => {
    const news = await run('news', [], { dm: true });
    expect(news.text).toContain('Latest news');
    const settings = await run('settings', [str('mode', 'on')], { dm: true });
    expect(ephemeral(settings.messages[0])).toBe(true);
    expect(settings.text).toContain('/settings works in a server channel, not in direct messages.');
  });
});

describe('Discord adapter: mention safety and limits', () => {
  it('cannot be made to ping or to render injected markdown by an article title', async () => {
    const { record, messages, text } = await run('summary', [
      str('ref', 'https://news.example/hoax'),
    ]);
    const body = record.callback.type === 4 ? record.callback.data : record.original;
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(messages[0].embeds[0].title).toBe(
      '@\u200beveryone Free <\u200b@&123456789012345678> \\[click here\\](https://evil.example/x) \\*\\*now\\*\\*',
    );
    expect(text).not.toMatch(/@everyone|@here|<@|(?<!\\)\[click here(?<!\\)\]/);
    expect(text.replaceAll('\u200b', '')).toContain('<@400000000000000001>');
    expect(HOSTILE_TITLE).toContain('@everyone');
  });

  it('splits an answer over every limit into messages that are each within every limit', async () => {
    const { record, messages } = await run('overflow');
    expect(messages.length).toBeGreaterThan(3);
    expect(record.followUps.length).toBe(messages.length - 1);
    const all = messages.flatMap((m) => m.embeds);
    expect(all[0].title).toBe('A very long article');
    expect(textOf(messages)).toContain('Sentence 119 of a long answer');
    for (const message of messages) {
      expect(message.allowed_mentions).toEqual({ parse: [] });
      expect(message.embeds.length).toBeLessThanOrEqual(10);
    }
  });
});
