import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  type APIApplicationCommandBasicOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { OptionSpec } from '../../core/commands/option-spec.js';
import type { RegisteredCommand } from '../../core/commands/registry.js';
import { commandKey } from '../../core/i18n/catalogue.js';
import { LIMITS } from './limits.js';
import { DISCORD_NAME, localizations, validName } from './localizations.js';

/** Discord's integer and number options accept values within ±2^53. */
const SAFE = 2 ** 53;

/** A description Discord accepts: 1 to 100 characters, on one line. */
export function fitDescription(text: string, fallback: string): string {
  const line = text.replace(/\s+/g, ' ').trim() || fallback;
  return line.length <= LIMITS.commandDescription
    ? line
    : `${line.slice(0, LIMITS.commandDescription - 1).trimEnd()}…`;
}

function clamp(value: number): number {
  return Math.max(-SAFE, Math.min(SAFE, value));
}

function toOption(command: string, spec: OptionSpec): APIApplicationCommandBasicOption {
  if (!DISCORD_NAME.test(spec.name))
    throw new Error(`Option "${spec.name}" is not a valid Discord name`);
  const description = fitDescription(spec.description, spec.name);
  const base = {
    name: spec.name,
    name_localizations: localizations(
      commandKey.optionName(command, spec.name),
      (t) => t.optionName(command, spec.name),
      validName,
    ),
    description,
    description_localizations: localizations(
      commandKey.optionDescription(command, spec.name),
      (t) => fitDescription(t.optionDescription(command, spec.name, spec.description), spec.name),
      (text) => text,
    ),
    required: spec.required,
  };
  const range = {
    ...(spec.min === undefined ? {} : { min_value: clamp(spec.min) }),
    ...(spec.max === undefined ? {} : { max_value: clamp(spec.max) }),
  };
  switch (spec.type) {
    case 'boolean':
      return { ...base, type: ApplicationCommandOptionType.Boolean };
    case 'integer':
      return { ...base, type: ApplicationCommandOptionType.Integer, ...range };
    case 'number':
      return { ...base, type: ApplicationCommandOptionType.Number, ...range };
    case 'string': {
      const maxLength =
        spec.maxLength === undefined
          ? {}
          : { max_length: Math.min(spec.maxLength, LIMITS.stringOptionLength) };
      if (spec.autocomplete)
        return {
          ...base,
          type: ApplicationCommandOptionType.String,
          autocomplete: true,
          ...maxLength,
        };
      if (spec.choices && spec.choices.length <= LIMITS.choices) {
        return {
          ...base,
          type: ApplicationCommandOptionType.String,
          choices: spec.choices.map((choice) => ({ name: choice, value: choice })),
        };
      }
      return { ...base, type: ApplicationCommandOptionType.String, ...maxLength };
    }
  }
}

/**
 * A command definition as a Discord slash command. Required options come first (Discord's rule);
 * a moderator command carries Manage Server as its default permission and exists in servers only.
 */
export function toSlashCommand(
  entry: RegisteredCommand,
): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const { command } = entry;
  if (!DISCORD_NAME.test(command.name))
    throw new Error(`/${command.name} is not a valid Discord name`);
  if (entry.options.length > LIMITS.optionsPerCommand)
    throw new Error(`/${command.name} has more than ${LIMITS.optionsPerCommand} options`);
  const ordered = [...entry.options].sort((a, b) => Number(b.required) - Number(a.required));
  const moderator = command.access === 'moderator';
  const description = fitDescription(command.description, command.name);
  return {
    type: ApplicationCommandType.ChatInput,
    name: command.name,
    // Members see the command in their Discord language; the interaction still names it in English.
    name_localizations: localizations(
      `cmd.${command.name}.name`,
      (t) => t.commandName(command.name),
      validName,
    ),
    description,
    description_localizations: localizations(
      commandKey.description(command.name),
      (t) => fitDescription(t.commandDescription(command.name, command.description), command.name),
      (text) => text,
    ),
    options: ordered.map((option) => toOption(command.name, option)),
    integration_types: [ApplicationIntegrationType.GuildInstall],
    contexts: moderator
      ? [InteractionContextType.Guild]
      : [InteractionContextType.Guild, InteractionContextType.BotDM],
    ...(moderator ? { default_member_permissions: String(PermissionFlagsBits.ManageGuild) } : {}),
  };
}

/** Every command, for one bulk overwrite. */
export function toSlashCommands(
  entries: readonly RegisteredCommand[],
): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return entries.map(toSlashCommand);
}
