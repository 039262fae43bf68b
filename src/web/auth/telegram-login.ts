import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { PanelUser } from '../../core/ports/panel-store.js';

/** Telegram's sign-in data is accepted for a day after it was signed (`auth_date`). */
export const MAX_AUTH_AGE_SECONDS = 86_400;

export type TelegramSignIn =
  | {
      readonly ok: true;
      readonly user: PanelUser;
      readonly startParam?: string | undefined;
      /** The user's app language (Mini App initData only; the Login Widget does not send it). */
      readonly languageCode?: string | undefined;
    }
  | { readonly ok: false; readonly reason: string };

/**
 * The Login Widget's redirect (https://core.telegram.org/widgets/login#checking-authorization):
 * data-check-string of every received field but `hash`, sorted, "key=value" joined by "\n";
 * secret key SHA-256(bot token); the hash is the hex HMAC-SHA-256 of the string under that key.
 */
export function verifyLoginWidget(
  fields: Readonly<Record<string, string>>,
  botToken: string,
  now: Date,
): TelegramSignIn {
  const secret = createHash('sha256').update(botToken).digest();
  const checked = check(fields, secret, now);
  if (!checked.ok) return checked;
  const id = fields.id ?? '';
  if (!/^\d{1,20}$/.test(id)) return { ok: false, reason: 'the sign-in carries no user id' };
  return { ok: true, user: { platform: 'telegram', id, name: nameOf(fields) } };
}

/**
 * A Mini App's `initData` (https://core.telegram.org/bots/webapps#validating-data-received-via-the-mini-app):
 * the same data-check-string over the URL-decoded fields but `hash`; secret key
 * HMAC-SHA-256(key "WebAppData", message bot token). The user is the JSON of its `user` field.
 */
export function verifyInitData(initData: string, botToken: string, now: Date): TelegramSignIn {
  const fields: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(initData)) {
    if (key in fields) return { ok: false, reason: `the field ${key} appears twice` };
    fields[key] = value;
  }
  const secret = createHmac('sha256', 'WebAppData').update(botToken).digest();
  const checked = check(fields, secret, now);
  if (!checked.ok) return checked;
  let user: {
    id?: unknown;
    first_name?: unknown;
    last_name?: unknown;
    username?: unknown;
    language_code?: unknown;
  };
  try {
    user = JSON.parse(fields.user ?? '') as typeof user;
  } catch {
    return { ok: false, reason: 'the sign-in carries no user' };
  }
  if (typeof user.id !== 'number' || !Number.isSafeInteger(user.id))
    return { ok: false, reason: 'the sign-in carries no user id' };
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return {
    ok: true,
    user: {
      platform: 'telegram',
      id: String(user.id),
      name: nameOf({
        first_name: text(user.first_name),
        last_name: text(user.last_name),
        username: text(user.username),
      }),
    },
    startParam: fields.start_param,
    languageCode: text(user.language_code),
  };
}

function check(
  fields: Readonly<Record<string, string>>,
  secret: Buffer,
  now: Date,
): { ok: true } | { ok: false; reason: string } {
  const hash = fields.hash;
  if (!hash || !/^[0-9a-f]{64}$/.test(hash))
    return { ok: false, reason: 'the sign-in is not signed' };
  const dataCheckString = Object.keys(fields)
    .filter((key) => key !== 'hash')
    .sort()
    .map((key) => `${key}=${fields[key] ?? ''}`)
    .join('\n');
  const expected = createHmac('sha256', secret).update(dataCheckString).digest();
  if (!timingSafeEqual(expected, Buffer.from(hash, 'hex')))
    return { ok: false, reason: 'the sign-in is not signed by this bot' };
  const authDate = Number(fields.auth_date);
  if (!Number.isInteger(authDate)) return { ok: false, reason: 'the sign-in has no date' };
  const age = now.getTime() / 1000 - authDate;
  if (age > MAX_AUTH_AGE_SECONDS) return { ok: false, reason: 'the sign-in is older than a day' };
  if (age < -300) return { ok: false, reason: 'the sign-in is dated in the future' };
  return { ok: true };
}

function nameOf(fields: {
  first_name?: string | undefined;
  last_name?: string | undefined;
  username?: string | undefined;
}): string {
  const full = [fields.first_name, fields.last_name].filter(Boolean).join(' ');
  return full || (fields.username ? `@${fields.username}` : 'Telegram user');
}
