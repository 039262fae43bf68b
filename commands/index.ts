import type { AnyCommand } from '../src/core/commands/define-command.js';
import digest from './digest.js';
import feeds from './feeds.js';
import filter from './filter.js';
import help from './help.js';
import news from './news.js';
import search from './search.js';
import source from './source.js';
import summary from './summary.js';

/** Every command, in the order /help lists them. A test checks each file here is listed. */
export const commands: readonly AnyCommand[] = [
  help,
  news,
  summary,
  source,
  search,
  digest,
  feeds,
  filter,
];
