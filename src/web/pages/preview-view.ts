import { marked } from 'marked';
import type { PreviewMessage } from '../../core/ports/channel-poster.js';
import { html, type SafeHtml } from '../html.js';
import { sanitizePlatformHtml } from './sanitize.js';

/** Discord markdown → HTML (marked, GitHub flavour, line breaks kept as Discord keeps them). */
function discordMarkdown(text: string): SafeHtml {
  return sanitizePlatformHtml(marked.parse(text, { async: false, gfm: true, breaks: true }));
}

function buttons(labels: readonly string[]): SafeHtml {
  if (labels.length === 0) return html``;
  return html`<ul class="buttons" aria-label="Buttons under the message">
    ${labels.map((label) => html`<li>${label}</li>`)}
  </ul>`;
}

function message(part: PreviewMessage, index: number, count: number): SafeHtml {
  const label = count > 1 ? `Message ${index + 1} of ${count}` : 'Message';
  if (part.format === 'telegram-html') {
    return html`<article class="bubble telegram" aria-label="${label}">
      <div class="tg-text">${sanitizePlatformHtml(part.html)}</div>
      ${buttons(part.buttons)}
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
    ${buttons(part.buttons)}
  </article>`;
}

/** The preview section's body: the messages as the platform would show them, or why there are none. */
export function previewBody(
  storyCount: number,
  messages: readonly PreviewMessage[] | undefined,
): SafeHtml {
  if (storyCount === 0)
    return html`<p class="empty">Nothing new for this channel’s digest right now.</p>`;
  if (!messages)
    return html`<p class="empty">
      The preview needs this platform’s adapter, which is not running in this process.
    </p>`;
  return html`<p class="muted">
      ${storyCount} ${storyCount === 1 ? 'story' : 'stories'} · not sent, not recorded
    </p>
    <div class="messages">${messages.map((part, i) => message(part, i, messages.length))}</div>`;
}
