import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../src/core/ports/logger.js';
import { openStorage } from '../../src/storage/open-storage.js';
import { DiscordPeer } from '../adapters/discord/peer/discord-peer.js';
import { PeerDiscordLimits } from '../adapters/discord/peer/rate-limits.js';
import {
  PEER_TOKEN,
  startBotApiPeer,
  type BotApiPeer,
} from '../adapters/telegram/peer/bot-api-peer.js';
import { startBotProcess, stopAll } from './fleet.js';
import type { Spawned } from './spawned.js';

/** Telegram's limits as the peer enforces them: 30 a second overall, 20 a minute per group, 1 a second per chat. */
export const TELEGRAM_PEER_LIMITS = {
  perChat: { count: 1, windowMs: 1000 },
  perGroup: { count: 20, windowMs: 60_000 },
  overall: { count: 30, windowMs: 1000 },
};

export interface DigestFleetOptions {
  /** A fresh PostgreSQL schema's DATABASE_URL. */
  readonly databaseUrl: string;
  readonly processes: number;
  /** Telegram chats due (a tenth of them groups), and Discord channels due. */
  readonly chats: number;
  readonly channels: number;
  /**
   * `catch-up`: the slot is the minute before the processes start (each process's first round
   * sends it). `next-minute`: the processes start first, the slot is the next minute's start, and
   * the minute tick sends it (lateness then measures the fan-out alone).
   */
  readonly due: 'catch-up' | 'next-minute';
  /** SIGKILL one process once this share of all digests has been delivered. */
  readonly killAt?: number | undefined;
  /** Gives up waiting for the last digests after this long (a safety net, not a figure). */
  readonly deadlineMs: number;
  readonly env?: Record<string, string>;
  /** A directory to write what happened into: the Telegram peer's calls and each process's log. */
  readonly traceDir?: string | undefined;
}

export interface PlatformFigures {
  readonly due: number;
  /** Channels with at least one message. */
  readonly delivered: number;
  /** Messages a channel got more than once (the same text again). */
  readonly duplicates: number;
  /** Channels with no message: how many, and which. */
  readonly lost: number;
  readonly missing: readonly string[];
  /** Send requests the peer received, and how many it answered 429. */
  readonly sends: number;
  readonly rateLimited: number;
  /** The 429s by the limit that refused them (Telegram: chat, group, overall), where the peer says. */
  readonly rateLimitedBy: Readonly<Record<string, number>>;
  /** Messages a second from the first to the last delivery of the fan-out. */
  readonly rate: number;
  /** Per channel, its first message's arrival after the slot (ms). */
  readonly lateness: number[];
  /** The longest pause between two messages of the fan-out (ms): digests waiting on a lease. */
  readonly longestGap: number;
}

export interface DigestFleetReport {
  readonly telegram: PlatformFigures;
  readonly discord: PlatformFigures;
  /** The highest peak resident memory of a process (MB, from /proc VmHWM). */
  readonly peakRssMb: number;
  readonly killed: boolean;
  /**
   * Telegram chats whose digest the killed process had marked `sending` and not finished: on the
   * wire when it died (delivered or not; never repeated, as Telegram cannot drop a repeat).
   */
  readonly cutOff: readonly string[];
  /**
   * Claims of the killed process that the live ones released before their lease ended (from the
   * processes' logs, ClaimHolder), and the seconds from the kill to the first such release.
   */
  readonly released: number;
  readonly releasedAfterS: number | undefined;
}

const STORIES = [
  'Harbour tolls rise as ferries return to the northern routes',
  'Reef survey finds coral recovering after a cool summer',
];

/** A CONTENT_DIR with two short stories, new today: every digest has them and fits one message. */
function contentDirectory(): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefly-digest-fleet-'));
  STORIES.forEach((title, i) =>
    writeFileSync(
      join(dir, `story-${i}.txt`),
      `${title}\n\n${title}. The council said the change takes effect next week. Residents asked for more notice. Officials promised a review in spring.\n`,
    ),
  );
  return dir;
}

/** Telegram chats (every tenth a group) and Discord channel snowflakes of a run. */
export const telegramChat = (i: number) => (i % 10 === 9 ? -(1_000_000 + i) : 1_000_000 + i);
export const discordChannel = (i: number) => String(310_000_000_000_000_000n + BigInt(i));

async function seed(options: DigestFleetOptions, slot: Date): Promise<void> {
  const storage = await openStorage(options.databaseUrl, silentLogger);
  try {
    const chats = [
      ...Array.from({ length: options.chats }, (_, i) => ({
        platform: 'telegram',
        id: String(telegramChat(i)),
      })),
      ...Array.from({ length: options.channels }, (_, i) => ({
        platform: 'discord',
        id: discordChannel(i),
      })),
    ];
    const at = new Date(slot.getTime() - 86_400_000);
    for (let i = 0; i < chats.length; i += 50)
      await Promise.all(
        chats.slice(i, i + 50).map((chat) =>
          storage.digests.saveSettings({
            chat,
            enabled: true,
            minuteOfDay: slot.getUTCHours() * 60 + slot.getUTCMinutes(),
            days: [0, 1, 2, 3, 4, 5, 6],
            timezone: 'UTC',
            size: 5,
            topics: [],
            showImages: false,
            active: true,
            scheduleFrom: at,
            updatedAt: at,
          }),
        ),
      );
  } finally {
    await storage.close();
  }
}

/** Peak resident memory of a process so far (MB), while it runs. */
function peakRss(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
  } catch {
    return 0;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs one scheduled minute on a fleet of real processes (`npm start`'s entry point, Telegram and
 * Discord in each) on one PostgreSQL schema, against the Telegram and Discord peers enforcing the
 * platforms' limits, and counts what the peers received.
 */
export async function runDigestFleet(options: DigestFleetOptions): Promise<DigestFleetReport> {
  const telegram = await startBotApiPeer({ limits: TELEGRAM_PEER_LIMITS });
  const discord = await DiscordPeer.start();
  discord.rateLimits = new PeerDiscordLimits();
  const content = contentDirectory();
  const bots: Spawned[] = [];
  let peak = 0;
  try {
    const env = {
      DATABASE_URL: options.databaseUrl,
      CONTENT_DIR: content,
      TELEGRAM_BOT_TOKEN: PEER_TOKEN,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      DISCORD_TOKEN: 'fleet-token.for.the.peer',
      DISCORD_API_URL: discord.apiUrl,
      ...options.env,
    };
    let slot: Date;
    if (options.due === 'catch-up') {
      slot = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 60_000);
      await seed(options, slot);
      for (let i = 0; i < options.processes; i++) bots.push(startBotProcess(env));
    } else {
      // The schema is made by the first process; the others find it done.
      for (let i = 0; i < options.processes; i++) bots.push(startBotProcess(env));
      // Each gateway shard is held by one process of the fleet: one of them reports it ready.
      await Promise.any(bots.map((bot) => bot.waitFor(/Discord gateway ready/)));
      await Promise.all(bots.map((bot) => bot.waitFor(/Telegram adapter started/)));
      slot = new Date(Math.ceil((Date.now() + 15_000) / 60_000) * 60_000);
      await seed(options, slot);
    }
    const total = options.chats + options.channels;
    const delivered = () => deliveredTelegram(telegram).size + deliveredDiscord(discord).size;
    const deadline = Date.now() + options.deadlineMs;
    let victim: number | undefined;
    let killedAt = 0;
    let cutOff = new Set<string>();
    const missing = () => total - delivered();
    while (missing() > 0 && Date.now() < deadline) {
      if (
        victim === undefined &&
        options.killAt !== undefined &&
        delivered() >= total * options.killAt
      ) {
        const bot = bots[0];
        peak = Math.max(peak, peakRss(bot?.child.pid));
        victim = bot?.child.pid;
        killedAt = Date.now();
        bot?.child.kill('SIGKILL');
        await bot?.exited;
      }
      // Sends the killed process had marked and not finished: Telegram cannot say whether they
      // arrived, so they are never repeated; the others are all taken over.
      if (victim !== undefined) {
        cutOff = await cutOffSends(options.databaseUrl, victim);
        const undelivered = [...cutOff].filter(
          (chat) => !telegram.sent.some((m) => String(m.chatId) === chat),
        );
        if (missing() <= undelivered.length) break;
      }
      await sleep(victim === undefined ? 100 : 1000);
    }
    for (const bot of bots) peak = Math.max(peak, peakRss(bot.child.pid));
    // Stopped (queues drained) before counting: nothing can arrive after the count.
    await stopAll(bots);
    if (options.traceDir) writeTrace(options.traceDir, telegram, discord, bots, slot);
    return {
      telegram: telegramFigures(telegram, options.chats, slot),
      discord: discordFigures(discord, options.channels, slot),
      peakRssMb: peak,
      killed: victim !== undefined,
      cutOff: [...cutOff],
      ...releasedClaims(bots, killedAt),
    };
  } finally {
    await stopAll(bots);
    await telegram.close();
    await discord.stop();
    rmSync(content, { recursive: true, force: true });
  }
}

/** The peers' calls and refusals, and each process's log, for a look at where sends waited. */
function writeTrace(
  dir: string,
  peer: BotApiPeer,
  discord: DiscordPeer,
  bots: readonly Spawned[],
  slot: Date,
): void {
  mkdirSync(dir, { recursive: true });
  const sends = peer.calls.filter((c) => c.method === 'sendMessage');
  const calls = sends.map((c) => ({
    at: c.at - slot.getTime(),
    chat: Number(c.params.chat_id),
    refused: undefined as string | undefined,
  }));
  // Each 429 belongs to the last call to its chat that came before it.
  for (const r of peer.refusals.filter((r) => r.method === 'sendMessage' && r.status === 429)) {
    const call = calls.findLast((c) => c.chat === r.chatId && c.at <= r.at - slot.getTime());
    if (call) call.refused = r.limit ?? 'unnamed';
  }
  writeFileSync(join(dir, 'telegram-sends.json'), JSON.stringify(calls));
  // Discord: every REST call (method, path, answer, arrival after the slot).
  const rest = discord.calls.map((c) => ({
    at: c.at - slot.getTime(),
    method: c.method,
    path: c.path,
    status: c.status,
    refused: c.refusedBy,
  }));
  writeFileSync(join(dir, 'discord-calls.json'), JSON.stringify(rest));
  bots.forEach((bot, i) => writeFileSync(join(dir, `process-${i}.log`), bot.output.stderr));
}

/** What the processes logged of claims they released (a dead holder's), and when the first was. */
function releasedClaims(bots: readonly Spawned[], killedAt: number) {
  let released = 0;
  let first: number | undefined;
  for (const bot of bots)
    for (const line of bot.output.stderr.split('\n')) {
      if (!line.includes('claims of a process that died released')) continue;
      let entry: { claims?: number; time?: number };
      try {
        entry = JSON.parse(line) as typeof entry;
      } catch {
        continue; // the killed process's last line, cut off
      }
      released += entry.claims ?? 0;
      if (entry.time !== undefined) first = Math.min(first ?? entry.time, entry.time);
    }
  const releasedAfterS = first === undefined ? undefined : (first - killedAt) / 1000;
  return { released, releasedAfterS };
}

/** Telegram chats left `sending` by the process with this pid (the ledger's owner names it). */
async function cutOffSends(databaseUrl: string, pid: number): Promise<Set<string>> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ chat_id: string }>(
      "SELECT chat_id FROM digest_deliveries WHERE platform = 'telegram' AND status = 'sending' AND owner LIKE $1",
      [`%:${pid}:%`],
    );
    return new Set(rows.map((row) => row.chat_id));
  } finally {
    await client.end();
  }
}

const deliveredTelegram = (peer: BotApiPeer) => new Set(peer.sent.map((m) => m.chatId));
const deliveredDiscord = (peer: DiscordPeer) =>
  new Set(
    [...peer.channelMessages.entries()].filter(([, list]) => list.length > 0).map(([id]) => id),
  );

function figures(
  dueChats: readonly string[],
  messages: readonly { chat: string; text: string; at: number }[],
  sends: number,
  rateLimited: readonly { limit?: string | undefined }[],
  slot: Date,
): PlatformFigures {
  const seen = new Set<string>();
  const first = new Map<string, number>();
  let duplicates = 0;
  for (const m of messages) {
    const key = `${m.chat}\u0000${m.text}`;
    if (seen.has(key)) duplicates++;
    seen.add(key);
    if (!first.has(m.chat)) first.set(m.chat, m.at);
  }
  const times = messages.map((m) => m.at).sort((x, y) => x - y);
  const longestGap = times.reduce((most, t, i) => Math.max(most, t - (times[i - 1] ?? t)), 0);
  const span = (Math.max(...times) - Math.min(...times)) / 1000;
  const missing = dueChats.filter((chat) => !first.has(chat));
  return {
    due: dueChats.length,
    delivered: first.size,
    duplicates,
    lost: missing.length,
    missing,
    sends,
    rateLimited: rateLimited.length,
    rateLimitedBy: countBy(rateLimited.map((r) => r.limit ?? 'unnamed')),
    rate: messages.length > 1 && span > 0 ? (messages.length - 1) / span : 0,
    lateness: [...first.values()].map((at) => at - slot.getTime()),
    longestGap,
  };
}

function telegramFigures(peer: BotApiPeer, due: number, slot: Date): PlatformFigures {
  const sends = peer.calls.filter((c) => c.method === 'sendMessage').length;
  const rateLimited = peer.refusals.filter((r) => r.method === 'sendMessage' && r.status === 429);
  const messages = peer.sent.map((m) => ({ chat: String(m.chatId), text: m.text, at: m.at }));
  const chats = Array.from({ length: due }, (_, i) => String(telegramChat(i)));
  return figures(chats, messages, sends, rateLimited, slot);
}

function discordFigures(peer: DiscordPeer, due: number, slot: Date): PlatformFigures {
  const posts = peer.calls.filter(
    (c) => c.method === 'POST' && /^\/channels\/\d+\/messages$/.test(c.path),
  );
  const rateLimited = posts.filter((c) => c.status === 429).map((c) => ({ limit: c.refusedBy }));
  // A repeat the peer dropped (the same nonce with enforce_nonce) is no second message.
  const nonces = new Set<string>();
  const messages: { chat: string; text: string; at: number }[] = [];
  for (const post of posts) {
    if (post.status !== 200) continue;
    const body = post.body as { nonce?: string; embeds?: unknown; content?: unknown } | undefined;
    if (body?.nonce !== undefined && nonces.has(body.nonce)) continue;
    if (body?.nonce !== undefined) nonces.add(body.nonce);
    const chat = /\d+/.exec(post.path)?.[0] ?? '';
    messages.push({ chat, text: JSON.stringify(body?.embeds ?? body?.content), at: post.at });
  }
  const channels = Array.from({ length: due }, (_, i) => discordChannel(i));
  return figures(channels, messages, posts.length, rateLimited, slot);
}

function countBy(names: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const name of names) counts[name] = (counts[name] ?? 0) + 1;
  return counts;
}
