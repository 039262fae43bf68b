import { commands } from '../commands/index.js';
import { ContentDirectory, type LoadReport } from './article-files/content-directory.js';
import type { AppConfig } from './config.js';
import { ArticleIndex } from './core/articles/article-index.js';
import { createDispatcher, type Dispatcher } from './core/commands/dispatch.js';
import type { Services } from './core/commands/define-command.js';
import { CommandRegistry } from './core/commands/registry.js';
import { createMemoryChatMemory } from './core/ports/chat-memory.js';
import { systemClock, type Clock } from './core/ports/clock.js';
import type { Logger } from './core/ports/logger.js';
import { createSummarizer } from './summarizers/create-summarizer.js';

export interface App {
  readonly services: Services;
  readonly dispatcher: Dispatcher;
  readonly content: ContentDirectory;
  readonly initialLoad: LoadReport;
  close(): Promise<void>;
}

export interface AppOptions {
  readonly clock?: Clock;
  /** Follow CONTENT_DIR for changes (default true). */
  readonly watchContent?: boolean;
}

/** Builds the platform-neutral part of Briefly: articles, services and the command dispatcher. */
export async function createApp(
  config: AppConfig,
  logger: Logger,
  options: AppOptions = {},
): Promise<App> {
  const articles = new ArticleIndex();
  const services: Services = {
    articles,
    summarizer: createSummarizer(config, logger),
    chatMemory: createMemoryChatMemory(),
    clock: options.clock ?? systemClock,
    logger,
  };
  const content = new ContentDirectory(
    config.CONTENT_DIR,
    articles,
    logger.child({ part: 'content' }),
  );
  const initialLoad = await content.load();
  if (options.watchContent ?? true) await content.watch();
  const dispatcher = createDispatcher(new CommandRegistry(commands), services);
  return {
    services,
    dispatcher,
    content,
    initialLoad,
    close: () => content.close(),
  };
}
