import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url).pathname;

/** Starts `tests/support/digest-worker.ts` as a process of its own, configured by `env`. */
export function digestWorker(env: Record<string, string>): {
  child: ChildProcess;
  /** Resolves once the worker printed "ready" (with START_FILE). */
  ready: Promise<void>;
  done: Promise<{ code: number | null; stdout: string }>;
} {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/digest-worker.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  const ready = new Promise<void>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.startsWith('ready\n')) {
        stdout = stdout.slice('ready\n'.length);
        resolve();
      }
    });
  });
  const done = new Promise<{ code: number | null; stdout: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout })),
  );
  return { child, ready, done };
}

/** The lines a worker wrote to its OUT file, one a post: "<channel>\t<idempotency key>". */
export const postLines = (file: string) =>
  existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').filter(Boolean) : [];
export const channelsIn = (file: string) => postLines(file).map((line) => line.split('\t')[0]);

/** How many channels a worker's run report says it sent to. */
export const sentIn = (run: { stdout: string }) =>
  (JSON.parse(run.stdout) as { results: { sent: number } }).results.sent;

/** The slot the workers' channels are due at (08:00 UTC), and times `minutes` after it. */
export const SLOT = '2026-11-26T08:00:00.000Z';
export const afterSlot = (minutes: number) =>
  new Date(Date.parse(SLOT) + minutes * 60_000).toISOString();
