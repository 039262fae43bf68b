import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Attachment, Caller } from '../../core/commands/define-command.js';
import type { Dispatcher } from '../../core/commands/dispatch.js';
import { cleanInput } from '../../core/commands/parse-command-line.js';
import { catalogue } from '../../core/i18n/catalogue.js';
import { matchLocale } from '../../core/i18n/locales.js';
import type { ChatRef } from '../../core/ports/chat-memory.js';
import type { Logger } from '../../core/ports/logger.js';
import type { Reply } from '../../core/replies/reply.js';
import { renderPlainText } from './render-plain-text.js';

/** The console is one channel, and its user is its moderator (the operator). */
export const CONSOLE_CHAT: ChatRef = { platform: 'console', id: 'console' };

export interface ConsoleAdapterOptions {
  readonly dispatcher: Dispatcher;
  readonly input: Readable;
  readonly output: Writable;
  /** A terminal: show a prompt. Otherwise echo each command before its answer. */
  readonly interactive: boolean;
  readonly logger: Logger;
  /** The console's language tag (from LC_ALL, LC_MESSAGES or LANG); unset or unknown: English. */
  readonly locale?: string | undefined;
}

export interface ConsoleAdapter {
  /** Answers every line until the input ends; resolves once every answer has been written. */
  run(): Promise<void>;
  /** Writes a reply that was not asked for (a scheduled digest). */
  post(reply: Reply): Promise<void>;
  /** Stops reading input. */
  close(): void;
}

/** Commands on standard input, one a line; answers on standard output, in order. */
export function createConsoleAdapter(options: ConsoleAdapterOptions): ConsoleAdapter {
  const { dispatcher, input, output, interactive, logger } = options;
  const caller: Caller = {
    isModerator: () => Promise.resolve(true),
    // The operator may name a file on this machine (/feeds import <path>).
    openLocalFile: localFile,
  };
  // In a terminal readline needs the output: it shows the prompt and echoes what is typed (the
  // terminal's own echo is off in raw mode). Piped input is read without either.
  const lines = createInterface({
    input,
    ...(interactive ? { output, terminal: true } : { terminal: false }),
    crlfDelay: Infinity,
  });
  let queue = Promise.resolve();

  const write = (text: string) =>
    new Promise<void>((resolve, reject) => {
      output.write(text, (error) => (error ? reject(error) : resolve()));
    });

  const prompt = () => {
    if (interactive) lines.prompt();
  };

  const answer = async (line: string) => {
    const trimmed = line.trim();
    if (trimmed === '') return;
    if (!interactive) {
      const shown = cleanInput(trimmed);
      await write(`> ${shown.length > 200 ? `${shown.slice(0, 199)}…` : shown}\n`);
    }
    const reply = await dispatcher.dispatchLine(trimmed, CONSOLE_CHAT, caller, {
      chat: options.locale,
    });
    await write(`${renderPlainText(reply)}\n\n`);
  };

  return {
    run() {
      lines.setPrompt('briefly> ');
      return new Promise<void>((resolve) => {
        lines.on('line', (line) => {
          queue = queue
            .then(() => answer(line))
            .catch((error: unknown) => logger.error({ err: error }, 'console answer failed'))
            .then(prompt);
        });
        lines.on('SIGINT', () => lines.close());
        lines.on('close', () => {
          void queue.then(resolve);
        });
        const t = catalogue.translator(matchLocale(options.locale));
        if (interactive) void write(`${t.t('console.ready')}\n`).then(prompt);
      });
    },
    post(reply) {
      // Not queued behind the line being answered: /digest now posts while its own line is in progress.
      return write(`${renderPlainText(reply)}\n\n`);
    },
    close() {
      lines.close();
    },
  };
}

/** A file the operator names, read as UTF-8 up to `maxBytes` (a larger one is refused unread). */
function localFile(path: string): Attachment {
  return {
    name: basename(path),
    async readText(maxBytes) {
      try {
        // Non-blocking, so that a named pipe is refused at once instead of waiting for a writer.
        const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
        try {
          const info = await handle.stat();
          if (!info.isFile()) return { ok: false, reason: (t) => t.t('file.notAFile') };
          if (info.size > maxBytes) {
            const megabytes = Math.round(info.size / 104_857.6) / 10;
            const kilobytes = Math.round(maxBytes / 1024);
            return { ok: false, reason: (t) => t.t('file.tooLarge', { megabytes, kilobytes }) };
          }
          return { ok: true, text: (await handle.readFile()).toString('utf8') };
        } finally {
          await handle.close();
        }
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const key =
          code === 'ENOENT'
            ? 'file.missing'
            : code === 'EACCES'
              ? 'file.denied'
              : code === 'EISDIR'
                ? 'file.isFolder'
                : 'file.cannotOpen';
        return { ok: false, reason: (t) => t.t(key) };
      }
    },
  };
}
