import type { ChannelPoster } from '../core/ports/channel-poster.js';

/** An adapter that has started: what main.ts needs to wire it to digests and to stop it. */
export interface RunningAdapter {
  readonly platform: string;
  /** Posts digests to this platform's chats. */
  readonly poster: ChannelPoster;
  /** Settles when the adapter ends by itself (the console at end of input); never for bots. */
  readonly finished: Promise<void>;
  /** Why the adapter cannot serve right now (not connected), for /readyz; undefined when it can. */
  problem?(): string | undefined;
  /** Stops receiving, lets queued messages go out (within a grace period), and releases resources. */
  stop(): Promise<void>;
}
