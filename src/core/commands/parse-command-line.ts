import { safeText } from '../text/safe-text.js';

/** A command as typed on Telegram or the console: "/summary@BrieflyBot 2 5". */
export interface CommandLine {
  readonly name: string;
  /** The bot named after "@", if any (Telegram groups address one bot among several). */
  readonly botName?: string | undefined;
  readonly args: string;
}

const COMMAND = /^\/([^\s@/]+)(?:@(\S+))?(?:\s+([\s\S]*))?$/u;

/** Parses a line that starts with "/", or returns undefined for anything else. */
export function parseCommandLine(line: string): CommandLine | undefined {
  const match = COMMAND.exec(line.trim());
  if (!match?.[1]) return undefined;
  return { name: match[1].toLowerCase(), botName: match[2], args: (match[3] ?? '').trim() };
}

/** Makes user text safe to handle: one line, no control or bidi-override characters, no lone surrogates. */
export function cleanInput(text: string): string {
  return safeText(text).replace(/[\t\r\n]+/g, ' ');
}
