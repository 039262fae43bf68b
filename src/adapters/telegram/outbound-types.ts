import type { InlineButton } from './render-reply.js';

/** One message to send: HTML, and where in the chat it goes. */
export interface OutboundMessage {
  readonly html: string;
  readonly threadId?: number | undefined;
  readonly keyboard?: readonly (readonly InlineButton[])[] | undefined;
  readonly replyToMessageId?: number | undefined;
  /** A picture shown as the message's link preview (see RenderedMessage.preview). */
  readonly preview?: string | undefined;
  /** Sent as a document (sendDocument) with `html` as its caption, e.g. /feeds export's OPML file. */
  readonly document?: { readonly name: string; readonly text: string } | undefined;
}

/** The Bot API call behind the queue; `plain` asks for the text without markup. Resolves to the message id. */
export interface MessageSender {
  sendMessage(chatId: number, message: OutboundMessage, plain: boolean): Promise<number>;
}

/** What the queue learns about chats while sending. */
export interface ChatEvents {
  chatGone(chatId: number, reason: string): Promise<void>;
  chatMoved(fromChatId: number, toChatId: number): Promise<void>;
}

export type Delivery =
  | { readonly ok: true; readonly chatId: number; readonly messageId: number }
  | {
      readonly ok: false;
      readonly permanent: boolean;
      readonly reason: string;
      /** The chat is gone (reported through ChatEvents.chatGone). */
      readonly gone?: boolean;
    };

export interface QueueStats {
  delivered: number;
  rateLimited: number;
  retried: number;
  givenUp: number;
}
