/** What went wrong with one Bot API call, and so what the outbound queue does about it. */
export type SendFailure =
  /** 429: wait `retryAfterMs`, then send the same message again. */
  | { readonly kind: 'rate-limited'; readonly retryAfterMs: number; readonly reason: string }
  /** The group became a supergroup: send to the new id from now on. */
  | { readonly kind: 'migrated'; readonly toChatId: number; readonly reason: string }
  /** 403 (blocked, removed) or the chat no longer exists: nothing can be sent there. */
  | { readonly kind: 'chat-gone'; readonly reason: string }
  /** Our HTML was refused: send the same text again without markup. */
  | { readonly kind: 'unparsable'; readonly reason: string }
  /** 5xx, network or time-out: try again later, a bounded number of times. */
  | { readonly kind: 'transient'; readonly reason: string }
  /** Any other refusal (400, 401): this message will never be accepted. */
  | { readonly kind: 'rejected'; readonly reason: string };

interface ApiErrorShape {
  readonly code?: unknown;
  readonly description?: unknown;
  readonly parameters?: { readonly retry_after?: unknown; readonly migrate_to_chat_id?: unknown };
  readonly name?: unknown;
  readonly message?: unknown;
}

/** Reads a telegraf TelegramError (code, description, parameters) or a network error. */
export function classifyFailure(error: unknown): SendFailure {
  const e = (typeof error === 'object' && error !== null ? error : {}) as ApiErrorShape;
  if (typeof e.code !== 'number') {
    const reason = `network: ${typeof e.message === 'string' ? e.message : String(error)}`;
    return { kind: 'transient', reason };
  }
  const reason = `${e.code} ${typeof e.description === 'string' ? e.description : ''}`.trim();
  const retryAfter = e.parameters?.retry_after;
  const migrateTo = e.parameters?.migrate_to_chat_id;
  if (e.code === 429) {
    const seconds = typeof retryAfter === 'number' && retryAfter >= 0 ? retryAfter : 5;
    return { kind: 'rate-limited', retryAfterMs: seconds * 1000, reason };
  }
  if (typeof migrateTo === 'number') return { kind: 'migrated', toChatId: migrateTo, reason };
  if (e.code === 403 || /chat not found|group chat was deactivated/i.test(reason)) {
    return { kind: 'chat-gone', reason };
  }
  if (e.code === 400 && /can't parse entities|unsupported start tag|can't find end/i.test(reason)) {
    return { kind: 'unparsable', reason };
  }
  if (e.code >= 500) return { kind: 'transient', reason };
  return { kind: 'rejected', reason };
}
