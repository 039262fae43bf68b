import { suggestFromStore } from '../articles/suggest-articles.js';
import type { ChatRef } from '../ports/chat-memory.js';
import type { Services } from './define-command.js';
import type { CommandRegistry } from './registry.js';

/** One suggestion while typing: what to show, and the value the option then gets. */
export interface Completion {
  readonly label: string;
  readonly value: string;
}

/**
 * Suggestions for the option `option` of `command` while its value reads `typed`: article titles
 * for options marked `autocomplete: 'article'` (only those this chat may see: another chat's feed
 * items never show up), none for other options. Best first, at most `limit`.
 */
export async function complete(
  registry: CommandRegistry,
  services: Pick<Services, 'articles' | 'feeds'>,
  request: { command: string; option: string; typed: string; chat: ChatRef; limit: number },
): Promise<Completion[]> {
  const spec = registry.get(request.command)?.options.find((o) => o.name === request.option);
  if (spec?.autocomplete !== 'article') return [];
  const scope = await services.feeds.visibleTo(request.chat);
  const articles = await suggestFromStore(services.articles, scope, request.typed, request.limit);
  return articles.map((article) => ({ label: article.title, value: article.id }));
}
