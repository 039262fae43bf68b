import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draft } from '../../support/builders.js';
import { startHarness, type Harness } from './harness.js';
import type { PeerChat, PeerUser } from './peer/bot-api-peer.js';

/** Pictures through the real telegraf adapter: a link preview of the picture, never a download. */
const TUNNEL_IMAGE = 'https://img.news.example/tunnel.jpg';
const DRAFTS = [
  draft({
    title: 'Library opens on Sundays',
    url: 'https://news.example/library',
    publishedAt: new Date('2026-11-26T11:30:00Z'),
    text: [
      'The central library will open on Sundays from next month, the council said. (Attribution: Council)',
    ],
  }),
  draft({
    title: 'Harbour tunnel tolls suspended',
    url: 'https://news.example/tunnel',
    image: TUNNEL_IMAGE,
    publishedAt: new Date('2026-11-26T11:00:00Z'),
    text: [
      'The city suspended tolls on the harbour tunnel after a week of congestion. (Attribution: City Hall)',
    ],
  }),
];

let h: Harness;
beforeAll(async () => {
  h = await startHarness(DRAFTS);
  h.services.digests.registerPoster(h.bot.poster);
});
afterAll(async () => {
  await h.close();
});

const user: PeerUser = { id: 5, first_name: 'Ada' };
const chat: PeerChat = { id: 4242, type: 'private' };

async function command(text: string, messages = 1) {
  const before = h.peer.sent.filter((m) => m.chatId === chat.id).length;
  await h.peer.send(chat, user, text);
  return (await h.peer.waitForSent(chat.id, before + messages, 20_000)).slice(before);
}

describe('Telegram: articles’ pictures', () => {
  it('previews the first picture of /news and of a digest under the text; off turns previews off', async () => {
    const [news] = await command('/news');
    expect(news?.linkPreview).toMatchObject({ url: TUNNEL_IMAGE, show_above_text: false });
    expect(news?.text).toContain('Harbour tunnel tolls suspended');

    const [previewOn] = await command('/digest preview');
    expect(previewOn?.text).toContain('Harbour tunnel tolls suspended');
    expect(previewOn?.linkPreview).toMatchObject({ url: TUNNEL_IMAGE });

    const [changed] = await command('/digest images off');
    expect(changed?.text).toContain('digests and /news show no pictures');
    expect(changed?.linkPreview).toEqual({ is_disabled: true });
    const [plain] = await command('/news');
    expect(plain?.text).toContain('Harbour tunnel tolls suspended');
    expect(plain?.linkPreview).toEqual({ is_disabled: true });
    const [previewOff] = await command('/digest preview');
    expect(previewOff?.text).toContain('Harbour tunnel tolls suspended');
    expect(previewOff?.linkPreview).toEqual({ is_disabled: true });

    await command('/digest images on');
    const sent = await command('/digest now', 2);
    const posted = sent.find((m) => m.text.includes('Briefly digest'));
    expect(posted?.linkPreview).toMatchObject({ url: TUNNEL_IMAGE });
  });
});
