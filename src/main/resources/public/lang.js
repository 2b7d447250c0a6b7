// French chrome for French-speaking browsers: elements carry their French text in data-fr. The widget takes its
// UI language from <html lang>, so pages load this before the deferred widget script runs.
if (/^fr\b/i.test(navigator.language || '')) {
  document.documentElement.lang = 'fr';
  document.querySelectorAll('[data-fr]').forEach((el) => { el.textContent = el.dataset.fr; });
}
