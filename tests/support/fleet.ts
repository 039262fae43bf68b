import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { longText, rssDocument } from './feed-documents.js';
import { spawnInRepository, type Spawned } from './spawned.js';

/**
 * Loopback feed servers for fleet tests and the fleet benchmark: `count` feeds at /feed/<n>.xml,
 * one story each, every answer counted per feed once it is complete. `holdAfter` keeps the last
 * feeds' requests open (a process killed while reading them) until `release`.
 */
export interface FeedFarm {
  readonly urls: readonly string[];
  /** Completed answers per feed, by feed number. */
  readonly served: number[];
  /** When each answer was sent, per feed (ms since the epoch). */
  readonly times: number[][];
  /** Requests now held open, by feed number. */
  readonly holding: Set<number>;
  /** Holds the requests of feeds not served yet once `served` answers have gone out. */
  holdAfter(served: number): void;
  release(): void;
  total(): number;
  close(): Promise<void>;
}

export async function startFeedFarm(count: number): Promise<FeedFarm> {
  const served = Array.from({ length: count }, () => 0);
  const times = Array.from({ length: count }, (): number[] => []);
  let holdFrom = Infinity;
  const holding = new Set<number>();
  const waiting: (() => void)[] = [];
  const started = new Date('2026-11-20T08:00:00Z');
  const documents = Array.from({ length: count }, (_, n) =>
    rssDocument({ title: `Loopback Feed ${n}` }, [
      {
        title: `Story ${n} of the loopback wire about ${['tolls', 'ferries', 'reefs', 'trains'][n % 4]}`,
        link: `https://loopback.example/story/${n}`,
        date: new Date(started.getTime() + n * 60_000),
        // Long enough that no process fetches the article page (no request leaves loopback).
        content: `<p>${longText(`story ${n}`)}</p>`,
      },
    ]),
  );
  const answer = (n: number, response: ServerResponse) => {
    response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
    response.end(documents[n], () => {
      served[n] = (served[n] ?? 0) + 1;
      times[n]?.push(Date.now());
    });
  };
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const match = /^\/feed\/(\d+)\.xml$/.exec(request.url ?? '');
    const n = match ? Number(match[1]) : -1;
    if (n < 0 || n >= count) {
      response.writeHead(404).end();
      return;
    }
    if (served[n] === 0 && served.reduce((sum, k) => sum + k, 0) >= holdFrom) {
      holding.add(n);
      // A held request is never answered: the process reading it is killed meanwhile.
      waiting.push(() => response.destroy());
      return;
    }
    answer(n, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    urls: Array.from({ length: count }, (_, n) => `http://127.0.0.1:${port}/feed/${n}.xml`),
    served,
    times,
    holding,
    holdAfter(count) {
      holdFrom = count;
    },
    release() {
      holdFrom = Infinity;
      for (const drop of waiting.splice(0)) drop();
    },
    total: () => served.reduce((sum, n) => sum + n, 0),
    close: () =>
      new Promise<void>((resolve) => {
        for (const drop of waiting.splice(0)) drop();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A CONTENT_DIR whose feeds.txt lists `urls` (the operator's feeds: every process reads them). */
export function contentWithFeeds(urls: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefly-fleet-'));
  writeFileSync(join(dir, 'feeds.txt'), `${urls.join('\n')}\n`);
  return dir;
}

/**
 * One bot process as `npm start` runs it (node --import tsx src/main.ts), the console adapter on
 * an open standard input, so it runs until stopped or killed.
 */
export function startBotProcess(env: Record<string, string>): Spawned {
  return spawnInRepository('node', ['--import', 'tsx', 'src/main.ts'], {
    FEEDS_ALLOW_PRIVATE: 'true',
    LOG_LEVEL: 'info',
    ...env,
  });
}

/** Stops what is still running: SIGTERM, then waits for the exit. */
export async function stopAll(processes: readonly Spawned[]): Promise<void> {
  for (const bot of processes)
    if (bot.child.exitCode === null && bot.child.signalCode === null) bot.child.kill('SIGTERM');
  await Promise.all(processes.map((bot) => bot.exited));
}
