import type { DigestStore } from '../ports/digest-store.js';
import type { Metrics } from '../ports/metrics.js';

/**
 * The digest store, counting ledger claims: `claimed` (a new row), `taken_over` (a row that was
 * there: a failure's retry, or the claim or send of a process that died), `busy` (someone owns it).
 * Every other call goes to the store as it is.
 */
export function instrumentDigestStore(store: DigestStore, metrics: Metrics): DigestStore {
  const claim: DigestStore['claim'] = async (request) => {
    const claimed = await store.claim(request);
    const result = !claimed ? 'busy' : claimed.attempts > 1 ? 'taken_over' : 'claimed';
    metrics.increment('briefly_ledger_claims_total', { result });
    return claimed;
  };
  return new Proxy(store, {
    get(target, property) {
      if (property === 'claim') return claim;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
}
