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

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-disable no-control-regex -- matching control characters is the point */
const CONTROL =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/* eslint-enable no-control-regex */

/** Makes user text safe to handle: control and bidi-override characters become spaces, lone surrogates are replaced. */
export function cleanInput(text: string): string {
  return text
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(CONTROL, ' ')
    .replace(/[\t\r\n]+/g, ' ');
}
