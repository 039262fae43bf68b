import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { ARTICLES } from './articles.js';
import { startBot, type StartedBot } from './harness.js';
import { IDS } from './peer/discord-peer.js';
import { PERMISSIONS, type CommandOption } from './peer/interactions.js';

/** A server whose preferred locale is French, with members who use Discord in other languages. */
let bot: StartedBot;
beforeAll(async () => {
  bot = await startBot({ drafts: ARTICLES, guildLocale: 'fr', extraCommands: [] });
});
afterAll(async () => {
  await bot.stop();
});
afterEach(() => {
  expect(bot.peer.problems).toEqual([]);
});

const str = (name: string, value: string): CommandOption => ({ name, type: 3, value });
const int = (name: string, value: number): CommandOption => ({ name, type: 4, value });
const ephemeral = (message: any) => ((message.flags ?? 0) & 64) === 64;

async function run(
  name: string,
  options: CommandOption[],
  extra: { locale?: string; permissions?: string; dm?: boolean } = {},
) {
  const record = bot.peer.send({ kind: 'command', name, options, ...extra });
  const messages = await bot.peer.answer(record);
  const text = messages
    .flatMap((m: any) => [
      m.content ?? '',
      ...(m.embeds ?? []).flatMap((e: any) => [e.title ?? '', e.description ?? '']),
    ])
    .join('\n');
  return { messages, text };
}

describe('Discord: commands in the member’s language', () => {
  it('registers localised names and descriptions for every command and option', () => {
    const registered = bot.peer.registrations[0]!.commands;
    expect(registered.map((c: any) => c.name)).toEqual(commands.map((c) => c.name));
    const news = registered.find((c: any) => c.name === 'news');
    expect(news.name_localizations).toMatchObject({
      de: 'nachrichten',
      fr: 'actus',
      'es-ES': 'noticias',
      'es-419': 'noticias',
      'pt-BR': 'notícias',
      ru: 'новости',
      uk: 'новини',
    });
    expect(news.description_localizations.de).toMatch(/^Die neuesten Artikel/);
    expect(news.options[0].name).toBe('count');
    expect(news.options[0].name_localizations).toMatchObject({ de: 'anzahl', ru: 'количество' });
    for (const command of registered) {
      expect(Object.keys(command.name_localizations ?? {}), command.name).toHaveLength(7);
      expect(Object.keys(command.description_localizations), command.name).toHaveLength(7);
      for (const option of command.options ?? []) {
        expect(
          Object.keys(option.name_localizations),
          `${command.name} ${option.name}`,
        ).toHaveLength(7);
        expect(Object.keys(option.description_localizations)).toHaveLength(7);
      }
    }
  });

  it('answers publicly in the server’s language and privately in the member’s own', async () => {
    const news = await run('news', [int('count', 2)], { locale: 'de' });
    expect(ephemeral(news.messages[0])).toBe(false);
    expect(news.text).toContain('**Dernières actualités** (2 sur 3)');

    const missing = await run('summary', [str('ref', '42')], { locale: 'de' });
    expect(ephemeral(missing.messages[0])).toBe(true);
    expect(missing.text).toContain('die Artikel 1 bis 2; eine Nummer 42 gibt es nicht');

    const refused = await run('digest', [str('action', 'on')], {
      locale: 'uk',
      permissions: PERMISSIONS.member,
    });
    expect(ephemeral(refused.messages[0])).toBe(true);
    expect(refused.text).toContain('Змінювати дайджест можуть лише модератори.');
  });

  it('uses the member’s language for everything in a DM', async () => {
    const news = await run('news', [int('count', 1)], { locale: 'es-ES', dm: true });
    expect(news.text).toContain('**Últimas noticias** (1 de 3)');
  });

  it('speaks the channel’s own language once a moderator sets it, and shows it in /digest', async () => {
    const set = await run('digest', [str('action', 'language'), str('value', 'ru')], {
      locale: 'en-US',
      permissions: PERMISSIONS.manager,
    });
    expect(set.text).toContain('Дайджест обновлён');
    expect(set.text).toContain('**Язык:** русский (ru)');
    const news = await run('news', [int('count', 1)], { locale: 'de' });
    expect(news.text).toContain('**Последние новости** (1 из 3)');
    // Only the member sees an error: still in their own language.
    const bad = await run('digest', [str('action', 'language'), str('value', 'klingon')], {
      locale: 'pt-BR',
      permissions: PERMISSIONS.manager,
    });
    expect(ephemeral(bad.messages[0])).toBe(true);
    expect(bad.text).toContain('"klingon" não é um idioma que o Briefly fala');
    expect(bad.text).toContain('pt-BR (Português (Brasil))');
    await run('digest', [str('action', 'language'), str('value', 'default')], {
      permissions: PERMISSIONS.manager,
    });
    const back = await run('news', [int('count', 1)], { locale: 'de' });
    expect(back.text).toContain('Dernières actualités');
  });

  it('posts digests in the server’s preferred locale', async () => {
    const chat = { platform: 'discord', id: IDS.channel };
    bot.services.digests.registerPoster(bot.adapter.poster);
    const sent = await bot.services.digests.sendNow(chat);
    expect(sent.result).toBe('sent');
    const posted = bot.peer.channelMessages.get(IDS.channel) ?? [];
    const heading = posted
      .map((m: any) => m.content ?? m.embeds?.[0]?.description ?? '')
      .join('\n');
    expect(heading).toMatch(
      /Récapitulatif Briefly — jeudi 26 novembre 2026\*\* · \d+ nouveaux articles/,
    );
  });
});
