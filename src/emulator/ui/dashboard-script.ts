// The dashboard's only script: live redraws (server-sent events), form posts, log following.

/**
 * Plain JavaScript served at `/-/emulator/ui/assets/dashboard.js`. Every page works without it
 * (forms post and redirect back); with it, pages redraw their `data-live` regions when the
 * event stream says something changed, forms post in place, and a running job's log is followed.
 */
export const DASHBOARD_SCRIPT = `(function () {
  'use strict';
  var body = document.body;
  var base = body.getAttribute('data-ui-base');
  var digest = body.getAttribute('data-digest');
  var sectionState = new Map();
  var refreshing = false;
  var again = false;
  document.documentElement.classList.add('js');

  function notify(message, ok) {
    var notice = document.getElementById('notice');
    if (!notice) return;
    notice.textContent = message;
    notice.classList.toggle('error', !ok);
  }

  // A notice from a redirect is shown once: drop it from the address.
  (function dropNoticeParam() {
    var url = new URL(location.href);
    if (!url.searchParams.has('notice')) return;
    url.searchParams.delete('notice');
    history.replaceState(null, '', url.pathname + url.search + url.hash);
  })();

  // A region being edited is left alone until the edit is done.
  function busy(region) {
    var active = document.activeElement;
    if (active && region.contains(active) && /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName)) return true;
    var fields = region.querySelectorAll('textarea, input[type=text], input[type=search], input[type=number]');
    for (var i = 0; i < fields.length; i++) if (fields[i].value !== fields[i].defaultValue) return true;
    return false;
  }

  function restoreSections(root) {
    root.querySelectorAll('details[data-section]').forEach(function (details) {
      var key = details.getAttribute('data-section');
      if (sectionState.has(key)) details.open = sectionState.get(key);
    });
  }

  // Clicking (or pressing Enter or Space on) a section header flips it: remember the choice.
  document.addEventListener('click', function (event) {
    var summary = event.target.closest && event.target.closest('details[data-section] > summary');
    if (!summary) return;
    var details = summary.parentElement;
    sectionState.set(details.getAttribute('data-section'), !details.open);
  });

  function following() {
    var box = document.getElementById('follow-log');
    return !!(box && box.checked);
  }
  function scrollToLogEnd() {
    var end = document.getElementById('log-end');
    if (end) end.scrollIntoView({ block: 'end' });
  }
  function stopFollowing() {
    var box = document.getElementById('follow-log');
    if (box) box.checked = false;
  }
  window.addEventListener('wheel', function (event) { if (event.deltaY < 0) stopFollowing(); }, { passive: true });
  document.addEventListener('keydown', function (event) {
    if (/^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement && document.activeElement.tagName)) return;
    if (event.key === 'PageUp' || event.key === 'Home' || event.key === 'ArrowUp') stopFollowing();
  });

  function redraw(html) {
    var next = new DOMParser().parseFromString(html, 'text/html');
    digest = next.body.getAttribute('data-digest');
    var follow = following();
    document.querySelectorAll('[data-live]').forEach(function (region) {
      var name = region.getAttribute('data-live');
      var fresh = next.querySelector('[data-live="' + name + '"]');
      if (!fresh || busy(region) || fresh.outerHTML === region.outerHTML) return;
      var focused = region.contains(document.activeElement) ? document.activeElement.id : '';
      region.replaceWith(document.adoptNode(fresh));
      if (name === 'clock') startClock();
      if (focused) { var target = document.getElementById(focused); if (target) target.focus(); }
    });
    restoreSections(document);
    if (next.title) document.title = next.title;
    if (follow) scrollToLogEnd();
    body.setAttribute('data-refreshed', String(Date.now()));
  }

  function refresh() {
    if (refreshing) { again = true; return Promise.resolve(); }
    refreshing = true;
    return fetch(location.href, { headers: { accept: 'text/html' }, cache: 'no-store' })
      .then(function (response) { return response.ok ? response.text().then(redraw) : undefined; })
      .catch(function () { /* the next change will try again */ })
      .then(function () {
        refreshing = false;
        if (again) { again = false; return refresh(); }
      });
  }

  function listen() {
    var watch = body.getAttribute('data-watch');
    if (!window.EventSource) { setInterval(refresh, 2000); return; }
    var source = new EventSource(base + '/events' + (watch ? '?watch=' + encodeURIComponent(watch) : ''));
    source.addEventListener('change', function (event) { if (event.data !== digest) refresh(); });
  }

  // The emulator's clock, ticking between redraws when it runs in real time.
  var clockTimer;
  function startClock() {
    clearInterval(clockTimer);
    var clock = document.querySelector('.clock[data-live]');
    if (!clock || clock.getAttribute('data-mode') !== 'real') return;
    var start = Number(clock.getAttribute('data-now-ms'));
    var speed = Number(clock.getAttribute('data-speed'));
    var received = Date.now();
    var time = clock.querySelector('.clock-time');
    clockTimer = setInterval(function () {
      var iso = new Date(start + (Date.now() - received) * speed).toISOString();
      time.textContent = iso.slice(0, 10) + ' ' + iso.slice(11, 19);
      time.setAttribute('datetime', iso);
    }, 250);
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.hasAttribute('data-live-filter')) {
      event.preventDefault();
      applyFilter(form);
      return;
    }
    if (!form.hasAttribute('data-action')) return;
    event.preventDefault();
    var buttons = form.querySelectorAll('button');
    buttons.forEach(function (button) { button.disabled = true; });
    fetch(form.action, {
      method: 'POST',
      body: new URLSearchParams(new FormData(form)),
      headers: { accept: 'application/json' },
    })
      .then(function (response) {
        return response.json().catch(function () {
          return { ok: false, message: 'The dashboard answered ' + response.status + '.' };
        });
      })
      .then(function (outcome) {
        notify(outcome.message, outcome.ok);
        if (outcome.ok && outcome.location && form.hasAttribute('data-follow-result')) {
          location.href = outcome.location;
          return;
        }
        if (outcome.ok) form.querySelectorAll('textarea').forEach(function (area) { area.value = area.defaultValue = ''; });
        return refresh();
      })
      .catch(function () { notify('The dashboard could not be reached.', false); })
      .then(function () { buttons.forEach(function (button) { button.disabled = false; }); });
  });

  document.addEventListener('change', function (event) {
    var form = event.target.form;
    if (form && form.hasAttribute('data-auto-submit')) form.requestSubmit();
  });

  var filterTimer;
  function applyFilter(form) {
    var query = new URLSearchParams();
    new FormData(form).forEach(function (value, key) { if (value) query.set(key, value); });
    var url = form.getAttribute('action') + (query.toString() ? '?' + query : '');
    history.replaceState(null, '', url);
    refresh();
  }
  document.addEventListener('input', function (event) {
    var form = event.target.form;
    if (!form || !form.hasAttribute('data-live-filter')) return;
    clearTimeout(filterTimer);
    filterTimer = setTimeout(function () { applyFilter(form); }, 200);
  });

  startClock();
  if (following()) scrollToLogEnd();
  listen();
})();
`;
