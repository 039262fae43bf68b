import type { ChatRef } from '../core/ports/chat-memory.js';
import { chatKey } from '../core/ports/chat-memory.js';
import type { Clock } from '../core/ports/clock.js';
import type { Logger } from '../core/ports/logger.js';
import type {
  PanelChannel,
  PanelPlace,
  PlaceDirectory,
  PlacesAnswer,
} from '../core/ports/panel-places.js';
import type { WebSession } from '../core/ports/panel-store.js';
import { LruCache } from '../core/lru-cache.js';

/** How long a platform's answer about a user's places is trusted. */
export const PLACES_TTL_MS = 30_000;

export interface ChannelAccess {
  readonly place: PanelPlace;
  readonly channel: PanelChannel;
}

/**
 * Where the signed-in user moderates, asked of their platform on every request and cached for
 * PLACES_TTL_MS per session: losing Manage Server or admin rights takes effect within that time.
 * Every page and change about a channel goes through `access`, so an id edited into a URL or form
 * names nothing the user may touch.
 */
export class ModeratedPlaces {
  private readonly cache = new LruCache<string, { at: number; answer: Promise<PlacesAnswer> }>(
    10_000,
  );
  private readonly directories: ReadonlyMap<string, PlaceDirectory>;

  constructor(
    directories: readonly PlaceDirectory[],
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {
    this.directories = new Map(directories.map((d) => [d.platform, d]));
  }

  of(session: WebSession): Promise<PlacesAnswer> {
    const user = session.user;
    if (!user) return Promise.resolve({ ok: true, places: [] });
    const directory = this.directories.get(user.platform);
    if (!directory)
      return Promise.resolve({ ok: false, reason: `${user.platform} is not running here` });
    const now = this.clock.now().getTime();
    const cached = this.cache.get(session.id);
    if (cached && now - cached.at < PLACES_TTL_MS) return cached.answer;
    const answer = directory
      .placesOf(user, session.secrets)
      .catch((error: unknown): PlacesAnswer => {
        this.logger.warn(
          { err: error, platform: user.platform },
          'could not list moderated places',
        );
        return { ok: false, reason: `${user.platform} could not be asked` };
      });
    this.cache.set(session.id, { at: now, answer });
    // A failure is not remembered: the next request asks again.
    void answer.then((result) => {
      if (!result.ok && this.cache.get(session.id)?.answer === answer)
        this.cache.delete(session.id);
    });
    return answer;
  }

  /** The channel, if the session's user moderates it now; undefined for anything else. */
  async access(session: WebSession, chat: ChatRef): Promise<ChannelAccess | undefined> {
    const answer = await this.of(session);
    if (!answer.ok) return undefined;
    const key = chatKey(chat);
    for (const place of answer.places) {
      const channel = place.channels.find((c) => chatKey(c.chat) === key);
      if (channel) return { place, channel };
    }
    return undefined;
  }

  forget(session: WebSession): void {
    this.cache.delete(session.id);
  }
}
