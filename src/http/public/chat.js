// Starts Web Chat: locally with the in-page Direct Line stand-in, or, when the server has a Direct Line
// secret, with a short-lived token the server exchanges for it (the secret never reaches the browser).
(function () {
  'use strict';
  var host = document.getElementById('webchat');

  function styleOptions() {
    return {
      accent: '#1f4e79',
      botAvatarInitials: 'SC',
      userAvatarInitials: 'You',
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

  function render(directLine) {
    window.WebChat.renderWebChat(
      { directLine: directLine, styleOptions: styleOptions(), locale: 'en-US', overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: 'Ask a question about small claims court' } },
      host
    );
    var input = host.querySelector('input, textarea');
    if (input) input.focus();
  }

  function showError(message) {
    host.innerHTML = '';
    var p = document.createElement('p');
    p.className = 'error';
    p.textContent = message;
    host.appendChild(p);
  }

  fetch('/api/chat-config')
    .then(function (response) { return response.json(); })
    .then(function (config) {
      if (config.mode !== 'directline') return render(window.createLocalDirectLine({ endpoint: '/api/messages' }));
      return fetch('/api/directline/token', { method: 'POST' })
        .then(function (response) {
          if (!response.ok) throw new Error('token');
          return response.json();
        })
        .then(function (token) { render(window.WebChat.createDirectLine({ token: token.token })); });
    })
    .catch(function () { showError('The chat could not start. Please reload the page in a moment.'); });
})();
