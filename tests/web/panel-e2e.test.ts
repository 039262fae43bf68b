import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordPeer, IDS } from '../adapters/discord/peer/discord-peer.js';
import {
  PEER_TOKEN,
  startBotApiPeer,
  type BotApiPeer,
  type PeerChat,
} from '../adapters/telegram/peer/bot-api-peer.js';
import { checkTelegramHtml } from '../adapters/telegram/peer/telegram-html.js';
import { DESKTOP, launchChromium, PHONE } from './support/browser.js';
import { startPanelBot, type PanelBot } from './support/panel-bot.js';
import { signedInitData, signedWidget } from './support/signed-telegram.js';

const TITLE = 'Russia warns Japan on Patriot transfers';
const mods: PeerChat = { id: -1001, type: 'supergroup', title: 'Mods Group' };
const other: PeerChat = { id: -1002, type: 'supergroup', title: 'Other Group' };
const mia = { id: 1111, first_name: 'Mia' };
const stranger = { id: 2222, first_name: 'Sam' };
/** Where screenshots for the README go when BRIEFLY_SCREENSHOTS names a folder. */
const shots = process.env.BRIEFLY_SCREENSHOTS;

const dir = mkdtempSync(join(tmpdir(), 'briefly-panel-'));
let telegram: BotApiPeer;
let discord: DiscordPeer;
let bot: PanelBot;
let browser: Browser;
/** What beforeAll started, stopped in reverse order (whatever got started before a failure). */
const started: (() => Promise<void>)[] = [];

beforeAll(async () => {
  mkdirSync(join(dir, 'content'));
  cpSync(
    new URL('../fixtures/seed.txt', import.meta.url).pathname,
    join(dir, 'content', 'seed.txt'),
  );
  telegram = await startBotApiPeer();
  started.push(() => telegram.close());
  discord = await DiscordPeer.start();
  started.push(() => discord.stop());
  discord.gateway.guilds.push({
    id: IDS.otherGuild,
    name: 'Other Guild',
    channels: [{ id: IDS.otherChannel, name: 'elsewhere' }],
  });
  telegram.members.set(`${mods.id}:${mia.id}`, 'administrator');
  telegram.members.set(`${other.id}:${stranger.id}`, 'creator');
  bot = await startPanelBot({
    TELEGRAM_BOT_TOKEN: PEER_TOKEN,
    TELEGRAM_API_ROOT: telegram.apiRoot,
    DISCORD_TOKEN: 'peer-bot-token',
    DISCORD_API_URL: discord.apiUrl,
    DISCORD_CLIENT_ID: discord.oauth.clientId,
    DISCORD_CLIENT_SECRET: discord.oauth.clientSecret,
    CONTENT_DIR: join(dir, 'content'),
    DATABASE_URL: `sqlite:${join(dir, 'briefly.db')}`,
  });
  started.push(() => bot.stop());
  browser = await launchChromium();
  started.push(() => browser.close());
  // The bot learns of chats from the commands used there.
  await ask(mods, '/help');
  await ask(other, '/help', stranger);
}, 120_000);

afterAll(async () => {
  for (const stop of started.reverse()) await stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Sends a command in a Telegram chat and returns the text of the bot's answer. */
async function ask(chat: PeerChat, text: string, from = mia): Promise<string> {
  const before = telegram.sent.filter((m) => m.chatId === chat.id).length;
  await telegram.send(chat, from, text);
  const [answer] = (await telegram.waitForSent(chat.id, before + 1)).slice(before);
  return checkTelegramHtml(answer!.text).text;
}

async function newPage(size = DESKTOP): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: size });
  return { context, page: await context.newPage() };
}

const widgetUrl = (fields: Record<string, string>) =>
  `${bot.url}/auth/telegram?${new URLSearchParams(fields).toString()}`;
const now = () => String(Math.floor(Date.now() / 1000));

async function signInWithWidget(page: Page, user = mia) {
  const fields = signedWidget(PEER_TOKEN, {
    id: String(user.id),
    first_name: user.first_name,
    auth_date: now(),
  });
  await page.goto(widgetUrl(fields));
}

describe('control panel in Chromium', () => {
  it('refuses a Login Widget sign-in that is forged, stale or signed by another bot', async () => {
    const { context, page } = await newPage();
    const good = signedWidget(PEER_TOKEN, {
      id: String(mia.id),
      first_name: 'Mia',
      auth_date: now(),
    });
    const forged = { ...good, id: String(stranger.id) };
    const stale = signedWidget(PEER_TOKEN, {
      id: String(mia.id),
      first_name: 'Mia',
      auth_date: String(Math.floor(Date.now() / 1000) - 86_401),
    });
    const otherBot = signedWidget('999:OTHER', {
      id: String(mia.id),
      first_name: 'Mia',
      auth_date: now(),
    });
    for (const [fields, reason] of [
      [forged, 'not signed by this bot'],
      [stale, 'older than a day'],
      [otherBot, 'not signed by this bot'],
    ] as const) {
      const response = await page.goto(widgetUrl(fields));
      expect(response?.status()).toBe(401);
      await expect(page.getByRole('alert').textContent()).resolves.toContain(reason);
    }
    expect((await context.cookies()).filter((c) => c.name === 'briefly_session')).toEqual([]);
    await page.goto(bot.url);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
      'Sign in',
    );
    await context.close();
  });

  it('signs in with the Login Widget, shows only chats the user administers, and changes a schedule /digest then reports', async () => {
    const { context, page } = await newPage();
    await signInWithWidget(page);
    const nav = page.getByRole('navigation', { name: 'Your servers and chats' });
    await expect(nav.textContent()).resolves.toContain('Mods Group');
    expect(await nav.textContent()).not.toContain('Other Group');
    const cookie = (await context.cookies()).find((c) => c.name === 'briefly_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });

    await nav.getByRole('link', { name: 'Mods Group' }).click();
    await page.getByLabel('Send a digest to this channel').check();
    // Times twelve hours from now in Berlin: the bot runs on the real clock, and a digest that fell
    // due during the file would leave the later tests' previews with nothing new.
    const berlinHour = Number(
      new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/Berlin',
        hour: '2-digit',
        hourCycle: 'h23',
      }).format(new Date()),
    );
    const hour = String((berlinHour + 12) % 24).padStart(2, '0');
    const [first, second] = [`${hour}:45`, `${hour}:15`];
    await page.getByLabel('Time', { exact: true }).fill(first);
    // The time-zone search: the page's script fills the field's suggestions with the browser's zones.
    await expect.poll(() => page.locator('#zones option[value="Europe/Berlin"]').count()).toBe(1);
    // By their current names, as /digest timezone stores them.
    expect(await page.locator('#zones option[value="Asia/Kolkata"]').count()).toBe(1);
    await page.getByLabel('Time zone').fill('Europe/Berlin');
    await page.getByLabel('Stories per digest').fill('3');
    for (const day of ['Sat', 'Sun']) await page.getByLabel(day, { exact: true }).uncheck();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toContain('Settings saved');
    expect(await ask(mods, '/digest')).toContain(
      `${first} Europe/Berlin, weekdays (Mon–Fri), 3 stories`,
    );

    // And the reverse: a change by command shows on the page at once.
    expect(await ask(mods, `/digest time ${second}`)).toContain(second);
    await page.reload();
    await expect(page.getByLabel('Time', { exact: true }).inputValue()).resolves.toBe(second);

    // The same rules as /digest: a bad value is refused with its reason, and nothing is saved.
    await page.getByLabel('Time zone').fill('Mars/Olympus');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('"Mars/Olympus" is not a time zone.').count()).resolves.toBe(1);
    expect(await ask(mods, '/digest')).toContain(`${second} Europe/Berlin`);

    // The channel's language (issue 17's setting, read by the same parseSettingChange).
    await page.getByLabel('Time zone').fill('Europe/Berlin');
    await page.getByLabel('Language of the digest').selectOption('de');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toContain('Settings saved');
    expect(await ask(mods, '/digest')).toContain('(de)');
    await page.getByLabel('Language of the digest').selectOption('');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toContain('Settings saved');
    expect(await ask(mods, '/digest')).not.toContain('(de)');
    if (shots) await page.screenshot({ path: join(shots, 'panel-desktop.png'), fullPage: true });
    await context.close();
  });

  it('shows and edits the channel’s filters by the rules /filter uses, and each sees the other’s changes', async () => {
    const { context, page } = await newPage();
    await signInWithWidget(page);
    await page.goto(`${bot.url}/c/telegram/${mods.id}`);
    const filters = page.locator('#filters');
    await expect(page.locator('#preview').textContent()).resolves.toContain(TITLE);
    await expect(filters.textContent()).resolves.toContain('This channel has no filters');

    // A rule that does not compile is refused with /filter's own reason, and nothing is stored.
    const bad = '/a(b/';
    const commandRefusal = await ask(mods, `/filter add exclude ${bad}`);
    await filters.getByLabel('Exclude: leave out stories that match').check();
    await filters.getByLabel('Words, "a phrase" or /regex/').fill(bad);
    await filters.getByRole('button', { name: 'Add filter' }).click();
    const reason = await page.locator('#pattern-error').textContent();
    expect(reason).toContain('does not compile');
    expect(commandRefusal).toContain(reason!.trim());
    await expect(page.getByLabel('Words, "a phrase" or /regex/').inputValue()).resolves.toBe(bad);
    expect(await ask(mods, '/filter')).toContain('no filters');

    // Added on the page: /filter lists it and the preview leaves the story out at once.
    await page.getByLabel('Words, "a phrase" or /regex/').fill('patriot');
    await page.getByRole('button', { name: 'Add filter' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toContain('Rule 1 added');
    expect(await ask(mods, '/filter')).toMatch(/exclude\s+patriot/);
    await expect(page.locator('#preview').textContent()).resolves.not.toContain(TITLE);

    // Added by command: the page lists it under the same number.
    await ask(mods, '/filter add include "climate change"');
    await page.reload();
    const rows = filters.locator('tbody tr');
    await expect(rows.count()).resolves.toBe(2);
    await expect(rows.nth(1).textContent()).resolves.toMatch(/2\s*include\s*"climate change"/);

    // A removal names the rule the moderator saw: after /filter remove 1 the page's rule 1 is stale.
    const staleRemove = filters.getByRole('button', { name: 'Remove rule 1' });
    await ask(mods, '/filter remove 1');
    await staleRemove.click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      'The filters changed since this page was loaded',
    );
    expect(await ask(mods, '/filter')).toContain('climate change');
    await filters.getByRole('button', { name: 'Remove rule 1' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toContain(
      'Removed rule 1: include "climate change"',
    );
    expect(await ask(mods, '/filter')).toContain('no filters');

    await ask(mods, '/filter add exclude patriot');
    await page.reload();
    await filters.getByRole('button', { name: 'Remove all filters' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toContain('Removed the 1');
    expect(await ask(mods, '/filter')).toContain('no filters');
    await expect(page.locator('#preview').textContent()).resolves.toContain(TITLE);
    await context.close();
  });

  it('previews the digest as Telegram shows it, logs a failed send, then sends it to the chat', async () => {
    const { context, page } = await newPage();
    await signInWithWidget(page);
    await page.goto(`${bot.url}/c/telegram/${mods.id}`);
    const preview = page.locator('#preview');
    await expect(preview.locator('.bubble.telegram').first().textContent()).resolves.toContain(
      TITLE,
    );

    telegram.faults.push({
      method: 'sendMessage',
      chatId: mods.id,
      status: 400,
      description: 'Bad Request: PEER_REFUSED_THIS',
      count: 1,
    });
    const before = telegram.sent.filter((m) => m.chatId === mods.id).length;
    await page.getByRole('button', { name: 'Send now' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('could not be sent');
    const log = page.locator('#log table');
    await expect(log.locator('tbody tr').first().textContent()).resolves.toMatch(
      /send now.*failed.*PEER_REFUSED_THIS/s,
    );

    await page.getByRole('button', { name: 'Send now' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toContain('Digest sent');
    const arrived = (await telegram.waitForSent(mods.id, before + 1)).slice(before);
    expect(arrived.map((m) => m.text).join('\n')).toContain(TITLE);
    await expect(log.locator('tbody tr').first().textContent()).resolves.toMatch(/send now.*sent/s);
    await context.close();
  });

  it('refuses another chat, an edited id in a form and a change without the CSRF token', async () => {
    const { context, page } = await newPage();
    await signInWithWidget(page);
    const refused = await page.goto(`${bot.url}/c/telegram/${other.id}`);
    expect(refused?.status()).toBe(404);
    expect(await page.textContent('main')).not.toContain('Other Group');

    await page.goto(`${bot.url}/c/telegram/${mods.id}`);
    const csrf = await page.locator('input[name=_csrf]').first().inputValue();
    const form = {
      _csrf: csrf,
      enabled: 'on',
      time: '06:00',
      days: 'mon',
      timezone: 'UTC',
      size: '2',
      topics: '',
    };
    const edited = await page.request.post(`${bot.url}/c/telegram/${other.id}/settings`, { form });
    expect(edited.status()).toBe(404);
    const sendElsewhere = await page.request.post(`${bot.url}/c/telegram/${other.id}/send`, {
      form,
    });
    expect(sendElsewhere.status()).toBe(404);
    const noToken = await page.request.post(`${bot.url}/c/telegram/${mods.id}/settings`, {
      form: { ...form, _csrf: 'x'.repeat(csrf.length) },
    });
    expect(noToken.status()).toBe(403);
    expect(await ask(other, '/digest', stranger)).toContain('off');
    expect(await ask(mods, '/digest')).not.toContain('06:00');
    expect(telegram.sent.filter((m) => m.chatId === other.id).length).toBe(2);
    await context.close();
  });

  it('opens as a Mini App: signs in from initData with Telegram’s colours, refuses a forged one', async () => {
    const { context, page } = await newPage(PHONE);
    const user = JSON.stringify({ id: mia.id, first_name: 'Mia' });
    const forged = signedInitData('999:OTHER', { auth_date: now(), user });
    await page.goto(`${bot.url}/#tgWebAppData=${encodeURIComponent(forged)}`);
    await expect
      .poll(() => page.locator('[data-miniapp-status]').textContent())
      .toMatch(/refused: the sign-in is not signed by this bot/);
    expect((await context.cookies()).some((c) => c.name === 'briefly_session')).toBe(false);

    const initData = signedInitData(PEER_TOKEN, {
      auth_date: now(),
      query_id: 'AAH',
      user,
      // /digest's web_app button names the page in ?next=, which wins over a direct link's chat.
      start_param: String(other.id),
    });
    // Telegram Desktop's night theme.
    const theme = JSON.stringify({
      bg_color: '#17212b',
      secondary_bg_color: '#232e3c',
      text_color: '#f5f5f5',
      hint_color: '#708499',
      link_color: '#6ab3f3',
      button_color: '#5288c1',
      button_text_color: '#ffffff',
    });
    await page.goto('about:blank');
    await page.goto(
      `${bot.url}/?next=${encodeURIComponent(`/c/telegram/${mods.id}`)}#tgWebAppData=${encodeURIComponent(initData)}&tgWebAppThemeParams=${encodeURIComponent(theme)}`,
    );
    await page.waitForURL(`${bot.url}/c/telegram/${mods.id}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
      'Mods Group',
    );
    const background = await page.evaluate('getComputedStyle(document.body).backgroundColor');
    expect(background).toBe('rgb(23, 33, 43)');
    const card = await page.evaluate(
      'getComputedStyle(document.querySelector(".card")).backgroundColor',
    );
    expect(card).toBe('rgb(35, 46, 60)');
    if (shots) await page.screenshot({ path: join(shots, 'panel-phone.png'), fullPage: true });
    await context.close();
  });

  it('speaks German to a browser that asks for it, to a Telegram user whose app is in German and to a Discord user whose Discord is', async () => {
    // Accept-Language de-DE (the Login Widget sends no language).
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'de-DE' });
    const page = await context.newPage();
    await signInWithWidget(page);
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    const nav = page.getByRole('navigation', { name: 'Deine Server und Chats' });
    await nav.getByRole('link', { name: 'Mods Group' }).click();
    await expect(page.getByRole('heading', { name: 'Digest-Einstellungen' }).count()).resolves.toBe(
      1,
    );
    await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toContain(
      'Einstellungen gespeichert.',
    );
    await context.close();

    // An English browser, but the Mini App's user has Telegram in German.
    const { context: miniApp, page: phone } = await newPage(PHONE);
    const user = JSON.stringify({ id: mia.id, first_name: 'Mia', language_code: 'de' });
    const initData = signedInitData(PEER_TOKEN, { auth_date: now(), query_id: 'AAH', user });
    await phone.goto(
      `${bot.url}/?next=${encodeURIComponent(`/c/telegram/${mods.id}`)}#tgWebAppData=${encodeURIComponent(initData)}`,
    );
    await phone.waitForURL(`${bot.url}/c/telegram/${mods.id}`);
    expect(await phone.getAttribute('html', 'lang')).toBe('de');
    await expect(phone.getByRole('button', { name: 'Jetzt senden' }).count()).resolves.toBe(1);
    await miniApp.close();

    // An English browser, a Discord user whose Discord is in German (identify's `locale`).
    discord.oauth.signedIn = {
      id: IDS.user,
      username: 'moddy',
      locale: 'de',
      guilds: [{ id: IDS.guild, name: 'Test Guild', permissions: String(1 << 5) }],
    };
    const { context: desktop, page: discordPage } = await newPage();
    await discordPage.goto(bot.url);
    await discordPage.getByRole('link', { name: 'Sign in with Discord' }).click();
    const germanNav = discordPage.getByRole('navigation', { name: 'Deine Server und Chats' });
    await expect(germanNav.textContent()).resolves.toContain('Test Guild');
    expect(await discordPage.getAttribute('html', 'lang')).toBe('de');
    await desktop.close();
  });

  it('signs in with Discord (OAuth2 + PKCE), lists only servers the user manages, sends a digest to the channel', async () => {
    discord.oauth.signedIn = {
      id: IDS.user,
      username: 'moddy',
      guilds: [
        { id: IDS.guild, name: 'Test Guild', permissions: String(1 << 5) },
        { id: IDS.otherGuild, name: 'Other Guild', permissions: '0' },
      ],
    };
    const { context, page } = await newPage();
    await page.goto(bot.url);
    await page.getByRole('link', { name: 'Sign in with Discord' }).click();
    const nav = page.getByRole('navigation', { name: 'Your servers and chats' });
    await expect(nav.textContent()).resolves.toContain('Test Guild');
    expect(await nav.textContent()).not.toContain('Other Guild');
    expect(discord.oauth.refusals).toEqual([]);
    const html = await page.content();
    expect(html).not.toContain(discord.oauth.clientSecret);

    expect((await page.goto(`${bot.url}/c/discord/${IDS.otherChannel}`))?.status()).toBe(404);
    await page.goto(`${bot.url}/c/discord/${IDS.channel}`);
    await expect(page.locator('#preview .bubble.discord').first().textContent()).resolves.toContain(
      TITLE,
    );
    await page.getByRole('button', { name: 'Send now' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toContain('Digest sent');
    const posted = discord.channelMessages.get(IDS.channel) ?? [];
    expect(JSON.stringify(posted)).toContain('Russia warns Japan');
    expect(discord.channelMessages.get(IDS.otherChannel)).toBeUndefined();
    await context.close();
  });
});
