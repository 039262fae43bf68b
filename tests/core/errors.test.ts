import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../../src/core/errors.js';
import { catalogue } from '../../src/core/i18n/catalogue.js';
import { renderPlainText } from '../../src/adapters/console/render-plain-text.js';
import { createTestBot, MEMBER } from '../support/test-services.js';
import { draft } from '../support/builders.js';

/** The UserFacingError a command throws for `line`, caught by spying on the reply path. */
async function errorOf(line: string) {
  const bot = createTestBot([
    draft({ title: 'Harbour tunnel reopens' }),
    draft({ title: 'Harbour fees rise' }),
  ]);
  const [name = '', ...rest] = line.slice(1).split(' ');
  const entry = bot.dispatcher.registry.get(name);
  const parsed = entry?.command.options.safeParse({
    ref: rest.join(' '),
    action: rest[0],
    value: rest[1],
  });
  try {
    await entry?.command.execute(
      {
        services: bot.services,
        chat: { platform: 'test', id: 'c' },
        caller: MEMBER,
        commands: [],
        t: catalogue.translator('en'),
        tPrivate: catalogue.translator('en'),
      },
      parsed?.success ? parsed.data : {},
    );
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('UserFacingError', () => {
  it('has a code that tells the kinds of failure apart', async () => {
    expect(await errorOf('/summary zeppelin')).toMatchObject({ code: 'article-not-found' });
    expect(await errorOf('/summary harbour')).toMatchObject({ code: 'article-ambiguous' });
    expect(await errorOf('/digest on')).toMatchObject({ code: 'moderators-only' });
  });

  it('defaults the code from its tone and becomes a short reply', () => {
    const refusal = new UserFacingError('No.', 'refusal');
    expect(refusal.code).toBe('refused');
    expect(new UserFacingError('Bad value.').code).toBe('invalid-request');
    expect(renderPlainText(refusal.toReply())).toBe('No.');
  });
});
