import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { answer, paragraph } from '../../../src/core/replies/build.js';
import { HOSTILE_TITLE, hostileArticle, longArticle, seedArticle } from './articles.js';
import { startHarness, type Harness } from './harness.js';
import {
  PEER_BOT_USERNAME,
  type PeerChat,
  type PeerUser,
  type SentMessage,
} from './peer/bot-api-peer.js';
import { checkTelegramHtml } from './peer/telegram-html.js';

/**
 * The real adapter (startTelegram, telegraf long polling) against the Bot API test peer, which
 * checks every message it gets: Telegram HTML, 4,096 characters, rate limits.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness([seedArticle(), hostileArticle(), longArticle()]);
});
afterAll(async () => {
  await h.close();
});

const ann: PeerUser = { id: 7, first_name: 'Ann' };
const admin: PeerUser = { id: 8, first_name: 'Ada' };
const member: PeerUser = { id: 9, first_name: 'Max' };
const SEED = 'Russia warns Japan on Patriot transfers to US and implications for Ukraine';

/** Sends `text` and waits for `count` new bot messages in that chat. */
async function ask(
  chat: PeerChat,
  from: PeerUser | undefined,
  text: string,
  options: { count?: number; extra?: Record<string, unknown> } = {},
): Promise<SentMessage[]> {
  const before = h.peer.sent.filter((m) => m.chatId === chat.id).length;
  await h.peer.send(chat, from, text, options.extra);
  const all = await h.peer.waitForSent(chat.id, before + (options.count ?? 1));
  return all.slice(before);
}

const shown = (message: SentMessage | undefined) => checkTelegramHtml(message?.text ?? '').text;

function expectNoRefusals(chatId: number) {
  expect(h.peer.refusals.filter((r) => r.chatId === chatId)).toEqual([]);
}

describe('Telegram adapter against a Bot API peer', () => {
  it('registers the command menu from the command definitions', () => {
    expect(h.peer.commands?.map((c) => c.command)).toEqual([
      ...commands.map((c) => c.name),
      'setting',
    ]);
    expect(h.peer.commands?.[1]?.description).toBe(
      'The latest articles, numbered, with buttons for a summary and the sources',
    );
  });

  it('answers every command in a private chat', async () => {
    const chat: PeerChat = { id: 7, type: 'private' };
    // "/start" (here from a deep link, with a payload) shows the help.
    expect(shown((await ask(chat, ann, '/start from_website'))[0])).toContain(
      '/news [count] [topic]',
    );
    expect(shown((await ask(chat, ann, '/help summary'))[0])).toContain('Examples:');
    const [news] = await ask(chat, ann, '/news');
    expect(shown(news)).toContain(`1. ${SEED}`);
    expect(news!.buttons.map((b) => b.text)).toContain('Summary 1');
    const [summary] = await ask(chat, ann, '/summary 1');
    expect(shown(summary)).toContain(SEED);
    expect(shown(summary)).toContain('Every sentence is quoted from the article.');
    expect(shown((await ask(chat, ann, '/source 1'))[0])).toContain('7 sources back this article:');
    expect(
      shown(
        (await ask(chat, ann, '/source 1 Japan relaxed export controls on military products'))[0],
      ),
    ).toContain('Russian Foreign Ministry briefing');
    expect(
      shown((await ask(chat, ann, '/source 1 Japan landed astronauts on the moon'))[0]),
    ).toContain('No passage in this article supports that.');
    expect(shown((await ask(chat, ann, '/search patriot transfers'))[0])).toContain(SEED);
    expect(shown((await ask(chat, ann, '/nonsense'))[0])).toContain('Unknown command /nonsense.');
    expect(shown((await ask(chat, ann, '/summary 1 50'))[0])).toContain(
      'sentences must be from 1 to 10.',
    );
    expect(shown((await ask(chat, ann, 'hello there'))[0])).toContain('Commands start with "/".');
    expectNoRefusals(chat.id);
    expect(h.peer.sent.filter((m) => m.chatId === 7).every((m) => m.parseMode === 'HTML')).toBe(
      true,
    );
  });

  it('answers every command in a supergroup, as /name and /name@Bot, replying to the command', async () => {
    const chat: PeerChat = { id: -100200, type: 'supergroup', title: 'News room' };
    const [help] = await ask(chat, ann, `/help@${PEER_BOT_USERNAME}`);
    expect(shown(help)).toContain('/news [count] [topic]');
    const [news] = await ask(chat, ann, '/news 2');
    expect(shown(news)).toContain('(2 of 3)');
    const [summary] = await ask(chat, member, `/summary@${PEER_BOT_USERNAME.toLowerCase()} 1 2`);
    expect(shown(summary)).toContain(SEED);
    expect(shown((await ask(chat, ann, '/source 1'))[0])).toContain('7 sources back this article:');
    expect(shown((await ask(chat, ann, '/source 1 Japan relaxed export controls'))[0])).toContain(
      'supports it',
    );
    expect(shown((await ask(chat, ann, '/search harbour tunnel'))[0])).toContain(
      'Harbour tunnel works explained at length',
    );
    // Commands for another bot, unknown commands without our name, and chatter are left alone.
    await h.peer.send(chat, ann, '/news@OtherBot');
    await h.peer.send(chat, ann, '/otherbotcommand');
    await h.peer.send(chat, ann, 'just talking');
    const [next] = await ask(chat, ann, `/nonsense@${PEER_BOT_USERNAME}`);
    expect(shown(next)).toContain('Unknown command /nonsense.');
    expect(news!.replyTo).toBeDefined();
    expectNoRefusals(chat.id);
  });

  it('answers the Summary and Sources buttons, and the button presses themselves', async () => {
    const chat: PeerChat = { id: 70, type: 'private' };
    const [news] = await ask(chat, ann, '/news');
    const answeredBefore = h.peer.answered.length;
    await h.peer.press(news!, ann, 'Summary 1');
    const [summary] = await h.peer.waitForSent(chat.id, 2).then((m) => m.slice(1));
    expect(shown(summary)).toContain(SEED);
    expect(shown(summary)).toMatch(/Every sentence is quoted/);
    await h.peer.press(news!, ann, 'Sources 1');
    const [sources] = await h.peer.waitForSent(chat.id, 3).then((m) => m.slice(2));
    expect(shown(sources)).toContain('7 sources back this article:');
    // The Sources button under a summary works too.
    await h.peer.press(summary!, ann, 'Sources');
    const [again] = await h.peer.waitForSent(chat.id, 4).then((m) => m.slice(3));
    expect(shown(again)).toContain('7 sources back this article:');
    expect(h.peer.answered.length - answeredBefore).toBe(3);
    expect(h.peer.answered.slice(answeredBefore).every((a) => a.text === undefined)).toBe(true);
  });

  it('answers a stale button with a notice instead of silence', async () => {
    const chat: PeerChat = { id: 71, type: 'private' };
    const [help] = await ask(chat, ann, '/help');
    const before = h.peer.answered.length;
    await h.peer.press(
      { ...help!, buttons: [{ text: 'Old', callback_data: '#forgotten' }] },
      ann,
      'Old',
    );
    await expect.poll(() => h.peer.answered.length).toBe(before + 1);
    expect(h.peer.answered.at(-1)?.text).toMatch(/expired/);
  });

  it('replies in the forum topic a command came from; each topic has its own list', async () => {
    const forum: PeerChat = { id: -100300, type: 'supergroup', title: 'Forum', is_forum: true };
    const topic = (id: number) => ({ extra: { message_thread_id: id, is_topic_message: true } });
    const [news] = await ask(forum, ann, '/news 1', topic(55));
    expect(news!.threadId).toBe(55);
    const [summary] = await ask(forum, ann, '/summary 1', topic(55));
    expect(summary!.threadId).toBe(55);
    expect(shown(summary)).toContain(SEED);
    const [found] = await ask(forum, ann, '/search harbour tunnel works', topic(66));
    expect(found!.threadId).toBe(66);
    const [other] = await ask(forum, ann, '/summary 1', topic(66));
    expect(other!.threadId).toBe(66);
    expect(shown(other)).toContain('Harbour tunnel works explained at length');
    const [again] = await ask(forum, ann, '/summary 1', topic(55));
    expect(shown(again)).toContain(SEED);
    await h.peer.press(news!, ann, 'Sources 1');
    const [pressed] = (await h.peer.waitForSent(forum.id, 6)).slice(5);
    expect(pressed!.threadId).toBe(55);
  });

  it('lets administrators change settings and refuses members, with a short answer', async () => {
    const chat: PeerChat = { id: -100400, type: 'supergroup', title: 'Settings' };
    h.peer.members.set(`${chat.id}:${admin.id}`, 'administrator');
    h.peer.members.set(`${chat.id}:${ann.id}`, 'creator');
    h.peer.members.set(`${chat.id}:${member.id}`, 'member');
    expect(shown((await ask(chat, member, '/setting off'))[0])).toMatch(
      /^Only moderators can change the digest\. \(.*Telegram: the chat’s creator or administrators\.\)$/,
    );
    expect(h.setting.get(String(chat.id))).toBeUndefined();
    expect(shown((await ask(chat, admin, '/setting off'))[0])).toBe('The setting is now off.');
    expect(shown((await ask(chat, ann, '/setting on'))[0])).toBe('The setting is now on.');
    expect(shown((await ask(chat, member, '/setting'))[0])).toBe('The setting is on.');
    // An anonymous admin writes as the group itself.
    const anonymous = { id: 1087968824, first_name: 'Group', is_bot: true };
    const [anon] = await ask(chat, anonymous, '/setting anon', { extra: { sender_chat: chat } });
    expect(shown(anon)).toBe('The setting is now anon.');
    // In a private chat the user is the moderator.
    expect(shown((await ask({ id: 9, type: 'private' }, member, '/setting mine'))[0])).toBe(
      'The setting is now mine.',
    );
    expect(h.setting.get(String(chat.id))).toBe('anon');
    const lookups = h.peer.calls.filter(
      (c) => c.method === 'getChatMember' && Number(c.params.chat_id) === chat.id,
    );
    expect(lookups.map((c) => Number(c.params.user_id)).sort()).toEqual([7, 8, 9]); // cached per user
  });

  it('/filter in a supergroup: administrators add a quoted phrase, /news follows it, members are refused', async () => {
    const chat: PeerChat = { id: -100410, type: 'supergroup', title: 'Filters' };
    h.peer.members.set(`${chat.id}:${admin.id}`, 'administrator');
    h.peer.members.set(`${chat.id}:${member.id}`, 'member');
    expect(shown((await ask(chat, member, '/filter add exclude japan'))[0])).toContain(
      'Only moderators can change the filters',
    );
    expect(
      shown((await ask(chat, admin, '/filter add exclude “patriot transfers” crypto'))[0]),
    ).toContain('Rule 1 added: exclude “patriot transfers” crypto');
    expect(shown((await ask(chat, member, '/filter'))[0])).toContain(
      '1. exclude “patriot transfers” crypto',
    );
    const news = shown((await ask(chat, member, '/news 10'))[0]);
    expect(news).not.toContain(SEED);
    expect(shown((await ask(chat, admin, '/filter add include /[<&>]/'))[0])).toContain(
      'Rule 2 added',
    );
    expect(shown((await ask(chat, admin, '/filter test patriot'))[0])).toContain('Left out');
    expect(shown((await ask(chat, admin, '/filter clear'))[0])).toContain('all 2 filter rules');
    expect(shown((await ask(chat, member, '/news 10'))[0])).toContain(SEED);
    expectNoRefusals(chat.id);
  });

  it('serves channel posts: answers in the channel, and a channel post counts as a moderator', async () => {
    const channel: PeerChat = { id: -100500, type: 'channel', title: 'Channel' };
    const [news] = await ask(channel, undefined, '/news 1');
    expect(shown(news)).toContain(SEED);
    expect(shown((await ask(channel, undefined, '/setting daily'))[0])).toBe(
      'The setting is now daily.',
    );
  });

  it('on a 429 waits retry_after and still delivers the answer', async () => {
    const chat: PeerChat = { id: 72, type: 'private' };
    h.peer.faults.push({
      method: 'sendMessage',
      chatId: chat.id,
      status: 429,
      description: 'Too Many Requests: retry after 1',
      parameters: { retry_after: 1 },
      count: 1,
    });
    const started = Date.now();
    const [help] = await ask(chat, ann, '/help');
    const refusal = h.peer.refusals.find((r) => r.chatId === chat.id);
    expect(refusal?.status).toBe(429);
    expect(help!.at - refusal!.at).toBeGreaterThanOrEqual(1000);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(shown(help)).toContain('/news [count] [topic]');
  });

  it('splits a reply longer than 4,096 characters into valid numbered parts, in order', async () => {
    const chat: PeerChat = { id: 73, type: 'private' };
    const parts = await ask(chat, ann, '/summary harbour tunnel works explained 10', { count: 2 });
    await new Promise((resolve) => setTimeout(resolve, 400));
    const all = h.peer.sent.filter((m) => m.chatId === chat.id);
    expect(all.length).toBeGreaterThanOrEqual(2);
    all.forEach((part, i) => {
      expect(part.text.length).toBeLessThanOrEqual(4096);
      expect(part.text).toMatch(new RegExp(`\\(${i + 1}/${all.length}\\)</i>$`));
    });
    const text = all.map(shown).join('\n');
    const numbers = [...text.matchAll(/Long sentence number (\d+)/g)].map((m) => Number(m[1]));
    expect(numbers).toHaveLength(10);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(all.at(-1)!.buttons.map((b) => b.text)).toEqual(['Sources']);
    expect(parts[0]!.buttons).toEqual([]);
    expectNoRefusals(chat.id);
  });

  it('keeps hostile titles and text intact and the HTML valid', async () => {
    const chat: PeerChat = { id: 74, type: 'private' };
    const [news] = await ask(chat, ann, '/news');
    const cleanTitle = HOSTILE_TITLE.replace('\uD800', '\uFFFD');
    expect(shown(news)).toContain(`2. ${cleanTitle}`);
    const [summary] = await ask(chat, ann, '/summary 2');
    expect(shown(summary)).toContain(cleanTitle);
    expect(shown(summary)).toContain('Officials said <tags> & "quotes" stay as typed.');
    expect(summary!.text).toContain('<a href="https://example.org/news?id=1&amp;x=%22y%22">');
    const [sources] = await ask(chat, ann, '/source 2');
    expect(shown(sources)).toContain('<i>Wire</i> & Partners');
    await h.peer.press(news!, ann, 'Sources 2');
    const [pressed] = (await h.peer.waitForSent(chat.id, 4)).slice(3);
    expect(shown(pressed)).toContain('Desk [2]');
    expectNoRefusals(chat.id);
  });

  it('on a 403 reports the chat gone and logs the message as given up', async () => {
    const chat: PeerChat = { id: 75, type: 'private' };
    h.peer.blocked.set(chat.id, 'Forbidden: bot was blocked by the user');
    await h.peer.send(chat, ann, '/help');
    await expect.poll(() => h.gone.length, { timeout: 5000 }).toBeGreaterThan(0);
    expect(h.gone).toContainEqual({
      chat: { platform: 'telegram', id: '75' },
      reason: '403 Forbidden: bot was blocked by the user',
    });
    expect(
      h.logs.some((l) => l.message === 'Telegram message given up' && l.fields.chatId === 75),
    ).toBe(true);
  });

  it('follows a group that became a supergroup, from the update or from a refused send', async () => {
    const old: PeerChat = { id: -600, type: 'group', title: 'Old group' };
    await h.peer.send(old, ann, '', { text: undefined, migrate_to_chat_id: -100600 });
    await expect.poll(() => h.moved.length, { timeout: 5000 }).toBe(1);
    expect(h.moved[0]).toEqual({
      from: { platform: 'telegram', id: '-600' },
      to: { platform: 'telegram', id: '-100600' },
    });

    const other: PeerChat = { id: -700, type: 'group', title: 'Another group' };
    h.peer.migrated.set(other.id, -100700);
    await h.peer.send(other, ann, '/help');
    const [help] = await h.peer.waitForSent(-100700, 1);
    expect(shown(help)).toContain('/news [count] [topic]');
    expect(h.peer.refusals.find((r) => r.chatId === -700)?.description).toMatch(/upgraded/);
    expect(h.moved).toContainEqual({
      from: { platform: 'telegram', id: '-700' },
      to: { platform: 'telegram', id: '-100700' },
    });
    expect(h.moved).toHaveLength(2);
  });

  it('reports a chat gone when the bot is removed from it', async () => {
    await h.peer.push({
      my_chat_member: {
        chat: { id: -800, type: 'supergroup', title: 'Gone' },
        from: ann,
        date: 1,
        old_chat_member: { status: 'member', user: { id: 666, is_bot: true, first_name: 'B' } },
        new_chat_member: { status: 'kicked', user: { id: 666, is_bot: true, first_name: 'B' } },
      },
    });
    await expect
      .poll(() => h.gone.find((g) => g.chat.id === '-800')?.reason, { timeout: 5000 })
      .toBe('the bot was removed from the chat');
  });

  it('posts unsolicited replies (digests) through the same queue, into a topic', async () => {
    const outcome = await h.bot.poster.post(
      { platform: 'telegram', id: '-100300:77' },
      answer([paragraph('Digest for <today> & co')]),
    );
    expect(outcome).toMatchObject({ ok: true });
    const posted = h.peer.sent.find((m) => m.chatId === -100300 && m.threadId === 77);
    expect(shown(posted)).toBe('Digest for <today> & co');
    h.peer.blocked.set(-900, 'Forbidden: bot was kicked from the supergroup chat');
    expect(
      await h.bot.poster.post({ platform: 'telegram', id: '-900' }, answer([paragraph('x')])),
    ).toMatchObject({ ok: false, permanent: true });
    expect(
      await h.bot.poster.post({ platform: 'discord', id: '1' }, answer([paragraph('x')])),
    ).toMatchObject({ ok: false, permanent: true });
  });
});
