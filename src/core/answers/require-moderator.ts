import type { CommandContext } from '../commands/define-command.js';
import { UserFacingError } from '../errors.js';

/** Throws a refusal unless the caller moderates this chat; `what` completes "Only moderators can …". */
export async function requireModerator(ctx: CommandContext, what: string): Promise<void> {
  if (await ctx.caller.isModerator()) return;
  throw new UserFacingError(
    `Only moderators can ${what}. (Discord: Manage Server permission; Telegram: the chat's creator or administrators.)`,
    'refusal',
    [],
    'moderators-only',
  );
}
