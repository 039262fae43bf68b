import { html } from '../html.js';
import type { Translator } from '../../core/i18n/translator.js';
import { layout } from './layout.js';

export interface SignInOptions {
  readonly t: Translator;
  readonly discord: boolean;
  /** The bot's username, for the Login Widget; undefined when Telegram sign-in is off. */
  readonly telegramBot?: string | undefined;
  /** Where the widget sends the signed data back (an absolute URL). */
  readonly telegramAuthUrl: string;
  readonly problem?: string | undefined;
}

/** The page a visitor without a session sees; inside Telegram, panel.js signs in from initData. */
export function signInPage(options: SignInOptions): string {
  const { t } = options;
  const main = html`<section class="card signin" aria-labelledby="signin-h">
    <h1 id="signin-h">${t.t('panel.signInHeading')}</h1>
    <p>${t.t('panel.signInIntro')}</p>
    ${options.problem ? html`<p role="alert" class="error">${options.problem}</p>` : ''}
    <p class="miniapp-status" hidden data-miniapp-status>${t.t('panel.signInMiniApp')}</p>
    <div class="signin-buttons">
      ${
        options.discord
          ? html`<a class="button discord" href="/auth/discord">${t.t('panel.signInDiscord')}</a>`
          : ''
      }
      ${
        options.telegramBot
          ? html`<div class="telegram-login" aria-label="${t.t('panel.signInTelegram')}">
              <script
                async
                src="https://telegram.org/js/telegram-widget.js?22"
                data-telegram-login="${options.telegramBot}"
                data-size="large"
                data-auth-url="${options.telegramAuthUrl}"
                data-request-access="write"
              ></script>
            </div>`
          : ''
      }
      ${!options.discord && !options.telegramBot ? html`<p>${t.t('panel.signInNone')}</p>` : ''}
    </div>
  </section>`;
  return layout({ t, title: t.t('panel.signInHeading'), main });
}
