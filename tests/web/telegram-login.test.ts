import { describe, expect, it } from 'vitest';
import { verifyInitData, verifyLoginWidget } from '../../src/web/auth/telegram-login.js';
import { signedInitData, signedWidget } from './support/signed-telegram.js';

const TOKEN = '123456:TEST-TOKEN';
const now = new Date('2026-12-07T04:00:00Z');
const at = (secondsAgo: number) => String(Math.floor(now.getTime() / 1000) - secondsAgo);

describe('Telegram Login Widget', () => {
  it('accepts data signed with the bot token, at most a day old', () => {
    const fields = signedWidget(TOKEN, {
      id: '42',
      first_name: 'Ada',
      username: 'ada',
      auth_date: at(86_399),
    });
    expect(verifyLoginWidget(fields, TOKEN, now)).toEqual({
      ok: true,
      user: { platform: 'telegram', id: '42', name: 'Ada' },
    });
  });

  it('refuses an edited field, another bot’s signature, a missing hash and an old date', () => {
    const fields = signedWidget(TOKEN, { id: '42', first_name: 'Ada', auth_date: at(10) });
    expect(verifyLoginWidget({ ...fields, id: '43' }, TOKEN, now).ok).toBe(false);
    expect(verifyLoginWidget({ ...fields, extra: 'x' }, TOKEN, now).ok).toBe(false);
    expect(verifyLoginWidget(fields, '654321:OTHER', now).ok).toBe(false);
    const { hash: _hash, ...unsigned } = fields;
    expect(verifyLoginWidget(unsigned, TOKEN, now)).toMatchObject({
      ok: false,
      reason: /not signed/,
    });
    const old = signedWidget(TOKEN, { id: '42', first_name: 'Ada', auth_date: at(86_401) });
    expect(verifyLoginWidget(old, TOKEN, now)).toMatchObject({
      ok: false,
      reason: /older than a day/,
    });
    // The Mini App's key derivation is not the widget's: initData-signed fields do not pass here.
    const asMiniApp = new URLSearchParams(signedInitData(TOKEN, { id: '42', auth_date: at(10) }));
    expect(verifyLoginWidget(Object.fromEntries(asMiniApp), TOKEN, now).ok).toBe(false);
  });
});

describe('Mini App initData', () => {
  const user = JSON.stringify({ id: 42, first_name: 'Ada', last_name: 'L' });

  it('accepts initData signed with the WebAppData key and reads the user and start_param', () => {
    const initData = signedInitData(TOKEN, {
      auth_date: at(5),
      query_id: 'Q',
      user,
      start_param: '-1001',
    });
    expect(verifyInitData(initData, TOKEN, now)).toEqual({
      ok: true,
      user: { platform: 'telegram', id: '42', name: 'Ada L' },
      startParam: '-1001',
    });
  });

  it('refuses a changed user, a widget-style signature, a repeated field and an old date', () => {
    const initData = signedInitData(TOKEN, { auth_date: at(5), user });
    const changed = initData.replace('%22id%22%3A42', '%22id%22%3A43');
    expect(changed).not.toBe(initData);
    expect(verifyInitData(changed, TOKEN, now).ok).toBe(false);
    const widget = new URLSearchParams(signedWidget(TOKEN, { auth_date: at(5), user })).toString();
    expect(verifyInitData(widget, TOKEN, now).ok).toBe(false);
    expect(verifyInitData(`${initData}&user=x`, TOKEN, now)).toMatchObject({
      ok: false,
      reason: /twice/,
    });
    const old = signedInitData(TOKEN, { auth_date: at(90_000), user });
    expect(verifyInitData(old, TOKEN, now)).toMatchObject({
      ok: false,
      reason: /older than a day/,
    });
  });
});
