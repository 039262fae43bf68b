import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import type { TestBot } from '../support/test-services.js';
import { authDate, oneChatPanel, PANEL_CHAT, PANEL_TOKEN } from './support/one-chat-panel.js';
import { signedInitData, signedWidget } from './support/signed-telegram.js';

const TOKEN = PANEL_TOKEN;
const chat = PANEL_CHAT;
const user = JSON.stringify({ id: 77, first_name: 'Mia' });

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function panel(publicUrl: string): Promise<{ app: FastifyInstance; bot: TestBot }> {
  return oneChatPanel('Desk', publicUrl);
}

async function miniAppSignIn(app: FastifyInstance, bot: TestBot, next?: string) {
  const initData = signedInitData(TOKEN, { auth_date: authDate(bot), query_id: 'AAH', user });
  return app.inject({ method: 'POST', url: '/auth/telegram/webapp', payload: { initData, next } });
}

const sessionCookie = (response: { cookies: { name: string; value: string }[] }) =>
  response.cookies.find((c) => c.name === 'briefly_session');

describe('a Mini App session in Telegram’s framed web client', () => {
  it('over https: SameSite=None, Secure, Partitioned and HttpOnly, and changes still need the CSRF token', async () => {
    const { app, bot } = await panel('https://panel.example.test');
    const signedIn = await miniAppSignIn(app, bot, '/c/telegram/-100500');
    expect(signedIn.json()).toEqual({ ok: true, next: '/c/telegram/-100500' });
    const header = String(signedIn.headers['set-cookie']);
    expect(header).toMatch(/SameSite=None/);
    expect(header).toMatch(/; Secure/);
    expect(header).toMatch(/; Partitioned/);
    expect(header).toMatch(/; HttpOnly/);

    const cookies = { briefly_session: sessionCookie(signedIn)!.value };
    const page = await app.inject({ url: '/c/telegram/-100500', cookies });
    expect(page.statusCode).toBe(200);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1];
    expect(csrf).toBeDefined();
    const form = {
      enabled: 'on',
      time: '06:30',
      days: 'mon',
      timezone: 'UTC',
      size: '3',
      topics: '',
    };
    const forged = await app.inject({
      method: 'POST',
      url: '/c/telegram/-100500/settings',
      cookies,
      payload: new URLSearchParams(form).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(forged.statusCode).toBe(403);
    expect((await bot.services.digests.settingsFor(chat)).enabled).toBe(false);
    const changed = await app.inject({
      method: 'POST',
      url: '/c/telegram/-100500/settings',
      cookies,
      payload: new URLSearchParams({ ...form, _csrf: csrf! }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(changed.statusCode).toBe(303);
    expect((await bot.services.digests.settingsFor(chat)).enabled).toBe(true);

    // Sign-out clears the cookie with the attributes it was set with (its partition).
    const out = await app.inject({
      method: 'POST',
      url: '/auth/logout',
      cookies,
      payload: new URLSearchParams({ _csrf: csrf! }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(String(out.headers['set-cookie'])).toMatch(/briefly_session=;.*Partitioned/);
  });

  it('keeps SameSite=Lax for the Login Widget, and for a Mini App over plain http', async () => {
    const https = await panel('https://panel.example.test');
    const widget = signedWidget(TOKEN, {
      id: '77',
      first_name: 'Mia',
      auth_date: authDate(https.bot),
    });
    const signedIn = await https.app.inject({
      url: `/auth/telegram?${new URLSearchParams({ ...widget, next: '/c/telegram/-100500' }).toString()}`,
    });
    // login_url (from /digest in a group) adds `next`, which Telegram does not sign.
    expect(signedIn.statusCode).toBe(303);
    expect(signedIn.headers.location).toBe('/c/telegram/-100500');
    expect(String(signedIn.headers['set-cookie'])).toMatch(/SameSite=Lax/);
    expect(String(signedIn.headers['set-cookie'])).not.toMatch(/Partitioned/);
    await https.app.close();

    const http = await panel('http://127.0.0.1:8080');
    const framed = await miniAppSignIn(http.app, http.bot, 'https://elsewhere.example/');
    // Browsers drop SameSite=None without Secure: over http the cookie stays Lax.
    expect(String(framed.headers['set-cookie'])).toMatch(/SameSite=Lax/);
    // A `next` that is not a channel page of the panel is not followed.
    expect(framed.json()).toEqual({ ok: true, next: '/' });
  });
});
