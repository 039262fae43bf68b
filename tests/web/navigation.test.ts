import { describe, expect, it } from 'vitest';
import type { PanelPlace } from '../../src/core/ports/panel-places.js';
import { layout, NAV_ALL_CHANNELS_UP_TO } from '../../src/web/pages/layout.js';
import { html } from '../../src/web/html.js';
import { catalogue } from '../../src/core/i18n/catalogue.js';

const place = (n: number, channels: number): PanelPlace => ({
  id: `g${n}`,
  platform: 'discord',
  name: `Server ${n}`,
  channels: Array.from({ length: channels }, (_, c) => ({
    chat: { platform: 'discord', id: `g${n}c${c}` },
    name: `channel-${n}-${c}`,
  })),
});

const page = (places: PanelPlace[], current?: Parameters<typeof layout>[0]['current']) =>
  layout({
    t: catalogue.translator('en'),
    title: 't',
    main: html`<p>main</p>`,
    places: { ok: true, places },
    current,
  });

describe('the navigation of servers and chats', () => {
  it('lists every channel while there are few', () => {
    const few = [place(1, 3), place(2, 3)];
    const text = page(few);
    for (const c of few.flatMap((p) => p.channels))
      expect(text).toContain(`href="/c/discord/${c.chat.id}"`);
  });

  it('past the limit lists the current place’s channels, and links every other place to its page', () => {
    const many = Array.from({ length: 50 }, (_, n) => place(n, 20));
    expect(many.length * 20).toBeGreaterThan(NAV_ALL_CHANNELS_UP_TO);
    const onChannel = page(many, { platform: 'discord', id: 'g7c3' });
    expect(onChannel).toContain('aria-current="page"');
    expect(onChannel.match(/href="\/c\/discord\//g)).toHaveLength(20);
    expect(onChannel).toContain('href="/c/discord/g7c19"');
    expect(onChannel).toContain('href="/p/discord/g8"');
    expect(onChannel).not.toContain('href="/p/discord/g7"');

    const onPlace = page(many, many[12]);
    expect(onPlace.match(/href="\/c\/discord\//g)).toHaveLength(20);
    expect(onPlace).toContain('href="/c/discord/g12c0"');
    expect(onPlace.length).toBeLessThan(page(many.slice(0, 3)).length * 10);
  });
});
