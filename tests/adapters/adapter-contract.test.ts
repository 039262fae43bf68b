import { renderPlainText } from '../../src/adapters/console/render-plain-text.js';
import { ButtonIds } from '../../src/adapters/discord/button-ids.js';
import { renderReply as renderDiscord } from '../../src/adapters/discord/render-reply.js';
import { NO_MENTIONS } from '../../src/adapters/discord/send-reply.js';
import { CallbackCodec, CALLBACK_DATA_LIMIT } from '../../src/adapters/telegram/callback-data.js';
import {
  callbackData,
  renderReply as renderTelegram,
} from '../../src/adapters/telegram/render-reply.js';
import { adapterRenderingContract } from '../contracts/adapter-rendering.contract.js';
import { mentionsProblems, messageProblems } from './discord/peer/check-payloads.js';
import { checkTelegramHtml } from './telegram/peer/telegram-html.js';

adapterRenderingContract('console', () => ({
  render: (reply) => {
    const text = renderPlainText(reply);
    return [{ visible: text, raw: text, problems: [] }];
  },
}));

adapterRenderingContract('Telegram', () => {
  const codec = new CallbackCodec();
  const render = (reply: Parameters<typeof renderTelegram>[0]) =>
    renderTelegram(reply, (action) => codec.encode(action));
  return {
    render: (reply) =>
      render(reply).map(({ html, keyboard }) => {
        const check = checkTelegramHtml(html);
        const data = (keyboard ?? []).flat().map(callbackData);
        const tooLong = data.filter((d) => Buffer.byteLength(d) > CALLBACK_DATA_LIMIT);
        return {
          visible: check.text,
          raw: html,
          problems: [...check.problems, ...tooLong.map((d) => `callback data over 64 bytes: ${d}`)],
        };
      }),
    buttons: (reply) => render(reply).flatMap((m) => (m.keyboard ?? []).flat().map(callbackData)),
    press: (data) => codec.decode(data),
  };
});

/** What a reader sees of Discord markdown: escapes removed, the zero-width spaces that stop pings too. */
const shownByDiscord = (text: string) =>
  text.replace(/\\([^A-Za-z0-9\s])/g, '$1').replace(/\u200b/g, '');
const PING = /@(everyone|here)|<@[!&]?\d+>|<#\d+>/;
const INJECTED = /(?<!\\)\[click me\]\(|(?<!\\)\*not bold(?<!\\)\*|(?<!\\)`not code/;

adapterRenderingContract('Discord', () => {
  const ids = new ButtonIds();
  return {
    render: (reply) =>
      renderDiscord(reply, ids).map((message, i) => {
        const texts = [
          message.content ?? '',
          ...message.embeds.flatMap((e) => [
            e.title ?? '',
            e.description ?? '',
            e.footer?.text ?? '',
            ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
          ]),
        ];
        const raw = texts.join('\n');
        const body = { ...message, allowed_mentions: NO_MENTIONS };
        return {
          visible: texts.map(shownByDiscord).join('\n'),
          raw,
          problems: [
            ...messageProblems(body, `message ${i}`),
            ...mentionsProblems(body, `message ${i}`),
            ...(PING.test(raw) ? [`message ${i} would ping: ${PING.exec(raw)?.[0]}`] : []),
            ...(INJECTED.test(raw)
              ? [`message ${i} has live markdown: ${INJECTED.exec(raw)?.[0]}`]
              : []),
          ],
        };
      }),
    buttons: (reply) =>
      renderDiscord(reply, ids).flatMap((m) =>
        m.components.flatMap((row) => row.components.map((b) => b.custom_id)),
      ),
    press: (data) => ids.decode(data),
  };
});
