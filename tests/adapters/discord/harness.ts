import { z } from 'zod';
import { commands } from '../../../commands/index.js';
import type { RunningAdapter } from '../../../src/adapters/running-adapter.js';
import { startDiscord } from '../../../src/adapters/discord/start-discord.js';
import { requireModerator } from '../../../src/core/answers/require-moderator.js';
import type { ArticleStore } from '../../../src/core/ports/article-store.js';
import type { ArticleDraft } from '../../../src/core/articles/article.js';
import {
  defineCommand,
  type AnyCommand,
  type Services,
} from '../../../src/core/commands/define-command.js';
import { createDispatcher } from '../../../src/core/commands/dispatch.js';
import { CommandRegistry } from '../../../src/core/commands/registry.js';
import { answer, errorReply, list, paragraph, section } from '../../../src/core/replies/build.js';
import { createRecordingLogger, type LogEntry } from '../../support/recording-logger.js';
import { RecordingLifecycle } from '../../support/recording-lifecycle.js';
import { createTestBot } from '../../support/test-services.js';
import { DiscordPeer, IDS } from './peer/discord-peer.js';
import { PERMISSIONS, type CommandOption } from './peer/interactions.js';

/** A settings command for tests: anyone may look, only moderators may change (as /digest will). */
export const settingsCommand = defineCommand({
  name: 'settings',
  description: 'Test-only: show or change this channel’s settings',
  access: 'moderator',
  options: z.object({ mode: z.enum(['on', 'off']).optional().describe('Turn it on or off') }),
  async execute(ctx, { mode }) {
    if (mode === undefined) return answer([paragraph('Settings are off.')]);
    await requireModerator(ctx, 'mod.changeDigest');
    return answer([paragraph(`Settings are now ${mode}.`)]);
  },
});

/** Answers after `ms` milliseconds: longer than the adapter's defer threshold in tests. */
export const slowCommand = defineCommand({
  name: 'slow',
  description: 'Test-only: answers slowly',
  options: z.object({
    ms: z.number().int().min(0).max(5000).default(400).describe('Delay'),
    fail: z.boolean().default(false).describe('Answer with an error'),
  }),
  async execute(_ctx, { ms, fail }) {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return fail ? errorReply('Slowly failed.') : answer([paragraph('Done, slowly.')]);
  },
});

const sentence = (i: number) =>
  `Sentence ${i} of a long answer says something ordinary about the harbour tunnel and its tolls. `;

/** An answer over every Discord limit at once. */
export const overflowCommand = defineCommand({
  name: 'overflow',
  description: 'Test-only: an answer over every limit',
  options: z.object({}),
  execute() {
    const longParagraph = Array.from({ length: 120 }, (_, i) => sentence(i)).join(''); // ~11,000 chars
    const sections = Array.from({ length: 14 }, (_, i) =>
      section(`${'Long title '.repeat(30)} ${i}`, [paragraph(sentence(i).repeat(8))], {
        url: `https://news.example/${i}`,
        footer: 'f'.repeat(3000),
      }),
    );
    return answer(
      [
        section('A very long article', [paragraph(longParagraph)], {
          url: 'https://news.example/long',
        }),
        ...sections,
        // Three of these (about 2,100 characters each) would pass 6,000 together.
        ...Array.from({ length: 6 }, (_, i) =>
          section(`Mid ${i}`, [paragraph(sentence(i).repeat(24))]),
        ),
        list(
          Array.from({ length: 40 }, (_, i) => [`item ${i} `, sentence(i)]),
          true,
        ),
        // Twelve small ones would pass 10 embeds in one message.
        ...Array.from({ length: 12 }, (_, i) => section(`Short ${i}`, [paragraph('Brief.')])),
      ],
      Array.from({ length: 20 }, (_, i) => [
        { label: `Summary ${i + 1}`, command: 'summary', args: `${i + 1}` },
        { label: `Sources ${i + 1}`, command: 'source', args: `${i + 1}` },
      ]),
    );
  },
});

export interface StartedBot {
  readonly peer: DiscordPeer;
  readonly adapter: RunningAdapter;
  readonly logs: LogEntry[];
  readonly lifecycle: RecordingLifecycle;
  readonly articles: ArticleStore;
  readonly services: Services;
  stop(): Promise<void>;
}

/** The Discord adapter started in-process, through its own start function, against a fresh peer. */
export async function startBot(
  options: {
    drafts?: readonly ArticleDraft[];
    extraCommands?: readonly AnyCommand[];
    /** Register in this server (default: the peer's); null registers globally. */
    guildId?: string | null;
    deferAfterMs?: number;
    /** The core to serve (default: createTestBot's over `drafts`), e.g. a feed bot's. */
    services?: Services;
    /** The server's preferred locale (default en-US). */
    guildLocale?: string;
    /** Roles of the peer's server besides @everyone. */
    roles?: readonly { id: string; name: string }[];
    /** Where the adapter logs (default: a new recording logger), e.g. the one the core logs to. */
    logger?: ReturnType<typeof createRecordingLogger>;
  } = {},
): Promise<StartedBot> {
  const peer = await DiscordPeer.start();
  peer.gateway.guildLocale = options.guildLocale ?? 'en-US';
  const home = peer.gateway.guilds[0];
  if (options.roles && home) peer.gateway.guilds[0] = { ...home, roles: options.roles };
  const logger = options.logger ?? createRecordingLogger();
  const lifecycle = new RecordingLifecycle();
  // The core as every test builds it (createTestBot), with this suite's logger.
  const core = options.services ?? createTestBot(options.drafts ?? []).services;
  const services = { ...core, logger };
  const articles = services.articles;
  const registry = new CommandRegistry([
    ...commands,
    ...(options.extraCommands ?? [settingsCommand, slowCommand, overflowCommand]),
  ]);
  const adapter = await startDiscord({
    token: 'peer-token.for.tests',
    apiUrl: peer.apiUrl,
    guildId: options.guildId === null ? undefined : (options.guildId ?? IDS.guild),
    dispatcher: createDispatcher(registry, services),
    lifecycle,
    logger,
    deferAfterMs: options.deferAfterMs ?? 250,
  });
  return {
    peer,
    adapter,
    logs: logger.entries,
    lifecycle,
    articles,
    services,
    async stop() {
      await adapter.stop();
      await peer.stop();
    },
  };
}

/** A string option of a slash command. */
export const str = (name: string, value: string): CommandOption => ({ name, type: 3, value });

/** Runs a slash command through the peer (as a server manager unless `moderator` is false) and
 * returns the messages it answered with; `where` is a thread or channel other than the default. */
export async function runCommand(
  bot: StartedBot,
  name: string,
  options: CommandOption[] = [],
  { moderator = true, where }: { moderator?: boolean; where?: string | undefined } = {},
): Promise<any[]> {
  const record = bot.peer.send({
    kind: 'command',
    name,
    options,
    ...(where ? { in: where } : {}),
    ...(moderator ? { permissions: PERMISSIONS.manager } : {}),
  });
  return bot.peer.answer(record);
}
