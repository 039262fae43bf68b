import type { PanelPlace, PlaceDirectory, TelegramAdmins } from '../../core/ports/panel-places.js';
import type { PanelStore } from '../../core/ports/panel-store.js';

/** How many chats are asked about at once (each may be a getChatMember call). */
const CONCURRENCY = 8;

/**
 * Telegram chats a user administers: of the chats the bot has been used in, those where Telegram
 * says the user is the creator or an administrator (the commands' rule, through the adapter's
 * cached check). A forum's topics are channels of their chat.
 */
export function telegramPlaces(store: PanelStore, admins: TelegramAdmins): PlaceDirectory {
  return {
    platform: 'telegram',
    async placesOf(user) {
      const userId = Number(user.id);
      const byChat = new Map<string, PanelPlace & { channels: PanelPlace['channels'][number][] }>();
      for (const known of await store.knownChats('telegram')) {
        const [chatId = '', topic] = known.chat.id.split(':');
        const place = byChat.get(chatId) ?? {
          id: chatId,
          platform: 'telegram' as const,
          name: known.title,
          channels: [],
        };
        place.channels.push({
          chat: known.chat,
          name: topic === undefined ? known.title : `${known.title} · topic ${topic}`,
        });
        byChat.set(chatId, place);
      }
      const candidates = [...byChat.values()];
      const allowed = new Set<string>();
      let next = 0;
      const worker = async () => {
        while (next < candidates.length) {
          const place = candidates[next++];
          if (place && (await admins.isAdministrator(Number(place.id), userId)))
            allowed.add(place.id);
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      return { ok: true, places: candidates.filter((place) => allowed.has(place.id)) };
    },
  };
}
