import { MemoryFeedStore } from '../../src/feeds/memory-feed-store.js';
import { feedStoreContract } from '../contracts/feed-store.contract.js';

feedStoreContract('memory', () => new MemoryFeedStore());
