import type { z } from 'zod';
import { paragraph, usageReply } from '../replies/build.js';
import type { Reply } from '../replies/reply.js';
import { UserFacingError } from '../errors.js';
import type { ChatRef } from '../ports/chat-memory.js';
export type { Completion } from './complete.js';
import { bindArguments } from './bind-arguments.js';
import { complete, type Completion } from './complete.js';
import type { Caller, Services } from './define-command.js';
import type { OptionSpec } from './option-spec.js';
import { cleanInput, parseCommandLine } from './parse-command-line.js';
import type { CommandRegistry, RegisteredCommand } from './registry.js';

/** Longest argument text a command accepts; longer input is answered, not processed. */
export const MAX_ARGUMENT_LENGTH = 1000;

/** Arguments as typed (console, Telegram) or as typed values (Discord slash options). */
export type Arguments =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'values'; readonly values: Readonly<Record<string, unknown>> };

export interface Invocation {
  readonly name: string;
  readonly args: Arguments;
  readonly chat: ChatRef;
  readonly caller: Caller;
}

export interface Dispatcher {
  /** Runs one command. Always resolves to a Reply: never throws, whatever the input. */
  dispatch(invocation: Invocation): Promise<Reply>;
  /** Parses and runs one typed line ("/news 5"). */
  dispatchLine(line: string, chat: ChatRef, caller: Caller): Promise<Reply>;
  /**
   * Suggestions for an option while it is being typed (Discord autocomplete), best first, at most
   * `limit`; none for an unknown command or option.
   */
  complete(
    command: string,
    option: string,
    typed: string,
    chat: ChatRef,
    limit: number,
  ): Promise<Completion[]>;
  readonly registry: CommandRegistry;
}

export function createDispatcher(registry: CommandRegistry, services: Services): Dispatcher {
  const commands = registry.all().map((entry) => entry.command);

  async function dispatch(invocation: Invocation): Promise<Reply> {
    const entry = registry.get(invocation.name);
    if (!entry) return unknownCommand(registry, invocation.name);
    const raw = rawValues(entry, invocation.args);
    if (!raw.ok)
      return usageReply(raw.problem, entry.usage, `/help ${entry.command.name} explains it.`);
    const parsed = entry.command.options.safeParse(raw.values);
    if (!parsed.success) {
      return usageReply(
        describeIssues(parsed.error.issues, entry.options, raw.values),
        entry.usage,
        `/help ${entry.command.name} explains it.`,
      );
    }
    const started = performance.now();
    try {
      const ctx = { services, chat: invocation.chat, caller: invocation.caller, commands };
      const reply = await entry.command.execute(ctx, parsed.data);
      services.logger.debug(
        {
          command: entry.command.name,
          chat: invocation.chat,
          tone: reply.tone,
          ms: Math.round(performance.now() - started),
        },
        'command answered',
      );
      return reply;
    } catch (error) {
      if (error instanceof UserFacingError) return error.toReply();
      services.logger.error(
        { err: error, command: entry.command.name, chat: invocation.chat },
        'command failed',
      );
      return {
        tone: 'error',
        blocks: [
          paragraph(
            `Something went wrong while answering /${entry.command.name}. It has been logged; please try again.`,
          ),
        ],
      };
    }
  }

  return {
    registry,
    dispatch,
    complete: (command, option, typed, chat, limit) =>
      complete(registry, services, { command, option, typed, chat, limit }),
    async dispatchLine(line, chat, caller) {
      const parsed = parseCommandLine(cleanInput(line));
      if (!parsed) {
        return usageReply(
          'Commands start with "/".',
          '/help',
          'For example /news, or /help to see them all.',
        );
      }
      return dispatch({
        name: parsed.name,
        args: { kind: 'text', text: parsed.args },
        chat,
        caller,
      });
    },
  };
}

function rawValues(entry: RegisteredCommand, args: Arguments) {
  if (args.kind === 'values') return { ok: true as const, values: { ...args.values } };
  const text = cleanInput(args.text);
  if (text.length > MAX_ARGUMENT_LENGTH) {
    return {
      ok: false as const,
      problem: `That is ${text.length.toLocaleString('en')} characters of arguments; the limit is ${MAX_ARGUMENT_LENGTH.toLocaleString('en')}.`,
    };
  }
  return bindArguments(entry.options, text);
}

function unknownCommand(registry: CommandRegistry, name: string): Reply {
  const shown = name.length > 32 ? `${name.slice(0, 31)}…` : name;
  const suggestion = registry.suggest(name);
  if (suggestion) {
    return usageReply(
      `Unknown command /${shown}. Did you mean /${suggestion.command.name}?`,
      suggestion.usage,
    );
  }
  return usageReply(`Unknown command /${shown}.`, '/help', 'Send /help to see every command.');
}

/** Turns zod issues into one short sentence per problem, in the words of the options. */
function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  options: readonly OptionSpec[],
  values: Readonly<Record<string, unknown>>,
): string {
  return issues
    .map((issue) => {
      const name = String(issue.path[0] ?? 'input');
      const option = options.find((o) => o.name === name);
      if (issue.code === 'invalid_type' && values[name] === undefined) return `${name} is missing.`;
      // A number that is out of range or not whole ("3.5", "1e3"): the range says what fits.
      const value = values[name];
      if (typeof value === 'number' && option?.type !== 'string') {
        if (option?.min !== undefined && option.max !== undefined) {
          const whole = option.type === 'integer' && !Number.isSafeInteger(value);
          return `${name} must be ${whole ? 'a whole number ' : ''}from ${option.min} to ${option.max}.`;
        }
      }
      if (issue.code === 'too_big' && option?.type === 'string' && option.maxLength !== undefined) {
        return `${name} is too long (at most ${option.maxLength} characters).`;
      }
      if (issue.code === 'too_small' && option?.type === 'string') return `${name} is missing.`;
      return issue.message.endsWith('.') ? issue.message : `${issue.message}.`;
    })
    .join(' ');
}
