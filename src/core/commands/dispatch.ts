import type { z } from 'zod';
import { catalogue } from '../i18n/catalogue.js';
import { resolveLocales, type LocaleHints } from '../i18n/resolve-locale.js';
import type { Translator } from '../i18n/translator.js';
import { paragraph, usageReply } from '../replies/build.js';
import type { Reply } from '../replies/reply.js';
import { UserFacingError } from '../errors.js';
import type { ChatRef } from '../ports/chat-memory.js';
export type { Completion } from './complete.js';
import { bindArguments } from './bind-arguments.js';
import { complete, type Completion } from './complete.js';
import type { Caller, Services } from './define-command.js';
import { cleanInput, parseCommandLine } from './parse-command-line.js';
import { localUsage, type CommandRegistry, type RegisteredCommand } from './registry.js';

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
  /**
   * Typed in a thread of `chat` (Discord). The thread uses its channel's settings, unless it has
   * digest settings of its own (made when each thread was its own chat): then it is the chat.
   */
  readonly thread?: ChatRef | undefined;
  readonly caller: Caller;
  /** What the platform says about the caller's and the chat's language. */
  readonly locale?: LocaleHints | undefined;
}

export interface Dispatcher {
  /** Runs one command. Always resolves to a Reply: never throws, whatever the input. */
  dispatch(invocation: Invocation): Promise<Reply>;
  /** Parses and runs one typed line ("/news 5"). */
  dispatchLine(line: string, chat: ChatRef, caller: Caller, locale?: LocaleHints): Promise<Reply>;
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

  /** A thread with digest settings of its own is its own chat; any other uses its channel's. */
  async function placed(invocation: Invocation): Promise<Invocation> {
    const thread = invocation.thread;
    if (!thread || !(await services.digests.hasOwnSettings(thread))) return invocation;
    return { ...invocation, chat: thread, thread: undefined };
  }

  async function translators(invocation: Invocation) {
    const setting = await services.digests.languageOf(invocation.chat);
    const locales = resolveLocales(setting, invocation.locale);
    return {
      t: catalogue.translator(locales.public),
      tPrivate: catalogue.translator(locales.private),
    };
  }

  async function dispatch(typed: Invocation): Promise<Reply> {
    const invocation = await placed(typed);
    const { t, tPrivate } = await translators(invocation);
    const entry = registry.get(invocation.name);
    if (!entry) return unknownCommand(registry, invocation.name, tPrivate);
    const usage = localUsage(entry, tPrivate);
    const explains = tPrivate.t('dispatch.helpExplains', { command: entry.command.name });
    const raw = rawValues(entry, invocation.args);
    if (!raw.ok) return usageReply(tPrivate, raw.problem(tPrivate), usage, explains);
    const parsed = entry.command.options.safeParse(raw.values);
    if (!parsed.success) {
      return usageReply(
        tPrivate,
        describeIssues(parsed.error.issues, entry, raw.values, tPrivate),
        usage,
        explains,
      );
    }
    const started = performance.now();
    try {
      const ctx = {
        services,
        chat: invocation.chat,
        thread: invocation.thread,
        caller: invocation.caller,
        commands,
        t,
        tPrivate,
      };
      const written = await entry.command.execute(ctx, parsed.data);
      const reply = { ...written, locale: (written.tone === 'answer' ? t : tPrivate).locale };
      services.logger.debug(
        {
          command: entry.command.name,
          chat: invocation.chat,
          tone: reply.tone,
          locale: t.locale,
          ms: Math.round(performance.now() - started),
        },
        'command answered',
      );
      return reply;
    } catch (error) {
      if (error instanceof UserFacingError) return { ...error.toReply(), locale: tPrivate.locale };
      services.logger.error(
        { err: error, command: entry.command.name, chat: invocation.chat },
        'command failed',
      );
      return {
        tone: 'error',
        blocks: [paragraph(tPrivate.t('dispatch.failed', { command: entry.command.name }))],
        locale: tPrivate.locale,
      };
    }
  }

  return {
    registry,
    dispatch,
    complete: (command, option, typed, chat, limit) =>
      complete(registry, services, { command, option, typed, chat, limit }),
    async dispatchLine(line, chat, caller, locale) {
      const parsed = parseCommandLine(cleanInput(line));
      if (!parsed) {
        const { tPrivate } = await translators({
          name: '',
          args: { kind: 'text', text: '' },
          chat,
          caller,
          locale,
        });
        return usageReply(
          tPrivate,
          tPrivate.t('dispatch.notCommand'),
          '/help',
          tPrivate.t('dispatch.notCommandHint'),
        );
      }
      return dispatch({
        name: parsed.name,
        args: { kind: 'text', text: parsed.args },
        chat,
        caller,
        locale,
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
      problem: (t: Translator) =>
        t.t('dispatch.tooLong', { length: text.length, limit: MAX_ARGUMENT_LENGTH }),
    };
  }
  return bindArguments(entry.options, text, entry.command.name);
}

function unknownCommand(registry: CommandRegistry, name: string, t: Translator): Reply {
  const shown = name.length > 32 ? `${name.slice(0, 31)}…` : name;
  const suggestion = registry.suggest(name);
  if (suggestion) {
    return usageReply(
      t,
      t.t('dispatch.unknownSuggest', { name: shown, suggestion: suggestion.command.name }),
      localUsage(suggestion, t),
    );
  }
  return usageReply(
    t,
    t.t('dispatch.unknown', { name: shown }),
    '/help',
    t.t('dispatch.unknownHint'),
  );
}

/** Turns zod issues into one short sentence per problem, in the words of the options. */
function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  entry: RegisteredCommand,
  values: Readonly<Record<string, unknown>>,
  t: Translator,
): string {
  return issues
    .map((issue) => {
      const key = String(issue.path[0] ?? '');
      const option = entry.options.find((o) => o.name === key);
      const name = option ? t.optionName(entry.command.name, option.name) : key;
      if (issue.code === 'invalid_type' && values[key] === undefined)
        return t.t('issue.missing', { name });
      // A number that is out of range or not whole ("3.5", "1e3"): the range says what fits.
      const value = values[key];
      if (typeof value === 'number' && option?.type !== 'string') {
        if (option?.min !== undefined && option.max !== undefined) {
          const whole = option.type === 'integer' && !Number.isSafeInteger(value);
          return t.t(whole ? 'issue.rangeWhole' : 'issue.range', {
            name,
            min: option.min,
            max: option.max,
          });
        }
      }
      if (issue.code === 'too_big' && option?.type === 'string' && option.maxLength !== undefined) {
        return t.t('issue.tooLong', { name, max: option.maxLength });
      }
      if (issue.code === 'too_small' && option?.type === 'string')
        return t.t('issue.missing', { name });
      // zod's own wording is English: name the option and say it is not valid instead.
      return t.t('issue.invalid', { name });
    })
    .join(' ');
}
