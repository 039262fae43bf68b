import { commands } from '../../commands/index.js';
import { ArticleIndex } from '../../src/core/articles/article-index.js';
import type { ArticleDraft } from '../../src/core/articles/article.js';
import { createDispatcher, type Dispatcher } from '../../src/core/commands/dispatch.js';
import type { Caller, Services } from '../../src/core/commands/define-command.js';
import { CommandRegistry } from '../../src/core/commands/registry.js';
import { createMemoryChatMemory, type ChatRef } from '../../src/core/ports/chat-memory.js';
import { noFeeds } from '../../src/core/ports/feed-service.js';
import { silentLogger } from '../../src/core/ports/logger.js';
import type { Reply } from '../../src/core/replies/reply.js';
import { createExtractiveSummarizer } from '../../src/core/summaries/extractive-summarizer.js';
import { renderPlainText } from '../../src/adapters/console/render-plain-text.js';
import { FakeClock } from './fake-clock.js';

export interface TestBot {
  readonly services: Services;
  readonly dispatcher: Dispatcher;
  readonly clock: FakeClock;
  /** Runs a typed command in a chat and returns the reply and its plain text. */
  send(line: string, chat?: ChatRef, caller?: Caller): Promise<{ reply: Reply; text: string }>;
}

export const TEST_CHAT: ChatRef = { platform: 'test', id: 'chat-1' };
export const MODERATOR: Caller = { isModerator: () => Promise.resolve(true) };
export const MEMBER: Caller = { isModerator: () => Promise.resolve(false) };

/** The real core (index, summarizer, dispatcher, commands) over the given articles, with a fake clock. */
export function createTestBot(
  drafts: readonly ArticleDraft[] = [],
  overrides: Partial<Services> = {},
): TestBot {
  const clock = new FakeClock();
  const articles = new ArticleIndex();
  drafts.forEach((d, i) =>
    articles.upsert(d.origin.kind === 'file' ? d.origin.path : `draft-${i}`, d),
  );
  const services: Services = {
    articles,
    summarizer: createExtractiveSummarizer(),
    feeds: noFeeds,
    chatMemory: createMemoryChatMemory(),
    clock,
    logger: silentLogger,
    ...overrides,
  };
  const dispatcher = createDispatcher(new CommandRegistry(commands), services);
  return {
    services,
    dispatcher,
    clock,
    async send(line, chat = TEST_CHAT, caller = MEMBER) {
      const reply = await dispatcher.dispatchLine(line, chat, caller);
      return { reply, text: renderPlainText(reply) };
    },
  };
}
