import { afterEach, describe, expect, it } from 'vitest';
import { seedArticle } from './articles.js';
import { startHarness, type Harness } from './harness.js';
import type { PeerChat } from './peer/bot-api-peer.js';

const PANEL = 'https://panel.example.test';
const mia = { id: 31, first_name: 'Mia' };
const dm: PeerChat = { id: 31, type: 'private' };
const group: PeerChat = { id: -100310, type: 'supergroup', title: 'Desk' };

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function digest(harness: Harness, chat: PeerChat) {
  const before = harness.peer.sent.filter((m) => m.chatId === chat.id).length;
  await harness.peer.send(chat, mia, '/digest');
  const sent = await harness.peer.waitForSent(chat.id, before + 1);
  return sent[before]!;
}

describe('Telegram: the control panel’s entry points', () => {
  it('sets the chat menu button to the Mini App and offers the panel from /digest: web_app in a private chat, login_url in a group', async () => {
    h = await startHarness([seedArticle()], { botOptions: { panelUrl: PANEL } });
    expect(h.peer.menuButton).toEqual({
      type: 'web_app',
      text: 'Control panel',
      web_app: { url: PANEL },
    });

    const privately = await digest(h, dm);
    expect(privately.text).toContain('Digest for this channel');
    expect(privately.buttons).toEqual([
      {
        text: 'Open the control panel',
        web_app: { url: `${PANEL}/?next=${encodeURIComponent(`/c/telegram/${dm.id}`)}` },
      },
    ]);

    const inGroup = await digest(h, group);
    expect(inGroup.buttons).toEqual([
      {
        text: 'Open the control panel',
        login_url: {
          url: `${PANEL}/auth/telegram?next=${encodeURIComponent(`/c/telegram/${group.id}`)}`,
        },
      },
    ]);
    expect(h.peer.refusals).toEqual([]);
  });

  it('answers /digest without the button when Telegram refuses it (a login_url domain not linked to the bot)', async () => {
    h = await startHarness([seedArticle()], { botOptions: { panelUrl: PANEL } });
    h.peer.faults.push({
      method: 'sendMessage',
      chatId: group.id,
      status: 400,
      description: 'Bad Request: BOT_DOMAIN_INVALID',
      count: 1,
    });
    const answered = await digest(h, group);
    expect(answered.text).toContain('Digest for this channel');
    expect(answered.buttons).toEqual([]);
    expect(h.logs.some((l) => l.message.includes('refused the control panel button'))).toBe(true);
  });

  it('offers no panel and leaves the menu button alone when the panel is not served over https', async () => {
    h = await startHarness([seedArticle()]);
    expect(h.peer.menuButton).toBeUndefined();
    expect((await digest(h, dm)).buttons).toEqual([]);
  });
});
