/* The embed page: shows the snippet with this service's own address and copies it. */
(function () {
  'use strict';
  const origin = location.origin;
  const code = document.querySelector('#snippet code');
  code.textContent = code.textContent.split('https://verbatim.example').join(origin);
  document.getElementById('demo').setAttribute('endpoint', origin);
  const status = document.getElementById('copied');
  document.getElementById('copy').addEventListener('click', () => {
    const done = () => { status.textContent = 'Copied.'; };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(code.textContent).then(done, () => selectSnippet());
    } else {
      selectSnippet();
    }
  });
  /** Without clipboard access (plain http on another host), select the snippet so Ctrl+C copies it. */
  function selectSnippet() {
    const range = document.createRange();
    range.selectNodeContents(code);
    const sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    status.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
  }
})();
