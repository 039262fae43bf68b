import {
  MessageFlags,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type InteractionReplyOptions,
} from 'discord.js';
import type { Reply } from '../../core/replies/reply.js';
import type { ButtonIds } from './button-ids.js';
import { renderReply, type DiscordMessage } from './render-reply.js';

export type AnswerableInteraction = ChatInputCommandInteraction | ButtonInteraction;

/** Nobody is ever pinged by what the bot writes. */
export const NO_MENTIONS = { parse: [] as never[] };

function payload(message: DiscordMessage, ephemeral: boolean): InteractionReplyOptions {
  return {
    ...(message.content === undefined ? {} : { content: message.content }),
    embeds: message.embeds,
    components: message.components,
    ...(message.files
      ? {
          files: message.files.map((file) => ({
            attachment: Buffer.from(file.text, 'utf8'),
            name: file.name,
            contentType: file.mediaType,
          })),
        }
      : {}),
    allowedMentions: NO_MENTIONS,
    ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

/**
 * Answers an interaction with a reply: the first message as the interaction's response (or as
 * the edit of a deferred one), the rest as follow-ups. Anything but an answer is ephemeral; a
 * deferred response (deferrals are public) that turns out to be an error is deleted and sent privately instead.
 */
export async function sendReply(
  interaction: AnswerableInteraction,
  reply: Reply,
  ids: ButtonIds,
): Promise<void> {
  const ephemeral = reply.tone !== 'answer';
  const [first, ...rest] = renderReply(reply, ids);
  if (!first) return;
  if (!interaction.deferred) {
    await interaction.reply(payload(first, ephemeral));
  } else if (ephemeral) {
    await interaction.deleteReply();
    await interaction.followUp(payload(first, ephemeral));
  } else {
    const { flags: _flags, ...edit } = payload(first, ephemeral);
    await interaction.editReply(edit);
  }
  for (const message of rest) await interaction.followUp(payload(message, ephemeral));
}
