/**
 * Platform-neutral answers. Commands return a Reply; each adapter renders it within its
 * platform's limits (Telegram HTML, Discord embeds and markdown, plain text on the console).
 * Text in a Reply is always raw, unescaped text: escaping is the renderer's job.
 */

/** A run of text, optionally styled or linked. A bare string is plain text. */
export type Inline = string | Span;

export interface Span {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly code?: boolean;
  readonly url?: string | undefined;
  /**
   * A channel or thread of the chat's platform, by id: Discord shows it as a link with its name (a
   * channel mention pings nobody); elsewhere `text` is shown.
   */
  readonly channel?: string | undefined;
}

export type Block =
  | { readonly type: 'paragraph'; readonly content: readonly Inline[] }
  | {
      readonly type: 'list';
      readonly ordered: boolean;
      readonly items: readonly (readonly Inline[])[];
      /** A picture per item (an article's image), where the platform shows one beside it. */
      readonly images?: readonly (string | undefined)[] | undefined;
    }
  | { readonly type: 'quote'; readonly content: readonly Inline[] }
  | Section;

/** A titled card (an article): a Discord embed, a bold linked heading elsewhere. */
export interface Section {
  readonly type: 'section';
  readonly title: string;
  readonly url?: string | undefined;
  readonly body: readonly Block[];
  readonly footer?: string | undefined;
  /**
   * The article's picture, an http(s) URL already checked (checkImageUrl): a Discord embed
   * thumbnail, a Telegram link preview. Shown by reference; no adapter fetches it.
   */
  readonly image?: string | undefined;
}

/** A button that runs a command with the given argument text when pressed. */
export interface Action {
  readonly label: string;
  readonly command: string;
  readonly args: string;
}

/**
 * `answer`: a normal answer. `usage`: the input was wrong, the reply says how to write it.
 * `error`: the request was understood but cannot be served (not found, ambiguous...).
 * `refusal`: the user may not do this. Adapters show the last three privately where they can.
 */
export type ReplyTone = 'answer' | 'usage' | 'error' | 'refusal';

export interface Reply {
  readonly tone: ReplyTone;
  readonly blocks: readonly Block[];
  /** Rows of buttons. */
  readonly actions?: readonly (readonly Action[])[] | undefined;
  /**
   * Offers the moderators' control panel for this chat. A platform adapter that can open it (the
   * Telegram Mini App, when the operator runs the panel) adds a button with this label; others
   * leave it out, so the reply must read the same without it.
   */
  readonly panel?: { readonly label: string } | undefined;
  /**
   * The language the reply is written in (a catalogue locale), so an adapter writes its own words
   * around it ("More buttons:", part numbers) in the same language. Unset: English.
   */
  readonly locale?: string | undefined;
  /** A file sent with the answer (a Discord attachment, a Telegram document, the console's output). */
  readonly file?: ReplyFile | undefined;
}

export interface ReplyFile {
  readonly name: string;
  readonly mediaType: string;
  readonly text: string;
}
