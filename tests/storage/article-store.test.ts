import { silentLogger } from '../../src/core/ports/logger.js';
import { MemoryArticleStore } from '../../src/storage/articles/memory-article-store.js';
import { openSqliteStorage } from '../../src/storage/open-storage.js';
import { articleStoreContract } from '../contracts/article-store.contract.js';
import { articleWordIndexContract } from '../contracts/article-word-index.contract.js';

articleStoreContract('memory', () => Promise.resolve(new MemoryArticleStore()));
articleStoreContract('SQLite', () =>
  Promise.resolve(openSqliteStorage('sqlite::memory:', silentLogger).articles),
);
articleWordIndexContract('memory', () => Promise.resolve(new MemoryArticleStore()));
articleWordIndexContract('SQLite', () =>
  Promise.resolve(openSqliteStorage('sqlite::memory:', silentLogger).articles),
);
