import type { ArticleStore } from '../core/ports/article-store.js';
import type { ChatLifecycle } from '../core/ports/chat-lifecycle.js';
import type { ChatRef } from '../core/ports/chat-memory.js';
import type { DigestStore } from '../core/ports/digest-store.js';
import type { FeedStore } from '../core/ports/feed-store.js';
import type { FleetLocks } from '../core/ports/fleet-locks.js';
import type { FilterStore } from '../core/ports/filter-store.js';
import type { Logger } from '../core/ports/logger.js';
import type { PanelStore } from '../core/ports/panel-store.js';
import type { SendBudget } from '../core/ports/send-budget.js';

/** Everything Briefly keeps in its database. */
export interface Storage {
  readonly kind: 'sqlite' | 'postgres';
  /** Articles of files and feeds, shared by every process on the database. */
  readonly articles: ArticleStore;
  readonly digests: DigestStore;
  readonly feeds: FeedStore;
  readonly filters: FilterStore;
  /** The control panel's sessions and the chats the bot knows. */
  readonly panel: PanelStore;
  /** Send permits per platform limit, shared by every process on the database. */
  readonly sendBudget: SendBudget;
  /** Locks that divide work among the live processes (Discord shards); one process on SQLite. */
  readonly fleetLocks: FleetLocks;
  /** Chats gone or moved, applied to everything kept per chat (digest settings, ledger, feeds, filters). */
  readonly lifecycle: ChatLifecycle;
  /** One trivial query: resolves when the database answers (readiness), rejects when it does not. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export class StorageError extends Error {
  override readonly name = 'StorageError';
}

/** What a database store of per-chat rows does when a chat (and its topics "<chat>:<topic>") goes or moves. */
export interface FeedChats {
  forgetChat(chat: ChatRef): void | Promise<void>;
  moveChat(from: ChatRef, to: ChatRef): void | Promise<void>;
}

/** Gone chats get no more digests and read no feeds; moved ones keep their settings and feeds. */
export function storageLifecycle(
  digests: DigestStore,
  perChat: readonly FeedChats[],
  logger: Logger,
): ChatLifecycle {
  return {
    async chatGone(chat, reason) {
      await digests.chatGone(chat, reason);
      for (const store of perChat) await store.forgetChat(chat);
      logger.warn({ chat, reason }, 'chat unreachable: digests paused, feeds and filters dropped');
    },
    async chatMoved(from, to) {
      await digests.chatMoved(from, to);
      for (const store of perChat) await store.moveChat(from, to);
      logger.info({ from, to }, 'chat moved: its settings, feeds and filters follow it');
    },
  };
}
