import type { FastifyInstance } from 'fastify';
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGE_NAMES } from '../../src/core/i18n/locales.js';
import type { WebSession } from '../../src/core/ports/panel-store.js';
import { pageLocale, SESSION_LOCALE } from '../../src/web/page-language.js';
import type { TestBot } from '../support/test-services.js';
import { authDate, oneChatPanel, PANEL_CHAT, PANEL_TOKEN } from './support/one-chat-panel.js';
import { signedInitData, signedWidget } from './support/signed-telegram.js';

const TOKEN = PANEL_TOKEN;
/** The chat's title is Greek, so that only the panel's own words can be Latin in the pseudo-locale. */
const chat = PANEL_CHAT;
const CHANNEL = `/c/telegram/${chat.id}`;

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function panel(): Promise<{ app: FastifyInstance; bot: TestBot }> {
  return oneChatPanel('Γραφείο', 'http://127.0.0.1');
}

/** Signs in from a Mini App (with the user's Telegram language) or the Login Widget (without). */
async function signIn(app: FastifyInstance, bot: TestBot, languageCode?: string) {
  if (languageCode !== undefined) {
    const user = JSON.stringify({ id: 77, first_name: 'Μία', language_code: languageCode });
    const initData = signedInitData(TOKEN, { auth_date: authDate(bot), user });
    const response = await app.inject({
      method: 'POST',
      url: '/auth/telegram/webapp',
      payload: { initData },
    });
    return { briefly_session: response.cookies.find((c) => c.name === 'briefly_session')!.value };
  }
  const fields = signedWidget(TOKEN, { id: '77', first_name: 'Μία', auth_date: authDate(bot) });
  const response = await app.inject({
    url: `/auth/telegram?${new URLSearchParams(fields).toString()}`,
  });
  return { briefly_session: response.cookies.find((c) => c.name === 'briefly_session')!.value };
}

const langOf = (body: string) => /<html lang="([^"]+)"/.exec(body)?.[1];

const session = (locale?: string): WebSession => ({
  id: 's',
  user: { platform: 'telegram', id: '1', name: 'x' },
  csrf: 'c',
  secrets: locale ? { [SESSION_LOCALE]: locale } : {},
  createdAt: new Date(0),
  expiresAt: new Date(0),
});

describe('the page’s language', () => {
  it('is the user’s platform language, else the best Accept-Language Briefly speaks, else English', () => {
    expect(pageLocale(session('uk'), 'de')).toBe('uk');
    expect(pageLocale(session('pt-BR'), undefined)).toBe('pt-BR');
    expect(pageLocale(session('ja'), 'fr-CA,fr;q=0.9')).toBe('fr');
    expect(pageLocale(session(), 'ja, es-MX;q=0.5, de-AT;q=0.8')).toBe('de');
    expect(pageLocale(undefined, 'ja, zh;q=0.9')).toBe('en');
    expect(pageLocale(undefined, undefined)).toBe('en');
    expect(pageLocale(undefined, ';;;q=oops,')).toBe('en');
  });

  it('follows the Telegram user’s language_code over the browser’s, and Accept-Language without one', async () => {
    const { app, bot } = await panel();
    const ukrainian = await signIn(app, bot, 'uk');
    const page = await app.inject({
      url: CHANNEL,
      cookies: ukrainian,
      headers: { 'accept-language': 'de' },
    });
    expect(page.statusCode).toBe(200);
    expect(langOf(page.body)).toBe('uk');
    expect(page.body).toContain('Налаштування дайджесту');

    const widget = await signIn(app, bot);
    const german = await app.inject({
      url: CHANNEL,
      cookies: widget,
      headers: { 'accept-language': 'ja, de-AT;q=0.8, en;q=0.5' },
    });
    expect(langOf(german.body)).toBe('de');
    expect(german.body).toContain('Digest-Einstellungen');
    const english = await app.inject({ url: CHANNEL, cookies: widget });
    expect(langOf(english.body)).toBe('en');
    expect(english.body).toContain('Digest settings');
  });

  it('puts a service’s refusal in the page’s language', async () => {
    const { app, bot } = await panel();
    const cookies = await signIn(app, bot, 'de');
    const page = await app.inject({ url: CHANNEL, cookies });
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
    const refused = await app.inject({
      method: 'POST',
      url: `${CHANNEL}/settings`,
      cookies,
      payload: new URLSearchParams({
        _csrf: csrf,
        time: '25:99',
        days: 'mon',
        timezone: 'UTC',
        size: '3',
      }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain(
      'Nichts wurde gespeichert: 1 Einstellung muss korrigiert werden.',
    );
    expect(refused.body).toContain('„25:99“');
  });
});

/**
 * The visible words of a page: text and the labels a screen reader reads, without what is data
 * (the chat's name, a sample URL, a typed example), so that what is left in Latin letters is English
 * that did not come through the catalogue.
 */
function latinWords(body: string): string[] {
  const { document } = parseHTML(body);
  for (const element of document.querySelectorAll('script, style, option, datalist'))
    element.remove();
  const labels = [...document.querySelectorAll('[aria-label], [placeholder]')].map(
    (e) => `${e.getAttribute('aria-label') ?? ''} ${e.getAttribute('placeholder') ?? ''}`,
  );
  let text = `${document.documentElement?.textContent ?? ''} ${labels.join(' ')}`;
  for (const name of Object.values(LANGUAGE_NAMES)) text = text.split(name).join(' ');
  text = text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\/(?:news|filter|digest)\b/g, ' ') // commands, as users type them
    .replace(/\b(?:Briefly|telegram|UTC|RE2|DISCORD_CLIENT_ID\/SECRET|TELEGRAM_BOT_TOKEN)\b/g, ' ')
    .replace(
      /\b(?:include|exclude|crypto|sponsored content|science,climate|Berlin|New_York|regex)\b/g,
      ' ',
    )
    // What the moderator typed, shown back, and RE2's own words for a broken regex (a technical
    // detail stays as the library words it, like a log line).
    .replace(/Nowhere\/Else|missing closing/g, ' ');
  return text.match(/[A-Za-z]{3,}/g) ?? [];
}

describe('pseudo-locale: every word the panel writes comes from the catalogue', () => {
  it('finds English that bypassed the catalogue (the check can fail)', () => {
    expect(latinWords('<p aria-label="Close">Sent <b>now</b></p>')).toEqual([
      'Sent',
      'now',
      'Close',
    ]);
  });

  it('renders the sign-in page, the channel page, a refused form and the error pages without English', async () => {
    const { app, bot } = await panel();
    const headers = { 'accept-language': 'en-XA' };
    const pages: [string, string][] = [];
    const signInPage = await app.inject({ url: '/', headers });
    pages.push(['/', signInPage.body]);
    const cookies = await signIn(app, bot);
    for (const url of ['/', CHANNEL, '/c/telegram/-999', '/p/telegram/-999', '/nowhere']) {
      const response = await app.inject({ url, cookies, headers });
      pages.push([url, response.body]);
    }
    const channel = pages.find(([url]) => url === CHANNEL)![1];
    const csrf = /name="_csrf" value="([^"]+)"/.exec(channel)![1]!;
    const post = (path: string, form: Record<string, string>) =>
      app.inject({
        method: 'POST',
        url: `${CHANNEL}${path}`,
        cookies,
        headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams(form).toString(),
      });
    const refused = await post('/settings', {
      _csrf: csrf,
      time: 'x',
      timezone: 'Nowhere/Else',
      size: '99',
    });
    pages.push(['settings refused', refused.body]);
    const badFilter = await post('/filters/add', { _csrf: csrf, kind: 'include', pattern: '/(/' });
    pages.push(['filter refused', badFilter.body]);
    const forged = await post('/settings', { time: '06:30' });
    pages.push(['no CSRF', forged.body]);
    expect(langOf(channel)).toBe('en-XA');
    const offending = pages
      .map(([url, body]) => [url, latinWords(body)] as const)
      .filter(([, words]) => words.length > 0);
    expect(offending).toEqual([]);
  });
});
