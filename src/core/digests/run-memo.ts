import { LruCache } from '../lru-cache.js';

/**
 * Work that many channels of one digest run would each repeat with the same inputs (the same
 * articles read, the same digest composed), done once: the first ask's promise is handed to every
 * later ask with the same key, so even the channels of a page composed at once share it. Keys
 * carry every input the work depends on, including the instant it was asked for, so a later run
 * or preview never sees an earlier answer; the least recently used are forgotten, and a failed
 * promise is forgotten at once (the next ask tries again).
 */
export class RunMemo<V> {
  private readonly entries: LruCache<string, Promise<V>>;

  constructor(capacity: number) {
    this.entries = new LruCache(capacity);
  }

  get(key: string, make: () => Promise<V>): Promise<V> {
    const known = this.entries.get(key);
    if (known) return known;
    const made = make();
    this.entries.set(key, made);
    made.catch(() => this.entries.delete(key));
    return made;
  }
}
