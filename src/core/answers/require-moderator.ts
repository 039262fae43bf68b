import type { CommandContext } from '../commands/define-command.js';
import { UserFacingError } from '../errors.js';
import type { MessageKey } from '../i18n/translator.js';

/** Throws a refusal unless the caller moderates this chat; `what` is the "Only moderators can …" line. */
export async function requireModerator(
  ctx: CommandContext,
  what: Extract<MessageKey, `mod.${string}`>,
): Promise<void> {
  if (await ctx.caller.isModerator()) return;
  const t = ctx.tPrivate;
  throw new UserFacingError(`${t.t(what)} ${t.t('mod.who')}`, 'refusal', [], 'moderators-only');
}
