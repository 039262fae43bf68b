import { describe, expect, it } from 'vitest';
import { chatRefOf, placeOf } from '../../../src/adapters/telegram/chat-address.js';
import { interpretUpdate } from '../../../src/adapters/telegram/incoming.js';

const BOT = 'BrieflyBot';
const user = { id: 7, is_bot: false, first_name: 'Ann' };
const privateChat = { id: 7, type: 'private' };
const group = { id: -1001, type: 'supergroup', title: 'G' };

const message = (chat: object, text: string, extra: object = {}) => ({
  update_id: 1,
  message: { message_id: 10, date: 1, chat, from: user, text, ...extra },
});

describe('interpretUpdate', () => {
  it('names the chat a command comes from: a group by its title, a private chat by its user', () => {
    const fromGroup = interpretUpdate(message(group, '/help@' + BOT), BOT);
    expect(fromGroup).toMatchObject({ kind: 'command', chatTitle: 'G' });
    const named = { id: 8, type: 'private', first_name: 'Mia' };
    expect(interpretUpdate(message(named, '/help'), BOT)).toMatchObject({ chatTitle: 'Mia' });
  });

  it('reads a command and its arguments', () => {
    expect(interpretUpdate(message(privateChat, '/summary  mars rover 2 '), BOT)).toEqual({
      kind: 'command',
      place: { chatId: 7 },
      sender: {
        chatId: 7,
        chatType: 'private',
        userId: 7,
        senderChatId: undefined,
        channelPost: false,
      },
      name: 'summary',
      args: 'mars rover 2',
      addressed: true,
      messageId: 10,
      chatTitle: '7',
    });
  });

  it('reads a document’s caption as its command and keeps the file to read on demand', () => {
    const update = {
      update_id: 2,
      message: {
        message_id: 11,
        date: 1,
        chat: group,
        from: user,
        caption: '/feeds@BrieflyBot import',
        document: { file_id: 'F1', file_unique_id: 'U1', file_name: 'mine.opml', file_size: 120 },
      },
    };
    expect(interpretUpdate(update, BOT)).toMatchObject({
      kind: 'command',
      name: 'feeds',
      args: 'import',
      document: { fileId: 'F1', name: 'mine.opml', size: 120 },
    });
    // A photo's caption in a private chat is not a plain-text message to answer.
    const captioned = {
      update_id: 3,
      message: { ...update.message, chat: privateChat, caption: 'hello' },
    };
    expect(interpretUpdate(captioned, BOT)).toBeUndefined();
  });

  it('reads /name@BotName in groups, in any letter case, and ignores commands for other bots', () => {
    expect(interpretUpdate(message(group, '/News@brieflybot 3'), BOT)).toMatchObject({
      kind: 'command',
      name: 'news',
      args: '3',
      addressed: true,
    });
    expect(interpretUpdate(message(group, '/news 3'), BOT)).toMatchObject({ addressed: false });
    expect(interpretUpdate(message(group, '/news@OtherBot'), BOT)).toBeUndefined();
  });

  it('keeps multi-line arguments as typed', () => {
    expect(interpretUpdate(message(privateChat, '/source 1\nthe claim'), BOT)).toMatchObject({
      args: '1\nthe claim',
    });
  });

  it('places a command in a forum topic in that topic', () => {
    const update = message({ ...group, is_forum: true }, '/news', {
      message_thread_id: 55,
      is_topic_message: true,
    });
    expect(interpretUpdate(update, BOT)).toMatchObject({ place: { chatId: -1001, threadId: 55 } });
    // A reply thread outside forum topics is not a topic.
    expect(interpretUpdate(message(group, '/news', { message_thread_id: 9 }), BOT)).toMatchObject({
      place: { chatId: -1001 },
    });
  });

  it('reads channel posts, which have no sender', () => {
    const update = {
      update_id: 2,
      channel_post: { message_id: 3, date: 1, chat: { id: -1002, type: 'channel' }, text: '/news' },
    };
    expect(interpretUpdate(update, BOT)).toMatchObject({
      kind: 'command',
      sender: { chatId: -1002, chatType: 'channel', userId: undefined, channelPost: true },
      addressed: false,
    });
  });

  it('notes an anonymous admin (the group writing as itself, "from" GroupAnonymousBot)', () => {
    const update = message(group, '/setting x', {
      from: { id: 1087968824, is_bot: true, first_name: 'Group' },
      sender_chat: group,
    });
    expect(interpretUpdate(update, BOT)).toMatchObject({
      kind: 'command',
      sender: { senderChatId: -1001, chatId: -1001 },
    });
  });

  it('answers plain text only in private chats, and ignores other bots', () => {
    expect(interpretUpdate(message(privateChat, 'hello'), BOT)).toMatchObject({
      kind: 'text',
      text: 'hello',
    });
    expect(interpretUpdate(message(group, 'hello'), BOT)).toBeUndefined();
    expect(
      interpretUpdate(message(group, '/news', { from: { id: 9, is_bot: true } }), BOT),
    ).toBeUndefined();
  });

  it('reads button presses with the chat and topic of their message', () => {
    const update = {
      update_id: 3,
      callback_query: {
        id: 'cb1',
        from: user,
        data: '/summary a',
        message: { message_id: 4, chat: group, message_thread_id: 5, is_topic_message: true },
      },
    };
    expect(interpretUpdate(update, BOT)).toEqual({
      kind: 'button',
      callbackId: 'cb1',
      data: '/summary a',
      place: { chatId: -1001, threadId: 5 },
      sender: { chatId: -1001, chatType: 'supergroup', userId: 7 },
    });
  });

  it('reads a group migration and the bot being removed', () => {
    expect(
      interpretUpdate(message(group, '', { text: undefined, migrate_to_chat_id: -1009 }), BOT),
    ).toEqual({
      kind: 'migrated',
      from: -1001,
      to: -1009,
    });
    const removed = {
      update_id: 4,
      my_chat_member: {
        chat: group,
        from: user,
        date: 1,
        old_chat_member: { status: 'member' },
        new_chat_member: { status: 'kicked' },
      },
    };
    expect(interpretUpdate(removed, BOT)).toEqual({
      kind: 'removed',
      chatId: -1001,
      status: 'kicked',
    });
  });

  it('ignores updates it does not understand', () => {
    expect(interpretUpdate({ update_id: 5, edited_message: {} }, BOT)).toBeUndefined();
    expect(interpretUpdate('nonsense', BOT)).toBeUndefined();
  });
});

describe('chat references', () => {
  it('makes a forum topic its own chat, and reads references back', () => {
    expect(chatRefOf({ chatId: -1001, threadId: 55 })).toEqual({
      platform: 'telegram',
      id: '-1001:55',
    });
    expect(chatRefOf({ chatId: 7 })).toEqual({ platform: 'telegram', id: '7' });
    expect(placeOf({ platform: 'telegram', id: '-1001:55' })).toEqual({
      chatId: -1001,
      threadId: 55,
    });
    expect(placeOf({ platform: 'telegram', id: '7' })).toEqual({ chatId: 7, threadId: undefined });
    expect(placeOf({ platform: 'discord', id: '7' })).toBeUndefined();
    expect(placeOf({ platform: 'telegram', id: 'abc' })).toBeUndefined();
  });
});
