import { commands } from '../../commands/index.js';
import { renderPlainText } from '../../src/adapters/console/render-plain-text.js';
import { MemoryArticleStore } from '../../src/storage/articles/memory-article-store.js';
import type { ArticleDraft } from '../../src/core/articles/article.js';
import { createDispatcher, type Dispatcher } from '../../src/core/commands/dispatch.js';
import type { Caller, Services } from '../../src/core/commands/define-command.js';
import { CommandRegistry } from '../../src/core/commands/registry.js';
import { createServices } from '../../src/core/create-services.js';
import type { ChatRef } from '../../src/core/ports/chat-memory.js';
import { noFeeds, type FeedService } from '../../src/core/ports/feed-service.js';
import { silentLogger, type Logger } from '../../src/core/ports/logger.js';
import type { Reply } from '../../src/core/replies/reply.js';
import { createExtractiveSummarizer } from '../../src/core/summaries/extractive-summarizer.js';
import type { Summarizer } from '../../src/core/summaries/summarizer.js';
import { openSqliteStorage, type Storage } from '../../src/storage/open-storage.js';
import { FakeClock } from './fake-clock.js';

export interface TestBot {
  readonly services: Services;
  readonly dispatcher: Dispatcher;
  readonly clock: FakeClock;
  readonly storage: Storage;
  /** The articles (in memory), to add to after the start. */
  readonly articles: MemoryArticleStore;
  /** Runs a typed command in a chat and returns the reply and its plain text. */
  send(line: string, chat?: ChatRef, caller?: Caller): Promise<{ reply: Reply; text: string }>;
}

export const TEST_CHAT: ChatRef = { platform: 'test', id: 'chat-1' };
export const MODERATOR: Caller = { isModerator: () => Promise.resolve(true) };
export const MEMBER: Caller = { isModerator: () => Promise.resolve(false) };

export interface TestBotOptions {
  readonly clock?: FakeClock;
  /** `sqlite:PATH` or `sqlite::memory:` (the default). */
  readonly databaseUrl?: string;
  readonly catchUpMinutes?: number;
  readonly owner?: string;
  /** A summarizer in place of the extractive one. */
  readonly summarizer?: Summarizer;
  /** An index to share (the drafts are added to it). */
  readonly articles?: MemoryArticleStore;
  readonly feeds?: FeedService;
  /** Where the services log (default: nowhere). */
  readonly logger?: Logger;
  /** This process's digest claim holder id (a fleet's ClaimHolder; default none). */
  readonly claimHolder?: () => string | undefined;
}

/**
 * The real core (index, summarizer, digests on a real in-memory SQLite database, dispatcher,
 * commands) over the given articles, with a fake clock.
 */
export function createTestBot(
  drafts: readonly ArticleDraft[] = [],
  options: TestBotOptions = {},
): TestBot {
  const clock = options.clock ?? new FakeClock();
  const articles = options.articles ?? new MemoryArticleStore();
  drafts.forEach((d, i) =>
    articles.putNow(d.origin.kind === 'file' ? d.origin.path : `draft-${i}`, d),
  );
  const storage = openSqliteStorage(options.databaseUrl ?? 'sqlite::memory:', silentLogger);
  const services = createServices({
    articles,
    summarizer: options.summarizer ?? createExtractiveSummarizer(),
    feeds: options.feeds ?? noFeeds,
    clock,
    logger: options.logger ?? silentLogger,
    digestStore: storage.digests,
    filterStore: storage.filters,
    digestDefaults: { minuteOfDay: 8 * 60, timezone: 'UTC', size: 5 },
    catchUpMinutes: options.catchUpMinutes ?? 60,
    owner: options.owner ?? 'test-process',
    claimHolder: options.claimHolder,
  });
  const dispatcher = createDispatcher(new CommandRegistry(commands), services);
  return {
    services,
    dispatcher,
    clock,
    storage,
    articles,
    async send(line, chat = TEST_CHAT, caller = MEMBER) {
      const reply = await dispatcher.dispatchLine(line, chat, caller);
      return { reply, text: renderPlainText(reply) };
    },
  };
}
