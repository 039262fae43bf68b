/** What the Bot API test peer talks about: chats, users, limits, the messages it got, faults. */
export interface Rate {
  readonly count: number;
  readonly windowMs: number;
}

export interface PeerLimits {
  readonly perChat?: Rate | undefined;
  readonly perGroup?: Rate | undefined;
  readonly overall?: Rate | undefined;
}

export interface PeerChat {
  readonly id: number;
  readonly type: 'private' | 'group' | 'supergroup' | 'channel';
  readonly title?: string;
  readonly is_forum?: boolean;
}

export interface PeerUser {
  readonly id: number;
  readonly first_name: string;
  readonly is_bot?: boolean;
  /** The user's Telegram app language (an IETF tag such as "de" or "pt-br"). */
  readonly language_code?: string;
}

export interface SentMessage {
  readonly chatId: number;
  readonly messageId: number;
  readonly text: string;
  readonly parseMode: string | undefined;
  readonly threadId: number | undefined;
  readonly buttons: {
    text: string;
    callback_data?: string;
    web_app?: { url: string };
    login_url?: { url: string };
  }[];
  readonly replyTo: number | undefined;
  readonly at: number;
  /** link_preview_options as sent: the previewed URL, or disabled. */
  readonly linkPreview?: { readonly url?: string; readonly is_disabled?: boolean } | undefined;
  /** A document (sendDocument): its file name and content; `text` is its caption. */
  readonly document?: { readonly name: string; readonly text: string } | undefined;
}

export interface Fault {
  readonly method: string;
  readonly status: number;
  readonly description: string;
  readonly parameters?: Record<string, unknown>;
  readonly chatId?: number;
  count: number;
}

export interface Refusal {
  readonly method: string;
  readonly chatId: number | undefined;
  readonly status: number;
  readonly description: string;
  readonly at: number;
  /** For a 429: the limit that refused it. */
  readonly limit?: PeerLimitName | undefined;
}

/** Telegram's limits the peer enforces: 1 a second per chat, 20 a minute per group, 30 a second overall. */
export type PeerLimitName = 'chat' | 'group' | 'overall';
