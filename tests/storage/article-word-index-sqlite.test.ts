import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { ChannelFilter } from '../../src/core/filters/channel-filter.js';
import { silentLogger } from '../../src/core/ports/logger.js';
import { openSqliteStorage } from '../../src/storage/open-storage.js';
import { draft } from '../support/builders.js';

const dir = mkdtempSync(join(tmpdir(), 'briefly-word-index-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a stored word index that is missing or damaged', () => {
  it('is ignored: the filter reads the story itself, and decides as it would have', async () => {
    const path = join(dir, 'briefly.db');
    const writing = openSqliteStorage(`sqlite:${path}`, silentLogger);
    const texts = ['Bitcoin falls again.', 'Harbour bitcoin news.', 'Nothing to see.', 'Bitcoin!'];
    for (const [i, text] of texts.entries())
      await writing.articles.put(`k${i}`, draft({ title: `Story ${i}`, text: [text] }));
    await writing.close();

    // An article written before the index was kept (NULL), one of another format, one whose
    // table has no empty slot (a lookup would never end), and one intact.
    const db = new BetterSqlite3(path);
    const stored = db.prepare("SELECT filter_words FROM articles WHERE key = 'k2'").get() as {
      filter_words: Buffer;
    };
    // As written, but for a word table with no empty slot.
    const full = new Int32Array(new Uint8Array(stored.filter_words).buffer);
    full.fill(7, 3 + 128);
    const set = db.prepare('UPDATE articles SET filter_words = ? WHERE key = ?');
    set.run(null, 'k0');
    set.run(Buffer.from([1, 2, 3, 4, 5, 6, 7]), 'k1');
    set.run(Buffer.from(full.buffer), 'k2');
    db.close();

    const reading = openSqliteStorage(`sqlite:${path}`, silentLogger);
    const filter = new ChannelFilter([{ kind: 'exclude', pattern: 'bitcoin' }]);
    const kept = [];
    for (const key of ['k0', 'k1', 'k2', 'k3']) {
      const article = await reading.articles.getByKey(key);
      if (article && filter.keeps(article)) kept.push(key);
    }
    expect(kept).toEqual(['k2']);
    expect((await reading.articles.getByKey('k0'))?.filterWords).toBeUndefined();
    await reading.close();
  });
});
