import { runScript, type ScriptRun } from './run-script.js';

export type BotRun = ScriptRun;

/**
 * Starts the bot the way `npm start` does (an in-memory database unless the test names one), pipes
 * `input` into it and collects what it writes.
 */
export function runBot(input: string, env: Record<string, string>): Promise<BotRun> {
  return runScript('src/main.ts', [], { DATABASE_URL: 'sqlite::memory:', ...env }, input);
}

/** The answers of a piped run: each starts after the "> command" echo. */
export function answersOf(stdout: string): string[] {
  return stdout.split(/^> /m).slice(1);
}
