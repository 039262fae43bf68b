import { DiscordAPIError, Routes, type REST } from 'discord.js';

/** What Discord says about this bot before any gateway session: who it is and how to shard. */
export interface GatewayInfo {
  readonly applicationId: string;
  /** The bot user's id (the fleet's send budget names its buckets by it). */
  readonly botId: string;
  /** The shard count Discord recommends (GET /gateway/bot `shards`). */
  readonly recommendedShards: number;
  /** How many shards may identify per 5 seconds. */
  readonly maxConcurrency: number;
}

/** Asks Discord (GET /applications/@me, GET /gateway/bot); a refused token is said so. */
export async function fetchGatewayInfo(rest: REST): Promise<GatewayInfo> {
  try {
    const application = (await rest.get(Routes.currentApplication())) as {
      id: string;
      bot?: { id: string };
    };
    const gateway = (await rest.get(Routes.gatewayBot())) as {
      shards: number;
      session_start_limit: { max_concurrency: number };
    };
    return {
      applicationId: application.id,
      botId: application.bot?.id ?? application.id,
      recommendedShards: Math.max(1, gateway.shards),
      maxConcurrency: Math.max(1, gateway.session_start_limit.max_concurrency),
    };
  } catch (error) {
    if (error instanceof DiscordAPIError && error.status === 401)
      throw new Error('Discord refused the token (401): check DISCORD_TOKEN', { cause: error });
    throw error;
  }
}
