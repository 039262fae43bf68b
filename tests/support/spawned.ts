import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { repositoryRoot } from './run-script.js';

/** A process started from the repository root, with what it has written so far. */
export interface Spawned {
  readonly child: ChildProcessWithoutNullStreams;
  readonly output: { stdout: string; stderr: string };
  /** Resolves once `pattern` appears in the stream: waits for an event, not for a time. */
  waitFor(pattern: RegExp, stream?: 'stdout' | 'stderr'): Promise<void>;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  readonly exited: Promise<number | string>;
}

/** Spawns `command` with only PATH, HOME and `env` in its environment. */
export function spawnInRepository(
  command: string,
  args: readonly string[],
  env: Record<string, string>,
): Spawned {
  const child = spawn(command, args, {
    cwd: repositoryRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const output = { stdout: '', stderr: '' };
  const waiters = new Set<() => void>();
  const collect = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
    output[stream] += chunk.toString();
    for (const check of waiters) check();
  };
  child.stdout.on('data', collect('stdout'));
  child.stderr.on('data', collect('stderr'));
  const exited = new Promise<number | string>((resolve) =>
    child.on('close', (code, signal) => {
      resolve(code ?? signal ?? 'unknown');
      for (const check of waiters) check();
    }),
  );
  return {
    child,
    output,
    exited,
    waitFor(pattern, stream = 'stderr') {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (pattern.test(output[stream])) {
            waiters.delete(check);
            resolve();
          } else if (child.exitCode !== null || child.signalCode !== null) {
            waiters.delete(check);
            reject(new Error(`exited before ${String(pattern)}:\n${output.stderr.slice(-2000)}`));
          }
        };
        waiters.add(check);
        check();
      });
    },
  };
}

/** Whether a process with this id is still running (a zombie, ended but not yet reaped, is not). */
export function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) [ZX] /s.test(stat);
  } catch {
    return false;
  }
}

/**
 * The processes below `pid` (Linux /proc), children before their own children; `depth` 1 gives only
 * the direct children.
 */
export function descendantsOf(pid: number, depth = Infinity): number[] {
  const found: number[] = [];
  const visit = (parent: number, level = 1) => {
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${parent}/task`);
    } catch {
      return;
    }
    for (const task of tasks) {
      let children = '';
      try {
        children = readFileSync(`/proc/${parent}/task/${task}/children`, 'utf8');
      } catch {
        continue;
      }
      for (const child of children.split(' ').filter(Boolean).map(Number)) {
        found.push(child);
        if (level < depth) visit(child, level + 1);
      }
    }
  };
  visit(pid);
  return found;
}
