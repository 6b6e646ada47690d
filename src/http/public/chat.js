// Starts Web Chat: locally with the in-page Direct Line stand-in, or, when the server has a Direct Line
// secret, with a short-lived token the server exchanges for it (the secret never reaches the browser).
// The page follows the conversation's language: the bot stamps each reply with its locale (en-US or
// es-US), and Web Chat is drawn again in that locale, so its own words (the send button, "Sending",
// the typing notice) and what it sends with each message turn too. The English / Español buttons ask
// the bot to switch, the same as typing "en español".
(function () {
  'use strict';
  var host = document.getElementById('webchat');
  var LOCALE_KEY = 'small-claims-helper:locale';
  var WORDS = {
    'en-US': { placeholder: 'Ask a question about small claims court', you: 'You', switchTo: 'in English please', title: 'Small Claims Helper: California small claims court questions', error: 'The chat could not start. Please reload the page in a moment.' },
    'es-US': { placeholder: 'Escriba su pregunta sobre reclamos menores', you: 'Yo', switchTo: 'en español', title: 'Asistente de Reclamos Menores: preguntas sobre la corte de reclamos menores de California', error: 'El chat no pudo empezar. Vuelva a cargar la página en un momento.' }
  };
  var buttons = Array.prototype.slice.call(document.querySelectorAll('.languages button[data-locale]'));
  var locale = pageLocale(savedLocale() || navigator.language);
  var directLine = null;
  var drawn = null;

  function pageLocale(value) {
    return /^es\b/i.test(value || '') ? 'es-US' : 'en-US';
  }
  function savedLocale() {
    try { return window.sessionStorage.getItem(LOCALE_KEY); } catch (err) { return null; }
  }
  function keepLocale() {
    try { window.sessionStorage.setItem(LOCALE_KEY, locale); } catch (err) { /* the page still follows the bot */ }
  }

  // The page's own words: page.css shows the elements of <html lang>'s language only.
  function showLanguage() {
    document.documentElement.lang = locale.slice(0, 2);
    document.title = WORDS[locale].title;
    host.setAttribute('aria-label', host.getAttribute('data-label-' + locale.slice(0, 2)));
    buttons.forEach(function (button) { button.setAttribute('aria-pressed', String(button.getAttribute('data-locale') === locale)); });
  }

  function styleOptions() {
    return {
      accent: '#1f4e79',
      botAvatarInitials: 'SC',
      userAvatarInitials: WORDS[locale].you,
      bubbleBorderRadius: 8,
      bubbleFromUserBorderRadius: 8,
      // A new answer stops scrolling at its start (its top just under the question), not at its end:
      // answers are longer than a phone screen, and their first sentences are the answer.
      autoScrollSnapOnPage: true,
      autoScrollSnapOnPageOffset: -12,
      // Follow-ups wrap instead of being cut mid-word; page.css caps the stack's height so the
      // transcript keeps most of the room.
      suggestedActionLayout: 'stacked',
      suggestedActionsStackedHeight: 'auto',
      suggestedActionsStackedLayoutButtonTextWrap: true,
      hideUploadButton: true,
      sendBoxTextWrap: true
    };
  }

  // Replies carry the conversation's locale; the newest one counts (a reload replays the whole
  // transcript, English welcome first), and a change draws Web Chat again once the reply is handled.
  var botLocale = null;
  var following = false;
  var store = window.WebChat.createStore({}, function () {
    return function (next) {
      return function (action) {
        var activity = action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && action.payload && action.payload.activity;
        if (activity && activity.from && activity.from.role === 'bot' && activity.locale) {
          botLocale = pageLocale(activity.locale);
          if (!following) {
            following = true;
            setTimeout(function () { following = false; useLocale(botLocale); }, 0);
          }
        }
        return next(action);
      };
    };
  });

  function useLocale(next) {
    if (next === locale && drawn === locale) return;
    locale = next;
    keepLocale();
    showLanguage();
    if (directLine) render();
  }

  function render() {
    drawn = locale;
    window.WebChat.renderWebChat(
      { directLine: directLine, store: store, styleOptions: styleOptions(), locale: locale, overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: WORDS[locale].placeholder } },
      host
    );
  }

  function start(connection) {
    directLine = connection;
    render();
    var input = host.querySelector('input, textarea');
    if (input) input.focus();
  }

  buttons.forEach(function (button) {
    button.addEventListener('click', function () {
      var wanted = button.getAttribute('data-locale');
      if (wanted === locale || !directLine) return useLocale(wanted);
      useLocale(wanted);
      // The bot keeps the conversation's language; asking it is what makes the next replies Spanish.
      store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: WORDS[wanted].switchTo } });
    });
  });

  function showError() {
    host.innerHTML = '';
    var p = document.createElement('p');
    p.className = 'error';
    p.textContent = WORDS[locale].error;
    host.appendChild(p);
  }

  showLanguage();
  fetch('/api/chat-config')
    .then(function (response) { return response.json(); })
    .then(function (config) {
      if (config.mode !== 'directline') return start(window.createLocalDirectLine({ endpoint: '/api/messages', locale: function () { return locale; } }));
      return fetch('/api/directline/token', { method: 'POST' })
        .then(function (response) {
          if (!response.ok) throw new Error('token');
          return response.json();
        })
        .then(function (token) { start(window.WebChat.createDirectLine({ token: token.token })); });
    })
    .catch(showError);
})();
