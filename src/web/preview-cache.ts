import type { Services } from '../core/commands/define-command.js';
import type { PreviewMessage } from '../core/ports/channel-poster.js';
import { chatKey, type ChatRef } from '../core/ports/chat-memory.js';
import { LruCache } from '../core/lru-cache.js';
import { describeSchedule } from '../core/digests/digest-settings.js';
import { catalogue } from '../core/i18n/catalogue.js';

/** How long a composed preview is shown again before it is composed anew. */
export const PREVIEW_TTL_MS = 15_000;

export interface Preview {
  readonly storyCount: number;
  readonly messages: readonly PreviewMessage[] | undefined;
}

/**
 * Composing a digest costs tens of milliseconds (stories clustered, leads summarised), too much for
 * every page view. A preview is kept for PREVIEW_TTL_MS per channel and version of its settings and
 * filters; a change of either (on the page or by command) composes it anew at once, and "Refresh
 * preview" always does.
 */
export class PreviewCache {
  private readonly entries = new LruCache<
    string,
    { at: number; version: string; preview: Promise<Preview> }
  >(2_000);

  private readonly filterIds = new WeakMap<object, number>();
  private nextFilterId = 0;

  constructor(private readonly services: Services) {}

  private filterVersion(filter: object): number {
    let id = this.filterIds.get(filter);
    if (id === undefined) this.filterIds.set(filter, (id = this.nextFilterId++));
    return id;
  }

  async get(chat: ChatRef, fresh = false): Promise<Preview> {
    const [settings, filter] = await Promise.all([
      this.services.digests.settingsFor(chat),
      this.services.filters.filterFor(chat),
    ]);
    // What the digest depends on (a channel without saved settings gets fresh defaults each time);
    // the filter service hands out the same compiled filter while a channel's rules stay the same.
    const version = `${settings.enabled}|${settings.active}|${describeSchedule(settings, catalogue.translator('en'))}|${settings.language ?? ''}|${this.filterVersion(filter)}`;
    const now = this.services.clock.now().getTime();
    const key = chatKey(chat);
    const cached = this.entries.get(key);
    if (!fresh && cached?.version === version && now - cached.at < PREVIEW_TTL_MS)
      return cached.preview;
    const preview = this.services.digests
      .previewAsPosted(chat)
      .then(({ digest, messages }) => ({ storyCount: digest.storyCount, messages }));
    this.entries.set(key, { at: now, version, preview });
    preview.catch(() => this.entries.delete(key));
    return preview;
  }

  /** After a send the next digest is different: compose it again on the next view. */
  forget(chat: ChatRef): void {
    this.entries.delete(chatKey(chat));
  }
}
