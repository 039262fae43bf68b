import type { z } from 'zod';
import type { ArticleStore } from '../ports/article-store.js';
import type { ChatMemory, ChatRef } from '../ports/chat-memory.js';
import type { Clock } from '../ports/clock.js';
import type { FeedService } from '../ports/feed-service.js';
import type { Logger } from '../ports/logger.js';
import type { Reply } from '../replies/reply.js';
import type { Summarizer } from '../summaries/summarizer.js';
import type { DigestService } from '../digests/digest-service.js';
import type { Localized, Translator } from '../i18n/translator.js';
import type { FilterService } from '../filters/filter-service.js';

/** What commands may use; built once in app.ts (createServices) and passed down, never imported. */
export interface Services {
  readonly articles: ArticleStore;
  readonly summarizer: Summarizer;
  /** The channel's feeds (/feeds) and the feed articles digests draw on. */
  readonly feeds: FeedService;
  readonly chatMemory: ChatMemory;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly digests: DigestService;
  /** Keyword filters per channel (/filter), applied to digests and /news. */
  readonly filters: FilterService;
}

/** Who sent a command, as far as the core needs to know. */
export interface Caller {
  /** Whether the caller may change this chat's settings; adapters decide (and may ask the platform). */
  isModerator(): Promise<boolean>;
  /** The file sent with the command (a Discord attachment, a Telegram document), if any. */
  readonly attachment?: Attachment | undefined;
  /** The console only: the operator may name a file on this machine instead. */
  readonly openLocalFile?: ((path: string) => Attachment) | undefined;
}

/** A file that came with a command, read only when a command asks for it. */
export interface Attachment {
  readonly name: string;
  /** Bytes, when the platform says so before the file is fetched. */
  readonly size?: number | undefined;
  /**
   * The file as UTF-8 text; an error value when it cannot be read or is over `maxBytes` (the
   * adapter's own reasons localised, a platform's error as it words it).
   */
  readText(
    maxBytes: number,
  ): Promise<{ ok: true; text: string } | { ok: false; reason: string | Localized }>;
}

export interface CommandContext {
  readonly services: Services;
  /** The chat whose settings apply (for a command typed in a Discord thread: its channel's). */
  readonly chat: ChatRef;
  /**
   * The thread of `chat` the command was typed in, if it was (Discord): the answer goes there, lists
   * shown there are remembered there, and `/digest target here` means it.
   */
  readonly thread?: ChatRef | undefined;
  readonly caller: Caller;
  /** The registry, for commands that describe the others (/help). */
  readonly commands: readonly AnyCommand[];
  /** The language of answers others see too (the channel's: its setting, else the platform's). */
  readonly t: Translator;
  /**
   * The language of errors, usage and refusals, which only the caller sees where the platform can
   * (Discord: the member's own locale); elsewhere the same as `t`.
   */
  readonly tPrivate: Translator;
}

/** `anyone`: every member. `moderator`: some uses change settings and are checked in `execute`. */
export type Access = 'anyone' | 'moderator';

export interface CommandDefinition<S extends z.ZodObject = z.ZodObject> {
  /** Lower case, digits and "_", 1 to 32 characters: valid on Discord and Telegram alike. */
  readonly name: string;
  /** One line, at most 100 characters (Discord's limit). */
  readonly description: string;
  readonly options: S;
  /** Whether some uses of the command need a moderator (Discord marks them Manage Server). */
  readonly access?: Access;
  /** Worked examples of the arguments, for /help <command>. */
  readonly examples?: readonly string[];
  /**
   * The command reads a file sent with it (Caller.attachment); this describes it. Discord offers it
   * as an optional attachment option named `file`; Telegram takes a document with the command as
   * its caption.
   */
  readonly file?: string;
  execute(ctx: CommandContext, input: z.output<S>): Promise<Reply> | Reply;
}

/** A command of any option type, as the registry holds them. */
export interface AnyCommand {
  readonly name: string;
  readonly description: string;
  readonly options: z.ZodObject;
  readonly access?: Access;
  readonly examples?: readonly string[];
  readonly file?: string;
  execute(ctx: CommandContext, input: unknown): Promise<Reply> | Reply;
}

/** Declares a command; the identity function that lets `execute` see its typed input. */
export function defineCommand<S extends z.ZodObject>(definition: CommandDefinition<S>): AnyCommand {
  // Sound because the dispatcher calls execute only with input its own schema has parsed.
  return definition;
}
