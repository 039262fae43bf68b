import { commands } from '../commands/index.js';
import { ContentDirectory, type LoadReport } from './article-files/content-directory.js';
import type { AppConfig } from './config.js';
import { ArticleIndex } from './core/articles/article-index.js';
import { createDispatcher, type Dispatcher } from './core/commands/dispatch.js';
import type { Services } from './core/commands/define-command.js';
import { CommandRegistry } from './core/commands/registry.js';
import type { ChannelPoster } from './core/ports/channel-poster.js';
import { createMemoryChatMemory } from './core/ports/chat-memory.js';
import { systemClock, type Clock } from './core/ports/clock.js';
import type { FeedStore } from './core/ports/feed-store.js';
import type { Logger } from './core/ports/logger.js';
import { createExtractiveSummarizer } from './core/summaries/extractive-summarizer.js';
import type { FeedHttp } from './feeds/feed-http.js';
import type { ChannelNotifier } from './feeds/feed-poller.js';
import { MemoryFeedStore } from './feeds/memory-feed-store.js';
import { createFeeds, type Feeds } from './feeds/start-feeds.js';

export interface App {
  readonly services: Services;
  readonly dispatcher: Dispatcher;
  readonly content: ContentDirectory;
  readonly initialLoad: LoadReport;
  readonly feeds: Feeds;
  /** Lets the app post to chats (feed pause notices) through the adapters that started. */
  attachPosters(posters: readonly ChannelPoster[]): void;
  close(): Promise<void>;
}

export interface AppOptions {
  readonly clock?: Clock;
  /** Follow CONTENT_DIR for changes (default true). */
  readonly watchContent?: boolean;
  /** Where feed subscriptions and state live (default: in memory, until a database is wired). */
  readonly feedStore?: FeedStore;
  /** Start polling feeds (default true). */
  readonly startFeeds?: boolean;
  /** The feed fetcher (tests inject one with their own address policy). */
  readonly feedHttp?: FeedHttp;
}

/** Builds the platform-neutral part of Briefly: articles, services and the command dispatcher. */
export async function createApp(
  config: AppConfig,
  logger: Logger,
  options: AppOptions = {},
): Promise<App> {
  const articles = new ArticleIndex();
  const clock = options.clock ?? systemClock;
  const posters = new Map<string, ChannelPoster>();
  const notify: ChannelNotifier = async (chat, reply) => {
    const outcome = await posters.get(chat.platform)?.post(chat, reply);
    if (!outcome?.ok)
      logger.warn({ chat, reason: outcome?.reason ?? 'no adapter' }, 'notice not delivered');
  };
  const feeds = createFeeds({
    contentDir: config.CONTENT_DIR,
    allowPrivate: config.FEEDS_ALLOW_PRIVATE,
    store: options.feedStore ?? new MemoryFeedStore(),
    index: articles,
    clock,
    logger: logger.child({ part: 'feeds' }),
    notify,
    ...(options.feedHttp ? { http: options.feedHttp } : {}),
  });
  const services: Services = {
    articles,
    summarizer: createExtractiveSummarizer(),
    feeds: feeds.service,
    chatMemory: createMemoryChatMemory(),
    clock,
    logger,
  };
  const content = new ContentDirectory(
    config.CONTENT_DIR,
    articles,
    logger.child({ part: 'content' }),
  );
  const initialLoad = await content.load();
  if (options.watchContent ?? true) await content.watch();
  if (options.startFeeds ?? true) await feeds.start();
  const dispatcher = createDispatcher(new CommandRegistry(commands), services);
  return {
    services,
    dispatcher,
    content,
    initialLoad,
    feeds,
    attachPosters(list) {
      for (const poster of list) posters.set(poster.platform, poster);
    },
    async close() {
      await feeds.stop();
      await content.close();
    },
  };
}
