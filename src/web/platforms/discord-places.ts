import type { BotGuilds, PlaceDirectory, PanelPlace } from '../../core/ports/panel-places.js';
import type { DiscordOAuth } from '../auth/discord-oauth.js';

/**
 * Discord servers a user moderates: those their own token lists with Manage Server (or
 * Administrator, or ownership: the rule the slash commands' permission check applies) and that the
 * bot is in, with the bot's text channels there.
 */
export function discordPlaces(oauth: DiscordOAuth, bot: BotGuilds): PlaceDirectory {
  return {
    platform: 'discord',
    async placesOf(_user, secrets) {
      const token = secrets.accessToken;
      if (!token) return { ok: false, reason: 'sign in with Discord again' };
      const guilds = await oauth.guilds(token);
      if (!guilds.ok) return guilds;
      const managed = guilds.value.filter((listed) => listed.manages);
      const known = await Promise.all(managed.map((listed) => bot.guild(listed.id)));
      const places: PanelPlace[] = known.flatMap((guild) => {
        if (!guild) return [];
        return [
          {
            id: guild.id,
            platform: 'discord',
            name: guild.name,
            channels: guild.channels.map((channel) => ({
              chat: { platform: 'discord', id: channel.id },
              name: `#${channel.name}`,
            })),
          },
        ];
      });
      return { ok: true, places };
    },
  };
}
