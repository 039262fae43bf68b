import { createHash, createHmac } from 'node:crypto';

const dataCheckString = (fields: Record<string, string>) =>
  Object.keys(fields)
    .sort()
    .map((key) => `${key}=${fields[key]}`)
    .join('\n');

/** Login Widget fields as Telegram signs them (secret key SHA-256 of the bot token). */
export function signedWidget(
  token: string,
  fields: Record<string, string>,
): Record<string, string> {
  const secret = createHash('sha256').update(token).digest();
  const hash = createHmac('sha256', secret).update(dataCheckString(fields)).digest('hex');
  return { ...fields, hash };
}

/** Mini App initData as Telegram signs it (secret key HMAC-SHA-256("WebAppData", token)). */
export function signedInitData(token: string, fields: Record<string, string>): string {
  const secret = createHmac('sha256', 'WebAppData').update(token).digest();
  const hash = createHmac('sha256', secret).update(dataCheckString(fields)).digest('hex');
  return new URLSearchParams({ ...fields, hash }).toString();
}
