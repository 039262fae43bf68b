import { chatKey } from '../ports/chat-memory.js';
import type { DeliveryKey } from '../ports/digest-store.js';

/** A short stable key per delivery (Discord nonces are at most 25 characters). */
export function idempotencyKey(key: DeliveryKey): string {
  const text = `${chatKey(key.chat)}|${key.slot.toISOString()}|${key.kind}`;
  let h1 = 0x811c9dc5;
  let h2 = 0x2545f491;
  for (let i = 0; i < text.length; i++) {
    h1 = Math.imul(h1 ^ text.charCodeAt(i), 0x01000193);
    h2 = Math.imul(h2 ^ text.charCodeAt(i), 0x5bd1e995);
  }
  return `d${(h1 >>> 0).toString(36)}${(h2 >>> 0).toString(36)}`;
}
