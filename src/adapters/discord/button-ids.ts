import { createHash } from 'node:crypto';
import type { Action } from '../../core/replies/reply.js';
import { LIMITS } from './limits.js';

/** What a button press asks for: a command and its argument text. */
export interface ButtonCommand {
  readonly command: string;
  readonly args: string;
}

const RUN = /^run:([a-z][a-z0-9_]{0,31}):([\s\S]*)$/;
const KEPT = /^ref:([0-9a-f]{24})$/;

/**
 * Button custom ids. An action fits in the id itself ("run:summary:harbour-tunnel-tolls") whenever
 * it can (up to 100 characters), so buttons keep working across restarts. Longer ones are kept in
 * memory under a hash ("ref:<hash>"), the most recent `capacity` of them.
 */
export class ButtonIds {
  private readonly kept = new Map<string, ButtonCommand>();

  constructor(private readonly capacity = 10_000) {}

  encode(action: Action): string {
    const direct = `run:${action.command}:${action.args}`;
    if (direct.length <= LIMITS.customId && RUN.test(direct)) return direct;
    const hash = createHash('sha256').update(direct).digest('hex').slice(0, 24);
    this.kept.delete(hash);
    this.kept.set(hash, { command: action.command, args: action.args });
    if (this.kept.size > this.capacity) {
      const oldest = this.kept.keys().next();
      if (!oldest.done) this.kept.delete(oldest.value);
    }
    return `ref:${hash}`;
  }

  /** The command a custom id stands for; undefined for ids not ours or forgotten. */
  decode(customId: string): ButtonCommand | undefined {
    const run = RUN.exec(customId);
    if (run?.[1] !== undefined && run[2] !== undefined) return { command: run[1], args: run[2] };
    const kept = KEPT.exec(customId);
    return kept?.[1] === undefined ? undefined : this.kept.get(kept[1]);
  }
}
