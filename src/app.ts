import { hostname } from 'node:os';
import { commands } from '../commands/index.js';
import { ContentDirectory, type LoadReport } from './article-files/content-directory.js';
import type { AppConfig } from './config.js';
import { ArticleIndex } from './core/articles/article-index.js';
import { createDispatcher, type Dispatcher } from './core/commands/dispatch.js';
import type { Services } from './core/commands/define-command.js';
import { CommandRegistry } from './core/commands/registry.js';
import { createServices } from './core/create-services.js';
import { parseTime } from './core/digests/schedule.js';
import type { ChatLifecycle } from './core/ports/chat-lifecycle.js';
import { systemClock, type Clock } from './core/ports/clock.js';
import type { Logger } from './core/ports/logger.js';
import { DigestScheduler } from './scheduler/digest-scheduler.js';
import { openStorage, type Storage } from './storage/open-storage.js';
import { createSummarizer } from './summarizers/create-summarizer.js';

export interface App {
  readonly services: Services;
  readonly dispatcher: Dispatcher;
  readonly content: ContentDirectory;
  readonly initialLoad: LoadReport;
  readonly storage: Storage;
  /** What adapters report about chats (gone, moved); kept in storage. */
  readonly lifecycle: ChatLifecycle;
  readonly scheduler: DigestScheduler;
  close(): Promise<void>;
}

export interface AppOptions {
  readonly clock?: Clock;
  /** Follow CONTENT_DIR for changes (default true). */
  readonly watchContent?: boolean;
}

/** Builds the platform-neutral part of Briefly: storage, articles, services, dispatcher, scheduler. */
export async function createApp(
  config: AppConfig,
  logger: Logger,
  options: AppOptions = {},
): Promise<App> {
  const clock = options.clock ?? systemClock;
  const storage = openStorage(config.DATABASE_URL, logger.child({ part: 'storage' }));
  const articles = new ArticleIndex();
  const services = createServices({
    articles,
    summarizer: createSummarizer(config, logger),
    clock,
    logger,
    digestStore: storage.digests,
    digestDefaults: {
      minuteOfDay: parseTime(config.DIGEST_DEFAULT_TIME) ?? 480,
      timezone: config.DIGEST_DEFAULT_TIMEZONE,
      size: 5,
    },
    catchUpMinutes: config.DIGEST_CATCH_UP_MINUTES,
    owner: `${hostname()}:${process.pid}:${Date.now().toString(36)}`,
  });
  const content = new ContentDirectory(
    config.CONTENT_DIR,
    articles,
    logger.child({ part: 'content' }),
  );
  const initialLoad = await content.load();
  if (options.watchContent ?? true) await content.watch();
  const dispatcher = createDispatcher(new CommandRegistry(commands), services);
  const scheduler = new DigestScheduler(
    services.digests,
    clock,
    logger.child({ part: 'scheduler' }),
  );
  return {
    services,
    dispatcher,
    content,
    initialLoad,
    storage,
    lifecycle: storage.digests,
    scheduler,
    async close() {
      await scheduler.stop();
      await content.close();
      await storage.close();
    },
  };
}
