// Progressive enhancement only: every page works without this script. It signs a Mini App user in
// from Telegram's initData, follows Telegram's theme colours, and refreshes the preview in place.
(function () {
  'use strict';
  var hash = new URLSearchParams(location.hash.slice(1));
  var THEME_KEY = 'briefly-tg-theme';

  function applyTheme(params) {
    // Cards take Telegram's section colour (or its secondary, or its background), so text in the
    // theme's text colour is always on a background of the same theme.
    params = Object.assign({}, params);
    params.card = params.section_bg_color || params.secondary_bg_color || params.bg_color;
    var map = {
      bg_color: '--bg',
      card: '--card',
      text_color: '--text',
      hint_color: '--hint',
      link_color: '--link',
      button_color: '--button',
      button_text_color: '--button-text',
      section_separator_color: '--line',
    };
    var root = document.documentElement;
    root.classList.add('tg');
    Object.keys(map).forEach(function (key) {
      var value = params[key];
      if (typeof value === 'string' && /^#[0-9a-fA-F]{3,8}$/.test(value))
        root.style.setProperty(map[key], value);
    });
  }

  var themeText = hash.get('tgWebAppThemeParams');
  try {
    if (themeText) sessionStorage.setItem(THEME_KEY, themeText);
    themeText = themeText || sessionStorage.getItem(THEME_KEY);
    if (themeText) applyTheme(JSON.parse(themeText));
  } catch {
    /* a theme that cannot be read leaves the default colours */
  }

  document.addEventListener('DOMContentLoaded', function () {
    var status = document.querySelector('[data-miniapp-status]');
    var initData = hash.get('tgWebAppData');
    if (status && initData) {
      status.hidden = false;
      fetch('/auth/telegram/webapp', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          initData: initData,
          next: new URLSearchParams(location.search).get('next') || undefined,
        }),
        credentials: 'same-origin',
      })
        .then(function (response) {
          return response.json().then(function (body) {
            if (response.ok && body.ok) location.replace(body.next || '/');
            else
              status.textContent = 'Telegram sign-in refused: ' + (body.reason || response.status);
          });
        })
        .catch(function () {
          status.textContent = 'Telegram sign-in failed: the panel could not be reached.';
        });
    }

    // The time-zone search: the panel's list of zones (current IANA names) as the suggestions.
    var zones = document.querySelector('[data-time-zones]');
    if (zones) {
      fetch('/assets/time-zones.json', { credentials: 'same-origin' })
        .then(function (response) {
          return response.json();
        })
        .then(function (names) {
          var options = document.createDocumentFragment();
          names.forEach(function (name) {
            var option = document.createElement('option');
            option.value = name;
            options.appendChild(option);
          });
          zones.appendChild(options);
        })
        .catch(function () {
          /* without suggestions the field still takes a zone typed in full */
        });
    }

    var refresh = document.querySelector('[data-refresh-preview]');
    var preview = document.getElementById('preview');
    if (refresh && preview) {
      refresh.addEventListener('click', function (event) {
        event.preventDefault();
        preview.setAttribute('aria-busy', 'true');
        fetch(preview.getAttribute('data-preview-url'), { credentials: 'same-origin' })
          .then(function (response) {
            if (!response.ok) throw new Error(String(response.status));
            return response.text();
          })
          .then(function (text) {
            preview.innerHTML = text;
          })
          .catch(function () {
            location.reload();
          })
          .finally(function () {
            preview.removeAttribute('aria-busy');
          });
      });
    }
  });
})();
