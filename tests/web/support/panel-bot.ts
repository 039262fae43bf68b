import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { repositoryRoot } from '../../support/run-script.js';

/** A port that was free a moment ago (the bot is told it in WEB_PORT). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface PanelBot {
  readonly url: string;
  readonly stderr: () => string;
  stop(): Promise<void>;
}

/** Starts Briefly as `npm start` does, with the given environment and the control panel on. */
export async function startPanelBot(env: Record<string, string>): Promise<PanelBot> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: repositoryRoot,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      WEB_PORT: String(port),
      WEB_PUBLIC_URL: url,
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.resume();
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  const deadline = Date.now() + 60_000;
  while (!stderr.includes('control panel listening')) {
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`the bot did not start its panel:\n${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url,
    stderr: () => stderr,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
