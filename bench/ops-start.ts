import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printTable, quantile } from './lib/table.js';

/**
 * The production start (`node dist/src/main.js`, compiled) against `npm start` (tsx), side by side
 * in one run, alternating: time from spawn to the first answer of `/news` over the default content,
 * and resident memory at idle (the bot process alone, and with npm's own process for `npm start`).
 */
const ROUNDS = Number(process.argv[2] ?? 5);
const root = fileURLToPath(new URL('..', import.meta.url));
execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
const env = {
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '',
  DATABASE_URL: 'sqlite::memory:',
};
const starts = {
  'production (node dist/src/main.js)': [process.execPath, 'dist/src/main.js'],
  'npm start (tsx)': ['npm', 'start'],
} as const;

function launch(command: readonly string[]): ChildProcess {
  const [file = 'node', ...args] = command;
  return spawn(file, args, { cwd: root, env, stdio: ['pipe', 'pipe', 'ignore'] });
}

function firstAnswerMs(command: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = launch(command);
    child.stdout?.once('data', () => resolve(performance.now() - started));
    child.on('error', reject);
    child.on('exit', () => reject(new Error(`${command.join(' ')} ended without answering`)));
    child.stdin?.end('/news\n');
  });
}

/** Resident memory (MB) of a process and of it with its descendants, once it idles. */
async function idleRss(command: readonly string[]): Promise<{ bot: number; total: number }> {
  const child = launch(command);
  await new Promise((resolve) => {
    child.stdout?.once('data', resolve);
    child.stdin?.write('/help\n');
  });
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const tree = descendants(child.pid ?? 0);
  const rss = tree.map(rssMb);
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  // The bot is the last process of the tree (npm → node running the bot).
  return { bot: rss.at(-1) ?? 0, total: rss.reduce((a, b) => a + b, 0) };
}

function descendants(pid: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone meanwhile
    }
  }
  const tree = [pid];
  // The tree grows while it is walked: each child found is searched for children in turn.
  for (const member of tree)
    for (const [child, parent] of parents) if (parent === member) tree.push(child);
  return tree;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

const times: Record<string, number[]> = {};
const memory: Record<string, { bot: number; total: number }[]> = {};
for (let round = 0; round < ROUNDS; round++)
  for (const [name, command] of Object.entries(starts)) {
    (times[name] ??= []).push(await firstAnswerMs(command));
    if (round < 2) (memory[name] ??= []).push(await idleRss(command));
  }
const production = quantile(times['production (node dist/src/main.js)'] ?? [], 0.5);
printTable(
  `Start to first answer (/news, default content), ${ROUNDS} rounds alternating`,
  Object.entries(starts).map(([name]) => {
    const list = times[name] ?? [];
    const mem = memory[name] ?? [];
    return {
      start: name,
      'p50 ms': Math.round(quantile(list, 0.5)),
      'min ms': Math.round(Math.min(...list)),
      'max ms': Math.round(Math.max(...list)),
      'vs production': Math.round((quantile(list, 0.5) / production) * 100) / 100,
      'idle RSS MB (bot)': Math.max(...mem.map((m) => m.bot)),
      'idle RSS MB (with npm)': Math.max(...mem.map((m) => m.total)),
    };
  }),
);
