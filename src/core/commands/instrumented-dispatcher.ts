import type { Metrics } from '../ports/metrics.js';
import type { Reply } from '../replies/reply.js';
import type { Dispatcher } from './dispatch.js';
import { cleanInput, parseCommandLine } from './parse-command-line.js';

/**
 * The dispatcher, counting every command by name and outcome (the reply's tone) and timing it.
 * A name that is no command counts as "unknown", so what users type never becomes a label.
 */
export function instrumentDispatcher(dispatcher: Dispatcher, metrics: Metrics): Dispatcher {
  const labelOf = (name: string | undefined) =>
    (name === undefined ? undefined : dispatcher.registry.get(name)?.command.name) ?? 'unknown';

  async function measured(name: string | undefined, run: () => Promise<Reply>): Promise<Reply> {
    const started = performance.now();
    const reply = await run();
    const command = labelOf(name);
    metrics.increment('briefly_commands_total', { command, outcome: reply.tone });
    metrics.observe(
      'briefly_command_duration_seconds',
      { command },
      (performance.now() - started) / 1000,
    );
    return reply;
  }

  return {
    registry: dispatcher.registry,
    dispatch: (invocation) => measured(invocation.name, () => dispatcher.dispatch(invocation)),
    dispatchLine: (line, chat, caller, locale) =>
      measured(parseCommandLine(cleanInput(line))?.name, () =>
        dispatcher.dispatchLine(line, chat, caller, locale),
      ),
    complete: (command, option, typed, chat, limit) =>
      dispatcher.complete(command, option, typed, chat, limit),
  };
}
