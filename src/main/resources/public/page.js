/*
 * The service's own pages: the chrome follows the browser's language (French for French-speaking browsers),
 * as the widget does. Elements carry their French text in data-fr (the <title> too).
 * Loaded before widget.js (both deferred, so in order): the widget reads its language from <html lang>.
 * A separate file, not an inline script, so the pages run under a Content-Security-Policy without 'unsafe-inline'.
 */
(function () {
  'use strict';
  if (!/^fr\b/i.test(navigator.language || '')) return;
  document.documentElement.lang = 'fr';
  document.querySelectorAll('[data-fr]').forEach((el) => { el.textContent = el.dataset.fr; });
})();
