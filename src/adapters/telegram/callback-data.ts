import { createHash } from 'node:crypto';
import { parseCommandLine } from '../../core/commands/parse-command-line.js';

/** Telegram's limit on `callback_data`, in bytes. */
export const CALLBACK_DATA_LIMIT = 64;

/** What pressing a button asks for: a command and its argument text. */
export interface ButtonCommand {
  readonly command: string;
  readonly args: string;
}

/**
 * Encodes button commands into callback data of at most 64 bytes. A command that fits is written out
 * ("/summary harbour-tunnel"), so it still works after a restart; a longer one (article ids reach
 * ~70 characters) becomes "#" and a hash, remembered in a bounded map of the most recent ones.
 */
export class CallbackCodec {
  private readonly long = new Map<string, ButtonCommand>();

  constructor(private readonly capacity = 20_000) {}

  encode(action: ButtonCommand): string {
    const line = `/${action.command}${action.args ? ` ${action.args}` : ''}`;
    if (Buffer.byteLength(line, 'utf8') <= CALLBACK_DATA_LIMIT) return line;
    const token = `#${createHash('sha256').update(`${action.command}\n${action.args}`).digest('base64url').slice(0, 24)}`;
    this.long.delete(token);
    this.long.set(token, { command: action.command, args: action.args });
    if (this.long.size > this.capacity) {
      const oldest = this.long.keys().next();
      if (!oldest.done) this.long.delete(oldest.value);
    }
    return token;
  }

  /** The command behind callback data, or undefined when it is unknown (or forgotten). */
  decode(data: string): ButtonCommand | undefined {
    if (data.startsWith('#')) return this.long.get(data);
    const parsed = parseCommandLine(data);
    return parsed ? { command: parsed.name, args: parsed.args } : undefined;
  }
}
