import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { seedArticle } from '../../support/builders.js';
import { startHarness, type Harness } from './harness.js';
import type { PeerChat, PeerUser, SentMessage } from './peer/bot-api-peer.js';
import { checkTelegramHtml } from './peer/telegram-html.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness([seedArticle()]);
});
afterAll(async () => {
  await h.close();
});

const german: PeerUser = { id: 21, first_name: 'Greta', language_code: 'de' };
const brazilian: PeerUser = { id: 22, first_name: 'Bia', language_code: 'pt-br' };
const japanese: PeerUser = { id: 23, first_name: 'Ren', language_code: 'ja' };

async function ask(chat: PeerChat, from: PeerUser, text: string): Promise<SentMessage[]> {
  const before = h.peer.sent.filter((m) => m.chatId === chat.id).length;
  await h.peer.send(chat, from, text);
  return (await h.peer.waitForSent(chat.id, before + 1)).slice(before);
}
const shown = (message: SentMessage | undefined) => checkTelegramHtml(message?.text ?? '').text;

describe('Telegram: each chat in its own language', () => {
  it('registers the command menu in English and once per language, with English command names', () => {
    expect(h.peer.commands?.find((c) => c.command === 'news')?.description).toBe(
      'The latest articles, numbered, with buttons for a summary and the sources',
    );
    expect([...h.peer.commandsByLanguage.keys()].sort()).toEqual([
      'de',
      'es',
      'fr',
      'pt',
      'ru',
      'uk',
    ]);
    for (const menu of h.peer.commandsByLanguage.values())
      expect(menu.map((c) => c.command)).toEqual([...commands.map((c) => c.name), 'setting']);
    const news = (language: string) =>
      h.peer.commandsByLanguage.get(language)?.find((c) => c.command === 'news')?.description;
    expect(news('de')).toMatch(/^Die neuesten Artikel/);
    expect(news('pt')).toMatch(/^Os artigos mais recentes/);
    expect(news('uk')).toMatch(/^Останні статті/);
  });

  it('answers a private chat in its user’s language; English for a language it lacks', async () => {
    const deChat: PeerChat = { id: 21, type: 'private' };
    expect(shown((await ask(deChat, german, '/news 1'))[0])).toContain(
      'Neueste Nachrichten (1 von 1)',
    );
    expect(shown((await ask(deChat, german, '/summary 7'))[0])).toContain(
      'eine Nummer 7 gibt es nicht',
    );
    const ptChat: PeerChat = { id: 22, type: 'private' };
    expect(shown((await ask(ptChat, brazilian, '/digest'))[0])).toContain(
      'Boletim deste canal: desativado',
    );
    const jaChat: PeerChat = { id: 23, type: 'private' };
    expect(shown((await ask(jaChat, japanese, '/news 1'))[0])).toContain('Latest news (1 of 1)');
  });

  it('speaks English in a group until a moderator sets its language, whatever the members use', async () => {
    const group: PeerChat = { id: -100321, type: 'supergroup', title: 'Redaktion' };
    h.peer.members.set(`${group.id}:${german.id}`, 'administrator');
    h.peer.members.set(`${group.id}:${brazilian.id}`, 'member');
    expect(shown((await ask(group, german, '/news 1'))[0])).toContain('Latest news (1 of 1)');
    const unknown = shown((await ask(group, german, '/digest language xx'))[0]);
    expect(unknown).toContain(
      '"xx" is not a language Briefly speaks. Supported: en (English), de (Deutsch)',
    );
    const set = shown((await ask(group, german, '/digest language de'))[0]);
    expect(set).toContain('Digest aktualisiert: aus');
    expect(set).toContain('Sprache: Deutsch (de)');
    expect(shown((await ask(group, brazilian, '/news 1'))[0])).toContain(
      'Neueste Nachrichten (1 von 1)',
    );
    expect(shown((await ask(group, brazilian, '/digest on'))[0])).toContain(
      'Nur Moderatoren können den Digest ändern.',
    );
  });
});
