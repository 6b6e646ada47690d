// A Direct Line stand-in for local use: Web Chat talks to this object, and it posts each activity to
// the bot's own /api/messages with deliveryMode "expectReplies", so the replies come back in the HTTP
// response. No Azure, no Direct Line service, no websocket. The conversation is kept for the tab's
// session (sessionStorage): a reload shows the same transcript and the bot still has its state (a plan
// half made); closing the tab forgets it.
(function () {
  'use strict';

  // The small part of the ES Observable contract Web Chat uses: subscribe(observer) -> { unsubscribe }.
  function Observable(subscribe) {
    this._subscribe = subscribe;
  }
  Observable.prototype.subscribe = function (observerOrNext, error, complete) {
    var observer = typeof observerOrNext === 'function' ? { next: observerOrNext, error: error, complete: complete } : observerOrNext || {};
    var closed = false;
    var teardown = this._subscribe({
      next: function (value) { if (!closed && observer.next) observer.next(value); },
      error: function (err) { if (!closed && observer.error) observer.error(err); },
      complete: function () { if (!closed && observer.complete) observer.complete(); }
    });
    return {
      get closed() { return closed; },
      unsubscribe: function () { closed = true; if (typeof teardown === 'function') teardown(); }
    };
  };
  if (typeof Symbol === 'function' && Symbol.observable) {
    Observable.prototype[Symbol.observable] = function () { return this; };
  }

  function randomId(prefix) {
    var bytes = new Uint8Array(12);
    crypto.getRandomValues(bytes);
    return prefix + Array.prototype.map.call(bytes, function (b) { return b.toString(16).padStart(2, '0'); }).join('');
  }

  var STORAGE_KEY = 'small-claims-helper:conversation';
  var KEEP_ACTIVITIES = 200;

  // Storage can be switched off or full; the chat then works as before, one conversation per load.
  function loadSaved() {
    try {
      var saved = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) || 'null');
      return saved && saved.conversationId && saved.userId && Array.isArray(saved.activities) ? saved : null;
    } catch (err) {
      return null;
    }
  }
  function save(saved) {
    try {
      saved.activities = saved.activities.slice(-KEEP_ACTIVITIES);
      window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(saved));
    } catch (err) { /* not kept: the conversation still works in this page */ }
  }

  function createLocalDirectLine(options) {
    var endpoint = options.endpoint || '/api/messages';
    var saved = loadSaved();
    var resumed = Boolean(saved);
    if (!saved) saved = { conversationId: randomId('web-'), userId: options.userId || randomId('web-user-'), activities: [] };
    var user = { id: saved.userId, name: options.userName || 'You', role: 'user' };
    var bot = { id: 'small-claims-helper', name: 'Small Claims Helper', role: 'bot' };
    var conversation = { id: saved.conversationId, conversationType: 'personal' };
    var activityObservers = [];
    var statusObservers = [];
    var status = 0;
    var sequence = 0;
    // Ids stay unique across reloads of one conversation: each page load numbers from its own prefix.
    var idPrefix = conversation.id + '|' + randomId('').slice(0, 8) + '|';
    var started = false;

    function emit(activity) {
      if (activity.type === 'message') {
        saved.activities.push(activity);
        save(saved);
      }
      activityObservers.slice().forEach(function (observer) { observer.next(activity); });
    }
    // What this tab showed before a reload; each subscriber gets it once, after subscribing.
    var history = saved.activities.slice();
    function replayTo(observer) {
      setTimeout(function () {
        history.forEach(function (activity) { observer.next(activity); });
      }, 0);
    }
    function setStatus(next) {
      status = next;
      statusObservers.slice().forEach(function (observer) { observer.next(next); });
    }
    function send(activity) {
      var body = Object.assign({
        channelId: 'webchat',
        serviceUrl: location.origin,
        conversation: conversation,
        from: user,
        recipient: bot,
        // The page's language (Web Chat also stamps its own on each message it sends).
        locale: (options.locale && options.locale()) || navigator.language || 'en-US',
        timestamp: new Date().toISOString(),
        deliveryMode: 'expectReplies'
      }, activity);
      return fetch(endpoint, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
        .then(function (response) {
          if (!response.ok) throw new Error('The bot answered HTTP ' + response.status);
          return response.json();
        })
        .then(function (result) {
          (result.activities || []).forEach(function (reply) {
            emit(Object.assign({}, reply, {
              id: reply.id || idPrefix + String(++sequence).padStart(6, '0'),
              from: Object.assign({}, reply.from, { role: 'bot' }),
              timestamp: reply.timestamp || new Date().toISOString()
            }));
          });
        });
    }
    function start() {
      if (started) return;
      started = true;
      setStatus(1);
      // Report "online" first: Web Chat shows activities only once connected.
      setTimeout(function () {
        setStatus(2);
        if (resumed) return;
        send({ type: 'conversationUpdate', membersAdded: [user, bot], id: randomId('cu-') }).catch(function () { setStatus(4); });
      }, 0);
    }

    return {
      activity$: new Observable(function (observer) {
        activityObservers.push(observer);
        if (resumed) replayTo(observer);
        start();
        return function () { activityObservers = activityObservers.filter(function (o) { return o !== observer; }); };
      }),
      connectionStatus$: new Observable(function (observer) {
        statusObservers.push(observer);
        observer.next(status);
        return function () { statusObservers = statusObservers.filter(function (o) { return o !== observer; }); };
      }),
      postActivity: function (activity) {
        var id = idPrefix + String(++sequence).padStart(6, '0');
        var outgoing = Object.assign({}, activity, { id: id, from: user, conversation: conversation, timestamp: new Date().toISOString() });
        return new Observable(function (observer) {
          // Web Chat marks a message sent once its echo (same clientActivityID) arrives on activity$.
          emit(outgoing);
          // Replies come back all at once, so say "typing" ourselves if one takes a moment.
          var typing = setTimeout(function () {
            emit({ type: 'typing', id: idPrefix + String(++sequence).padStart(6, '0'), from: bot, conversation: conversation, timestamp: new Date().toISOString() });
          }, 300);
          send(outgoing).then(function () {
            clearTimeout(typing);
            observer.next(id);
            observer.complete();
          }, function (err) {
            clearTimeout(typing);
            observer.error(err);
          });
        });
      },
      end: function () {
        setStatus(5);
      }
    };
  }

  window.createLocalDirectLine = createLocalDirectLine;
})();
