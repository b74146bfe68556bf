/*
 * Collection pages: a copy button (data-tx-copy="#input") copies the public link and says so on
 * the button (text from data-copied-text). Falls back to selecting the text where the clipboard
 * API is unavailable (plain http on an intranet address).
 */
(function () {
  'use strict';

  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-tx-copy]');
    if (!button) {
      return;
    }
    var input = document.querySelector(button.getAttribute('data-tx-copy'));
    if (!input) {
      return;
    }
    var label = button.querySelector('span');
    var done = function () {
      if (label) {
        label.textContent = button.getAttribute('data-copied-text') || label.textContent;
      }
    };
    input.select();
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(input.value).then(done, function () {
        document.execCommand('copy');
        done();
      });
    } else {
      document.execCommand('copy');
      done();
    }
  });
}());
