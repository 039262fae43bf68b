import {
  MessageFlags,
  PermissionFlagsBits,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
} from 'discord.js';
import type { Attachment } from '../../core/commands/define-command.js';
import { downloadText } from '../download-text.js';
import type { Dispatcher, Invocation } from '../../core/commands/dispatch.js';
import type { Logger } from '../../core/ports/logger.js';
import { catalogue } from '../../core/i18n/catalogue.js';
import { matchLocale } from '../../core/i18n/locales.js';
import { errorReply, refusal } from '../../core/replies/build.js';
import type { Reply } from '../../core/replies/reply.js';
import type { ButtonIds } from './button-ids.js';
import {
  buttonInvocation,
  discordCaller,
  discordLocales,
  discordChat,
  slashInvocation,
} from './interaction-input.js';
import { LIMITS } from './limits.js';
import { FILE_OPTION } from './slash-commands.js';
import { NO_MENTIONS, sendReply, type AnswerableInteraction } from './send-reply.js';
import type { ChatRef } from '../../core/ports/chat-memory.js';

export interface InteractionDeps {
  readonly dispatcher: Dispatcher;
  readonly buttons: ButtonIds;
  readonly logger: Logger;
  /** An answer not ready after this many milliseconds is deferred, then edited in. */
  readonly deferAfterMs: number;
}

/** The core's suggestions as Discord choices: at most 25, names and values within 100 characters. */
export async function autocompleteChoices(
  dispatcher: Dispatcher,
  command: string,
  option: string,
  typed: string,
  chat: ChatRef,
): Promise<{ name: string; value: string }[]> {
  const completions = await dispatcher.complete(command, option, typed, chat, LIMITS.choices);
  return completions
    .filter((c) => c.value.length <= LIMITS.choiceValue)
    .map((c) => ({
      name:
        c.label.length <= LIMITS.choiceName
          ? c.label
          : `${c.label.slice(0, LIMITS.choiceName - 1)}…`,
      value: c.value,
    }));
}

async function answerAutocomplete(interaction: AutocompleteInteraction, deps: InteractionDeps) {
  const focused = interaction.options.getFocused(true);
  const chat = discordChat(placeOf(interaction).chatId);
  await interaction.respond(
    await autocompleteChoices(
      deps.dispatcher,
      interaction.commandName,
      focused.name,
      focused.value,
      chat,
    ),
  );
}

function memberOf(interaction: AnswerableInteraction) {
  const inGuild = interaction.inGuild();
  return {
    inGuild,
    managesGuild: inGuild && interaction.memberPermissions.has(PermissionFlagsBits.ManageGuild),
  };
}

/**
 * The channel an interaction came from. discord.js types it as always there, but it is null when
 * Discord leaves out the `channel` object; then the server (or the user, in a DM) stands in.
 */
function chatIdOf(interaction: AnswerableInteraction | AutocompleteInteraction): string {
  const channelId = interaction.channelId as string | null;
  return channelId ?? interaction.guildId ?? `user-${interaction.user.id}`;
}

/**
 * Whose settings and where: a command typed in a thread (public, private, a forum post) is about
 * its parent channel (or forum), and is answered in the thread (the interaction's own response).
 */
function placeOf(interaction: AnswerableInteraction | AutocompleteInteraction): {
  chatId: string;
  threadId?: string;
} {
  const channel = interaction.channel;
  if (channel?.isThread() && channel.parentId)
    return { chatId: channel.parentId, threadId: channel.id };
  return { chatId: chatIdOf(interaction) };
}

/** Runs a command and answers; an answer that is slow to come is deferred first. */
async function run(
  interaction: AnswerableInteraction,
  invocation: Invocation,
  deps: InteractionDeps,
) {
  const entry = deps.dispatcher.registry.get(invocation.name);
  if (entry?.command.access === 'moderator' && !interaction.inGuild()) {
    await sendReply(
      interaction,
      {
        ...refusal(memberT(interaction).t('discord.guildOnly', { command: entry.command.name })),
        locale: memberT(interaction).locale,
      },
      deps.buttons,
    );
    return;
  }
  const pending = deps.dispatcher.dispatch(invocation);
  let timer: NodeJS.Timeout | undefined;
  const early = await Promise.race([
    pending,
    new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), deps.deferAfterMs);
    }),
  ]);
  clearTimeout(timer);
  let reply: Reply;
  if (early) {
    reply = early;
  } else {
    await interaction.deferReply();
    reply = await pending;
  }
  await sendReply(interaction, reply, deps.buttons);
}

/**
 * The file attached to a command's `file` option, fetched from Discord's CDN only when the command
 * reads it (through the same size cap as a Telegram document).
 */
function attachmentOf(interaction: ChatInputCommandInteraction): Attachment | undefined {
  const file = interaction.options.getAttachment(FILE_OPTION);
  if (!file) return undefined;
  return {
    name: file.name,
    size: file.size,
    readText: (maxBytes) => downloadText(file.url, maxBytes),
  };
}

/** The member's own language, for what only they see. */
function memberT(interaction: { readonly locale: string }) {
  return catalogue.translator(matchLocale(interaction.locale));
}

async function tellFailure(interaction: Interaction, logger: Logger) {
  if (!interaction.isRepliable()) return;
  const message = {
    content: memberT(interaction).t('adapter.failed'),
    allowedMentions: NO_MENTIONS,
    flags: MessageFlags.Ephemeral,
  } as const;
  try {
    if (interaction.deferred || interaction.replied) await interaction.followUp(message);
    else await interaction.reply(message);
  } catch (error) {
    logger.warn(
      { err: error, interaction: interaction.id },
      'could not report a failure to the user',
    );
  }
}

/**
 * Handles one interaction: slash command, autocomplete or button press. Never throws: a failure
 * is logged and, where possible, told to the user, and the bot carries on.
 */
export async function handleInteraction(
  interaction: Interaction,
  deps: InteractionDeps,
): Promise<void> {
  try {
    if (interaction.isAutocomplete()) {
      await answerAutocomplete(interaction, deps);
    } else if (interaction.isChatInputCommand()) {
      const caller = discordCaller(memberOf(interaction), attachmentOf(interaction));
      const { chatId, threadId } = placeOf(interaction);
      const input = {
        commandName: interaction.commandName,
        channelId: chatId,
        threadId,
        options: interaction.options.data,
      };
      await run(interaction, slashInvocation(input, caller, discordLocales(interaction)), deps);
    } else if (interaction.isButton()) {
      const button = deps.buttons.decode(interaction.customId);
      if (!button) {
        const t = memberT(interaction);
        await sendReply(
          interaction,
          { ...errorReply(t.t('button.expired')), locale: t.locale },
          deps.buttons,
        );
        return;
      }
      const caller = discordCaller(memberOf(interaction));
      const locale = discordLocales(interaction);
      const { chatId, threadId } = placeOf(interaction);
      await run(interaction, buttonInvocation(button, chatId, caller, locale, threadId), deps);
    }
  } catch (error) {
    deps.logger.error(
      { err: error, interaction: interaction.id, type: interaction.type },
      'interaction failed',
    );
    await tellFailure(interaction, deps.logger);
  }
}
