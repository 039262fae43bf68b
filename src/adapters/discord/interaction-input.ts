import type { Attachment, Caller } from '../../core/commands/define-command.js';
import type { Invocation } from '../../core/commands/dispatch.js';
import { cleanInput } from '../../core/commands/parse-command-line.js';
import type { LocaleHints } from '../../core/i18n/resolve-locale.js';
import type { ChatRef } from '../../core/ports/chat-memory.js';
import type { ButtonCommand } from './button-ids.js';

export const PLATFORM = 'discord';

/** The chat of an interaction or a digest: a Discord channel (a DM is a channel too). */
export function discordChat(channelId: string): ChatRef {
  return { platform: PLATFORM, id: channelId };
}

/** The part of a slash command interaction that becomes a command invocation. */
export interface SlashInput {
  readonly commandName: string;
  readonly channelId: string;
  /** The thread of that channel the command was typed in, if it was. */
  readonly threadId?: string | undefined;
  readonly options: readonly {
    readonly name: string;
    readonly type?: number;
    readonly value?: unknown;
  }[];
}

/** Discord's option type of a file: its value is the attachment's id, not an argument. */
const ATTACHMENT_OPTION = 11;

/**
 * A slash command as the dispatcher's invocation: typed values by option name. Text is cleaned
 * (control and bidi-override characters become spaces) and trimmed, as typed commands are.
 */
export function slashInvocation(
  input: SlashInput,
  caller: Caller,
  locale?: LocaleHints,
): Invocation {
  const values: Record<string, unknown> = {};
  for (const option of input.options) {
    if (option.value === undefined || option.type === ATTACHMENT_OPTION) continue;
    values[option.name] =
      typeof option.value === 'string' ? cleanInput(option.value).trim() : option.value;
  }
  return {
    name: input.commandName,
    args: { kind: 'values', values },
    chat: discordChat(input.channelId),
    thread: input.threadId === undefined ? undefined : discordChat(input.threadId),
    caller,
    locale,
  };
}

/** A button press as an invocation: the command and its argument text, as if typed. */
export function buttonInvocation(
  button: ButtonCommand,
  channelId: string,
  caller: Caller,
  locale?: LocaleHints,
  threadId?: string,
): Invocation {
  return {
    name: button.command,
    args: { kind: 'text', text: button.args },
    chat: discordChat(channelId),
    thread: threadId === undefined ? undefined : discordChat(threadId),
    caller,
    locale,
  };
}

/** What Discord tells us about who pressed or typed: where, and their permissions there. */
export interface Member {
  readonly inGuild: boolean;
  /** Whether the member has Manage Server in this server (always false outside servers). */
  readonly managesGuild: boolean;
}

/** Moderators are members with Manage Server; in direct messages nobody moderates. */
export function discordCaller(member: Member, attachment?: Attachment): Caller {
  return {
    isModerator: () => Promise.resolve(member.inGuild && member.managesGuild),
    ...(attachment ? { attachment } : {}),
  };
}

/**
 * Whose language: the member's own (`locale`) for what only they see, the server's preferred locale
 * for what the channel sees; in a DM the member's own for both.
 */
export function discordLocales(interaction: {
  readonly locale: string;
  readonly guildLocale: string | null;
}): LocaleHints {
  return { user: interaction.locale, chat: interaction.guildLocale ?? interaction.locale };
}
