import { marked } from 'marked';
import type { PreviewMessage } from '../../core/ports/channel-poster.js';
import type { Translator } from '../../core/i18n/translator.js';
import { html, type SafeHtml } from '../html.js';
import { sanitizePlatformHtml } from './sanitize.js';

/** Discord markdown → HTML (marked, GitHub flavour, line breaks kept as Discord keeps them). */
function discordMarkdown(text: string): SafeHtml {
  return sanitizePlatformHtml(marked.parse(text, { async: false, gfm: true, breaks: true }));
}

function buttons(t: Translator, labels: readonly string[]): SafeHtml {
  if (labels.length === 0) return html``;
  return html`<ul class="buttons" aria-label="${t.t('panel.previewButtons')}">
    ${labels.map((label) => html`<li>${label}</li>`)}
  </ul>`;
}

function message(t: Translator, part: PreviewMessage, index: number, count: number): SafeHtml {
  const label =
    count > 1 ? t.t('panel.messageOf', { index: index + 1, count }) : t.t('panel.message');
  if (part.format === 'telegram-html') {
    return html`<article class="bubble telegram" aria-label="${label}">
      <div class="tg-text">${sanitizePlatformHtml(part.html)}</div>
      ${buttons(t, part.buttons)}
    </article>`;
  }
  return html`<article class="bubble discord" aria-label="${label}">
    ${part.content ? html`<div class="dc-content">${discordMarkdown(part.content)}</div>` : ''}
    ${part.embeds.map(
      (embed) =>
        html`<div class="embed">
          ${
            embed.title
              ? html`<div class="embed-title">
                  ${
                    embed.url
                      ? html`<a href="${embed.url}" rel="noopener noreferrer" target="_blank"
                          >${discordMarkdown(embed.title)}</a
                        >`
                      : discordMarkdown(embed.title)
                  }
                </div>`
              : ''
          }
          ${
            embed.description
              ? html`<div class="embed-body">${discordMarkdown(embed.description)}</div>`
              : ''
          }
          ${embed.footer ? html`<div class="embed-footer">${embed.footer}</div>` : ''}
        </div>`,
    )}
    ${buttons(t, part.buttons)}
  </article>`;
}

/** The preview section's body: the messages as the platform would show them, or why there are none. */
export function previewBody(
  t: Translator,
  storyCount: number,
  messages: readonly PreviewMessage[] | undefined,
): SafeHtml {
  if (storyCount === 0) return html`<p class="empty">${t.t('panel.previewEmpty')}</p>`;
  if (!messages) return html`<p class="empty">${t.t('panel.previewNoAdapter')}</p>`;
  return html`<p class="muted">${t.t('panel.previewCount', { count: storyCount })}</p>
    <div class="messages">${messages.map((part, i) => message(t, part, i, messages.length))}</div>`;
}
