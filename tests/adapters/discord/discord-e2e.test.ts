import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { DiscordPeer, IDS, waitFor, type InteractionRecord } from './peer/discord-peer.js';
import { PERMISSIONS, type CommandOption } from './peer/interactions.js';

const root = new URL('../../../', import.meta.url).pathname;
const TOKEN = 'e2e-token.for.the.peer';
const dir = mkdtempSync(join(tmpdir(), 'briefly-discord-'));
let peer: DiscordPeer;
let bot: ChildProcess;
let stderr = '';
let stdout = '';

beforeAll(async () => {
  copyFileSync(new URL('../../fixtures/seed.txt', import.meta.url), join(dir, '000_seed.txt'));
  writeFileSync(
    join(dir, 'hoax.md'),
    [
      '---',
      'title: "@everyone Free <@&123456789012345678> [click here](https://evil.example/x)"',
      'url: https://news.example/hoax',
      'published: 2020-01-01T00:00:00Z',
      '---',
      '',
      'Readers were told to ping @here about a free offer that looked official to many of them. (Attribution: Forum post)',
      '',
    ].join('\n'),
  );
  peer = await DiscordPeer.start();
  // Started the way `npm start` starts it.
  bot = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: peer.apiUrl,
      DISCORD_GUILD_ID: IDS.guild,
      CONTENT_DIR: dir,
      DATABASE_URL: 'sqlite::memory:',
      LOG_LEVEL: 'debug',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  bot.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  bot.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  await waitFor(() => peer.registrations.length > 0, 30_000, 'the bot to register its commands');
});

afterAll(async () => {
  if (bot.exitCode === null) bot.kill('SIGKILL');
  await peer.stop();
  rmSync(dir, { recursive: true, force: true });
});

const str = (name: string, value: string): CommandOption => ({ name, type: 3, value });
const text = (messages: any[]) =>
  JSON.stringify(
    messages.map((m) => [m.content, m.embeds?.map((e: any) => [e.title, e.description])]),
  );

async function answered(record: InteractionRecord) {
  const messages = await peer.answer(record);
  expect(record.answeredAt! - record.sentAt).toBeLessThan(2000);
  for (const message of messages) expect(message.allowed_mentions).toEqual({ parse: [] });
  return messages;
}

describe('Discord adapter started as npm start starts it', () => {
  it('registers the commands in the server with one bulk overwrite', () => {
    expect(peer.calls.filter((c) => c.method === 'PUT')).toHaveLength(1);
    expect(peer.registrations[0]?.guildId).toBe(IDS.guild);
    expect(peer.registrations[0]?.commands.map((c: any) => c.name)).toEqual(
      commands.map((c) => c.name),
    );
    const identify = peer.gateway.frames.find((f) => f.op === 2);
    expect(identify.d.token).toBe(TOKEN);
  });

  it('answers /help, /news, /summary, /source, autocomplete and a button, each within 2 s', async () => {
    expect(text(await answered(peer.send({ kind: 'command', name: 'help' })))).toContain(
      '/summary',
    );

    const news = await answered(peer.send({ kind: 'command', name: 'news' }));
    expect(text(news)).toContain('Russia warns Japan on Patriot transfers');

    const summary = await answered(
      peer.send({ kind: 'command', name: 'summary', options: [str('ref', '1')] }),
    );
    expect(summary[0].embeds[0].title).toBe(
      'Russia warns Japan on Patriot transfers to US and implications for Ukraine',
    );

    const sources = await answered(
      peer.send({ kind: 'command', name: 'source', options: [str('ref', '1')] }),
    );
    expect(text(sources)).toContain('7 sources back this article');
    const claim = await answered(
      peer.send({
        kind: 'command',
        name: 'source',
        options: [
          str('ref', '1'),
          str('claim', 'Japan relaxed export controls on military products'),
        ],
      }),
    );
    expect(text(claim)).toContain('Russian Foreign Ministry briefing');

    const suggest = peer.send({
      kind: 'autocomplete',
      name: 'summary',
      options: [{ ...str('ref', 'patriot'), focused: true }],
    });
    await answered(suggest);
    expect(suggest.choices?.[0]?.name).toBe(
      'Russia warns Japan on Patriot transfers to US and implications for Ukraine',
    );

    const button = news[0].components[0].components[0];
    expect(button.label).toBe('Summary 1');
    const pressed = await answered(peer.send({ kind: 'button', customId: button.custom_id }));
    expect(pressed[0].embeds[0].title).toContain('Russia warns Japan');
  });

  it('escapes a hostile title and pings nobody', async () => {
    const messages = await answered(
      peer.send({ kind: 'command', name: 'search', options: [str('words', 'free offer')] }),
    );
    const description = messages[0].embeds[0].description as string;
    expect(description).toContain(
      '@\u200beveryone Free <\u200b@&123456789012345678> \\[click here\\]',
    );
    expect(peer.problems).toEqual([]);
  });

  it('/digest off: a member without Manage Server is refused privately, a manager turns it off', async () => {
    const registered = peer.registrations[0]!.commands.find((c: any) => c.name === 'digest');
    expect(registered.default_member_permissions).toBe('32');
    const off: CommandOption[] = [str(registered.options[0].name, 'off')];
    const member = await answered(
      peer.send({
        kind: 'command',
        name: 'digest',
        options: off,
        permissions: PERMISSIONS.member,
      }),
    );
    expect((member[0].flags ?? 0) & 64).toBe(64);
    expect(text(member)).toContain('Only moderators');
    const manager = await answered(
      peer.send({
        kind: 'command',
        name: 'digest',
        options: off,
        permissions: PERMISSIONS.manager,
      }),
    );
    expect((manager[0].flags ?? 0) & 64).toBe(0);
    expect(text(manager)).not.toContain('Only moderators');
  });

  it('/filter: a manager leaves out a phrase, /news follows it, /filter test says why', async () => {
    const registered = peer.registrations[0]!.commands.find((c: any) => c.name === 'filter');
    expect(registered.options.map((o: any) => o.name)).toEqual(['action', 'value']);
    const filter = (action: string, value?: string, permissions = PERMISSIONS.manager) =>
      answered(
        peer.send({
          kind: 'command',
          name: 'filter',
          options: [str('action', action), ...(value === undefined ? [] : [str('value', value)])],
          permissions,
        }),
      );
    const refused = await filter('add', 'exclude "patriot transfers"', PERMISSIONS.member);
    expect(text(refused)).toContain('Only moderators');
    expect(text(await filter('add', 'exclude "PATRIOT transfers"'))).toContain('Rule 1 added');
    const news = await answered(peer.send({ kind: 'command', name: 'news', options: [] }));
    expect(text(news)).not.toContain('Patriot');
    expect(text(news)).toContain('Free');
    expect(text(await filter('test', 'patriot'))).toContain('Matches exclude rule 1');
    expect(text(await filter('add', 'exclude /(unclosed/'))).toContain('at character 1');
    expect(text(await filter('clear'))).toContain('Removed the one filter rule');
    const again = await answered(peer.send({ kind: 'command', name: 'news', options: [] }));
    expect(text(again)).toContain('Patriot');
  });

  it('stops cleanly on SIGTERM: closes the gateway and exits 0, never logging the token', async () => {
    const exited = new Promise<number | null>((resolve) =>
      bot.once('exit', (code) => resolve(code)),
    );
    bot.kill('SIGTERM');
    expect(await exited).toBe(0);
    await waitFor(() => peer.gateway.sockets.size === 0, 5000, 'the gateway connection to close');
    expect(stdout).toBe('');
    expect(stderr).not.toContain(TOKEN);
    expect(stderr).not.toContain('e2e-token');
    const logs = stderr
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { msg?: string });
    expect(logs.some((l) => l.msg === 'Discord slash commands registered')).toBe(true);
    expect(logs.some((l) => l.msg === 'Discord adapter stopped')).toBe(true);
  });
});
