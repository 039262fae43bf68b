import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printTable, quantile } from './lib/table.js';

/**
 * The production start (`node dist/src/main.js`, compiled) against `npm start` (tsx), side by side
 * in one run, alternating: time from spawn to the first answer of `/news` over the default content
 * (wall, and the CPU time the process tree used by then: on a loaded machine the wall time grows
 * with the load, the CPU time much less), and resident memory at idle (the bot process alone, and with npm's own process for `npm start`).
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

/** Clock ticks a second, for /proc/<pid>/stat's CPU times. */
const TICKS = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

/** CPU time (user + system, ms) used so far by a process and its descendants. */
function cpuMs(pid: number): number {
  let ticks = 0;
  for (const member of descendants(pid)) {
    try {
      const stat = readFileSync(`/proc/${member}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime and stime are fields 14 and 15 of stat, 12 and 13 after the command name.
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // ended meanwhile
    }
  }
  return (ticks * 1000) / TICKS;
}

/** Wall time from spawn to the first answer, and the CPU time the start used by then. */
function firstAnswerMs(command: readonly string[]): Promise<{ wall: number; cpu: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = launch(command);
    child.stdout?.once('data', () =>
      resolve({ wall: performance.now() - started, cpu: cpuMs(child.pid ?? 0) }),
    );
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
const cpu: Record<string, number[]> = {};
const memory: Record<string, { bot: number; total: number }[]> = {};
for (let round = 0; round < ROUNDS; round++)
  for (const [name, command] of Object.entries(starts)) {
    const answered = await firstAnswerMs(command);
    (times[name] ??= []).push(answered.wall);
    (cpu[name] ??= []).push(answered.cpu);
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
      'CPU ms p50': Math.round(quantile(cpu[name] ?? [], 0.5)),
      'idle RSS MB (bot)': Math.max(...mem.map((m) => m.bot)),
      'idle RSS MB (with npm)': Math.max(...mem.map((m) => m.total)),
    };
  }),
);
