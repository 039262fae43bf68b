import type { Translator } from '../i18n/translator.js';
import type { AnyCommand } from './define-command.js';
import { describeOptions, usageOf, type OptionSpec } from './option-spec.js';

const NAME = /^[a-z][a-z0-9_]{0,31}$/;
export const MAX_DESCRIPTION_LENGTH = 100;

export interface RegisteredCommand {
  readonly command: AnyCommand;
  readonly options: readonly OptionSpec[];
  /** "/summary <ref> [sentences]" */
  readonly usage: string;
}

/** The usage line with its placeholders in the reader's language: "/summary <Artikel> [Sätze]". */
export function localUsage(entry: RegisteredCommand, t: Translator): string {
  const name = entry.command.name;
  const args = usageOf(entry.options, (option) => t.optionName(name, option));
  return `/${name}${args ? ` ${args}` : ''}`;
}

/** The commands every adapter serves, checked once at start: names, descriptions, option types. */
export class CommandRegistry {
  private readonly byName = new Map<string, RegisteredCommand>();

  constructor(commands: readonly AnyCommand[]) {
    for (const command of commands) {
      if (!NAME.test(command.name)) throw new Error(`Command name "${command.name}" is not valid`);
      if (this.byName.has(command.name))
        throw new Error(`Command "${command.name}" is declared twice`);
      if (command.description.length > MAX_DESCRIPTION_LENGTH) {
        throw new Error(
          `Description of /${command.name} is over ${MAX_DESCRIPTION_LENGTH} characters`,
        );
      }
      const options = describeOptions(command.options);
      if (options.filter((o) => o.positional === 'rest').length > 1) {
        throw new Error(`/${command.name} has more than one rest option`);
      }
      const args = usageOf(options);
      this.byName.set(command.name, {
        command,
        options,
        usage: `/${command.name}${args ? ` ${args}` : ''}`,
      });
    }
  }

  get(name: string): RegisteredCommand | undefined {
    return this.byName.get(name.toLowerCase());
  }

  all(): RegisteredCommand[] {
    return [...this.byName.values()];
  }

  /** The known command closest to a mistyped name, if one is close enough to suggest. */
  suggest(name: string): RegisteredCommand | undefined {
    let best: RegisteredCommand | undefined;
    let bestDistance = Infinity;
    for (const entry of this.byName.values()) {
      const distance = editDistance(name.toLowerCase(), entry.command.name);
      if (distance < bestDistance) {
        best = entry;
        bestDistance = distance;
      }
    }
    return bestDistance <= Math.max(1, Math.floor(name.length / 3)) ? best : undefined;
  }
}

function editDistance(a: string, b: string): number {
  if (a.length > 40) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? Infinity;
}
