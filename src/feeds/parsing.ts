/**
 * What reading a feed needs beyond HTTP: feedsmith, linkedom and Readability. The poller imports
 * this module on its first read, so a bot without feeds never loads them (over a second of start).
 */
export { extractMainText, readPage } from './extract-page.js';
export { ingestFeed } from './ingest-feed.js';
export { parseFeedDocument } from './parse-feed.js';
