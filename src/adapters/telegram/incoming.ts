import { z } from 'zod';
import { parseCommandLine } from '../../core/commands/parse-command-line.js';
import type { Place } from './chat-address.js';
import type { Sender } from './moderators.js';

/**
 * What an update means to Briefly, read from the few fields it needs (unknown fields are ignored,
 * so a Bot API server that adds or omits some does not break it).
 */
export type Incoming =
  | {
      readonly kind: 'command';
      readonly place: Place;
      readonly sender: Sender;
      readonly name: string;
      readonly args: string;
      /** Named this bot explicitly ("/news@BrieflyBot"), or was sent in a private chat. */
      readonly addressed: boolean;
      readonly messageId: number;
      /** A file sent with the command (its caption): `/feeds import` with an OPML file. */
      readonly document?: IncomingDocument | undefined;
      /** The chat's title (a private chat: the user's first name), for the control panel's list. */
      readonly chatTitle: string;
    }
  | {
      readonly kind: 'text';
      readonly text: string;
      readonly place: Place;
      readonly sender: Sender;
      readonly messageId: number;
    }
  | {
      readonly kind: 'button';
      readonly callbackId: string;
      readonly data: string;
      /** The presser's language (the "expired" toast only they see). */
      readonly languageCode?: string | undefined;
      /** Undefined when the button's message is not available (too old, or inline mode). */
      readonly place?: Place | undefined;
      readonly sender?: Sender | undefined;
    }
  | { readonly kind: 'migrated'; readonly from: number; readonly to: number }
  | { readonly kind: 'removed'; readonly chatId: number; readonly status: string };

/** A document a user sent, known by its Bot API file id. */
export interface IncomingDocument {
  readonly fileId: string;
  readonly name: string;
  readonly size?: number | undefined;
}

const chat = z.object({
  id: z.number(),
  type: z.string(),
  title: z.string().optional(),
  first_name: z.string().optional(),
  username: z.string().optional(),
});
const user = z.object({
  id: z.number(),
  is_bot: z.boolean().optional(),
  language_code: z.string().max(35).optional(),
});
const message = z.object({
  message_id: z.number(),
  chat,
  from: user.optional(),
  sender_chat: z.object({ id: z.number() }).optional(),
  text: z.string().optional(),
  caption: z.string().optional(),
  document: z
    .object({
      file_id: z.string(),
      file_name: z.string().optional(),
      file_size: z.number().optional(),
    })
    .optional(),
  message_thread_id: z.number().optional(),
  is_topic_message: z.boolean().optional(),
  migrate_to_chat_id: z.number().optional(),
});
const update = z.object({
  message: message.optional(),
  channel_post: message.optional(),
  callback_query: z
    .object({
      id: z.string(),
      from: user,
      data: z.string().optional(),
      message: message.optional(),
    })
    .optional(),
  my_chat_member: z.object({ chat, new_chat_member: z.object({ status: z.string() }) }).optional(),
});

type TelegramMessage = z.infer<typeof message>;

/** Reads an update; undefined for updates Briefly does not act on. `botUsername` without "@". */
export function interpretUpdate(raw: unknown, botUsername: string): Incoming | undefined {
  const parsed = update.safeParse(raw);
  if (!parsed.success) return undefined;
  const {
    message: msg,
    channel_post: post,
    callback_query: query,
    my_chat_member: member,
  } = parsed.data;
  if (msg?.migrate_to_chat_id !== undefined) {
    return { kind: 'migrated', from: msg.chat.id, to: msg.migrate_to_chat_id };
  }
  if (msg) return fromMessage(msg, false, botUsername);
  if (post) return fromMessage(post, true, botUsername);
  if (query) {
    return {
      kind: 'button',
      callbackId: query.id,
      data: query.data ?? '',
      languageCode: query.from.language_code,
      place: query.message ? placeOfMessage(query.message) : undefined,
      sender: query.message
        ? {
            chatId: query.message.chat.id,
            chatType: query.message.chat.type,
            userId: query.from.id,
            languageCode: query.from.language_code,
          }
        : undefined,
    };
  }
  if (member && ['left', 'kicked'].includes(member.new_chat_member.status)) {
    return { kind: 'removed', chatId: member.chat.id, status: member.new_chat_member.status };
  }
  return undefined;
}

function fromMessage(
  msg: TelegramMessage,
  channelPost: boolean,
  botUsername: string,
): Incoming | undefined {
  // Other bots are ignored; an anonymous admin writes "from" GroupAnonymousBot as the group itself.
  // A document's caption is its text: "/feeds import" sent with an OPML file.
  const text = msg.text ?? (msg.document ? msg.caption : undefined);
  if ((msg.from?.is_bot && msg.sender_chat === undefined) || text === undefined) return undefined;
  const place = placeOfMessage(msg);
  const sender: Sender = {
    chatId: msg.chat.id,
    chatType: msg.chat.type,
    userId: msg.from?.id,
    languageCode: msg.from?.language_code,
    senderChatId: msg.sender_chat?.id,
    channelPost,
  };
  const line = parseCommandLine(text);
  if (!line) {
    return msg.chat.type === 'private' && msg.text !== undefined
      ? { kind: 'text', text: msg.text, place, sender, messageId: msg.message_id }
      : undefined;
  }
  const addressedTo = line.botName?.toLowerCase();
  if (addressedTo !== undefined && addressedTo !== botUsername.toLowerCase()) {
    return undefined; // addressed to another bot in this group
  }
  return {
    kind: 'command',
    place,
    sender,
    name: line.name,
    args: line.args,
    addressed: line.botName !== undefined || msg.chat.type === 'private',
    messageId: msg.message_id,
    chatTitle: msg.chat.title ?? msg.chat.first_name ?? msg.chat.username ?? String(msg.chat.id),
    ...(msg.document
      ? {
          document: {
            fileId: msg.document.file_id,
            name: msg.document.file_name ?? 'document',
            size: msg.document.file_size,
          },
        }
      : {}),
  };
}

/** The chat, and the forum topic when the message is in one (replies go back to that topic). */
function placeOfMessage(msg: TelegramMessage): Place {
  return msg.is_topic_message && msg.message_thread_id !== undefined
    ? { chatId: msg.chat.id, threadId: msg.message_thread_id }
    : { chatId: msg.chat.id };
}
