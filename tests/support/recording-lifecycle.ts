import type { ChatLifecycle } from '../../src/core/ports/chat-lifecycle.js';
import type { ChatRef } from '../../src/core/ports/chat-memory.js';

/** A ChatLifecycle that remembers what it was told. */
export class RecordingLifecycle implements ChatLifecycle {
  readonly gone: { chat: ChatRef; reason: string }[] = [];
  readonly moved: { from: ChatRef; to: ChatRef }[] = [];

  chatGone(chat: ChatRef, reason: string): Promise<void> {
    this.gone.push({ chat, reason });
    return Promise.resolve();
  }

  chatMoved(from: ChatRef, to: ChatRef): Promise<void> {
    this.moved.push({ from, to });
    return Promise.resolve();
  }
}
