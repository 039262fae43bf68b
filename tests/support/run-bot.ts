import { spawn } from 'node:child_process';

const root = new URL('../../', import.meta.url).pathname;

export interface BotRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Starts the bot the way `npm start` does, pipes `input` into it and collects what it writes. */
export function runBot(input: string, env: Record<string, string>): Promise<BotRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

/** The answers of a piped run: each starts after the "> command" echo. */
export function answersOf(stdout: string): string[] {
  return stdout.split(/^> /m).slice(1);
}
