import type { ChatRef } from '../ports/chat-memory.js';
import type { DigestSettings, DigestStore } from '../ports/digest-store.js';
import { isFinal } from './recover-sends.js';

interface DueSlot {
  readonly settings: DigestSettings;
  readonly slot: Date;
}

/**
 * The due slots no process has settled or holds under a running lease, after one look at the
 * ledger (one set-based read on PostgreSQL). In a fleet, each minute's tick would otherwise hand out
 * again every slot the other processes sent or are sending (this process never saw them), and the
 * jobs would only find them taken: thousands of wasted runs in the middle of a fan-out. A slot
 * whose claim's lease ran out (its process died) is handed out, and taken over. `settled` hears of
 * each slot found settled, so the caller need not look again.
 */
export async function slotsNotTaken<T extends DueSlot>(
  store: DigestStore,
  slots: readonly T[],
  now: Date,
  settled: (chat: ChatRef, slot: Date) => void,
): Promise<T[]> {
  const rows = await Promise.all(
    slots.map(({ settings, slot }) =>
      store.getDelivery({ chat: settings.chat, slot, kind: 'scheduled' }),
    ),
  );
  return slots.filter(({ settings, slot }, i) => {
    const row = rows[i];
    if (!row) return true;
    if (isFinal(row)) {
      settled(settings.chat, slot);
      return false;
    }
    const held = row.status === 'claimed' || row.status === 'sending';
    return !held || row.leaseUntil.getTime() <= now.getTime();
  });
}
