import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanCopy } from '../support/clean-copy.js';
import { buildImage, type BuiltImage } from '../support/dockerfile.js';
import { repositoryRoot } from '../support/run-script.js';

/**
 * The container image, built and run without Docker: the Dockerfile's own instructions run in a
 * clean copy of the project (tests/support/dockerfile.ts), then the result starts with the image's
 * CMD, environment and working folder, is probed, and is stopped with SIGTERM.
 */
let work: string;
let image: BuiltImage;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'briefly-image-'));
  const context = cleanCopy(join(work, 'context'));
  image = buildImage(join(context, 'Dockerfile'), context, join(work, 'image'), registryEnv(work));
}, 600_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
}, 120_000);

/**
 * How `npm ci` reaches packages on this machine: npm's cache first, and better-sqlite3's native
 * binary from the one this checkout built (GitHub, where its prebuilds live, is out of reach).
 */
function registryEnv(dir: string): Record<string, string> {
  const env: Record<string, string> = {
    npm_config_prefer_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  const module = join(repositoryRoot, 'node_modules', 'better-sqlite3');
  if (!existsSync(join(module, 'build', 'Release', 'better_sqlite3.node'))) return env;
  const version = execFileSync(process.execPath, ['-p', 'require("./package.json").version'], {
    cwd: module,
    encoding: 'utf8',
  }).trim();
  const prebuilds = join(dir, 'prebuilds');
  mkdirSync(prebuilds, { recursive: true });
  const name = `better-sqlite3-v${version}-node-v${process.versions.modules}-${process.platform}-${process.arch}.tar.gz`;
  execFileSync('tar', ['czf', join(prebuilds, name), 'build/Release/better_sqlite3.node'], {
    cwd: module,
  });
  env.npm_config_better_sqlite3_local_prebuilds = prebuilds;
  return env;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The image's CMD, as the container would run it, on a port of the test's own and on loopback. */
function startImage(env: Record<string, string>): ChildProcess & { out: string; err: string } {
  const [command = 'node', ...args] = image.cmd;
  const child = spawn(command === 'node' ? process.execPath : command, args, {
    cwd: image.dir,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: image.dir,
      ...image.env,
      OPS_HOST: '127.0.0.1',
      ...env,
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  }) as ChildProcess & { out: string; err: string };
  child.out = '';
  child.err = '';
  child.stdout?.on('data', (chunk: Buffer) => (child.out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (child.err += chunk.toString()));
  return child;
}

async function until<T>(
  what: string,
  probe: () => Promise<T | undefined> | T | undefined,
): Promise<T> {
  for (let i = 0; i < 600; i++) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

async function get(port: number, path: string) {
  const response = await fetch(`http://127.0.0.1:${port}${path}`);
  return { status: response.status, text: await response.text() };
}

describe('the container image, built from the Dockerfile', () => {
  it('holds the compiled bot and production dependencies only', () => {
    expect(existsSync(join(image.dir, 'dist', 'src', 'main.js'))).toBe(true);
    expect(existsSync(join(image.dir, 'content'))).toBe(true);
    expect(existsSync(join(image.dir, 'src'))).toBe(false);
    const modules = readdirSync(join(image.dir, 'node_modules'));
    expect(modules).toEqual(
      expect.arrayContaining(['prom-client', 'better-sqlite3', 'discord.js', 'telegraf']),
    );
    for (const dev of ['tsx', 'typescript', 'vitest', 'eslint', 'telegram-test-api'])
      expect(modules, `${dev} is a dev dependency`).not.toContain(dev);
    expect(image.user).toBe('node');
    expect(image.healthcheck.length).toBeGreaterThan(0);
  });

  it('starts as the image does, answers its probes and metrics while it serves, and stops on SIGTERM with exit 0', async () => {
    const port = await freePort();
    const bot = startImage({ OPS_PORT: String(port) });
    try {
      const ready = await until('/readyz', () =>
        get(port, '/readyz').then(
          (r) => (r.status === 200 ? r : undefined),
          () => undefined,
        ),
      );
      expect(ready.text).toBe('ready\n');
      expect((await get(port, '/healthz')).status).toBe(200);

      bot.stdin?.write('/news\n/nosuchcommand\n/digest now\n');
      await until('the digest', () =>
        /> \/digest now\n[\s\S]*\S/.test(bot.out) ? true : undefined,
      );
      const metrics = await until('the metrics to move', async () => {
        const { text } = await get(port, '/metrics');
        return /briefly_digests_total\{outcome="(sent|empty)",kind="manual"\} 1/.test(text)
          ? text
          : undefined;
      });
      expect(metrics).toMatch(/briefly_commands_total\{command="news",outcome="answer"\} 1/);
      expect(metrics).toMatch(/briefly_commands_total\{command="unknown",outcome="usage"\} 1/);
      expect(metrics).toMatch(/briefly_ledger_claims_total\{result="claimed"\} 1/);
      expect(metrics).toMatch(/briefly_articles 8/);
      expect(metrics).toMatch(/process_resident_memory_bytes \d+/);
      expect(metrics).not.toMatch(/nosuchcommand|console:/);

      // The HEALTHCHECK command, with the container's environment.
      const [command = 'node', ...args] = image.healthcheck;
      execFileSync(command === 'node' ? process.execPath : command, args, {
        cwd: image.dir,
        env: {
          PATH: process.env.PATH ?? '',
          ...image.env,
          OPS_HOST: '127.0.0.1',
          OPS_PORT: String(port),
        },
        stdio: 'pipe',
      });

      bot.kill('SIGTERM');
      expect(await exited(bot)).toBe(0);
      expect(bot.err).toMatch(/"msg":"stopped"/);
    } finally {
      bot.kill('SIGKILL');
    }
  }, 120_000);

  it('refuses a port already taken with one line and exit code 2', async () => {
    const taken: Server = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as AddressInfo;
    try {
      const bot = startImage({ OPS_PORT: String(port) });
      bot.stdin?.end();
      expect(await exited(bot)).toBe(2);
      expect(bot.err).toBe(`OPS_PORT: 127.0.0.1:${port} is already in use\n`);
    } finally {
      taken.close();
    }
  }, 60_000);
});
