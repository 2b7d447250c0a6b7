// Show the snippet with this service's own address.
(function () {
  var origin = location.origin;
  var code = document.querySelector('#snippet code');
  code.textContent = code.textContent.split('https://verbatim.example').join(origin);
  document.getElementById('demo').setAttribute('endpoint', origin);
  document.getElementById('copy').addEventListener('click', function () {
    navigator.clipboard.writeText(code.textContent).then(function () {
      document.getElementById('copied').textContent = 'Copied.';
    });
  });
})();
