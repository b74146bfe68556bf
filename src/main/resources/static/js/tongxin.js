/*
 * Tongxin page glue, kept tiny:
 *  - every htmx request carries the CSRF token from the <meta name="_csrf"> tags of the layout;
 *  - a failed htmx request shows an alert instead of failing silently (htmx swaps nothing on
 *    4xx/5xx): the server's problem fragment when it sent one, otherwise a generic message.
 * Texts come from data-* attributes on <body>, filled from the message bundle.
 */
(function () {
  'use strict';

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute('content') : null;
  }

  document.addEventListener('htmx:configRequest', function (event) {
    var token = meta('_csrf');
    var header = meta('_csrf_header');
    if (token && header) {
      event.detail.headers[header] = token;
    }
  });

  function showAlert(text) {
    var area = document.getElementById('tx-alerts');
    if (!area) {
      window.alert(text);
      return;
    }
    var alert = document.createElement('div');
    alert.className = 'alert alert-danger alert-dismissible fade show';
    alert.setAttribute('role', 'alert');
    var message = document.createElement('span');
    message.textContent = text;
    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'btn-close';
    close.setAttribute('data-bs-dismiss', 'alert');
    close.setAttribute('aria-label', document.body.dataset.closeText || '');
    alert.appendChild(message);
    alert.appendChild(close);
    area.replaceChildren(alert);
    area.scrollIntoView({ block: 'nearest' });
  }

  function problemText(xhr) {
    try {
      var html = new DOMParser().parseFromString(xhr.responseText || '', 'text/html');
      var element = html.querySelector('[data-problem-text], .tx-error-detail');
      return element ? element.textContent.trim() : null;
    } catch (ignored) {
      return null;
    }
  }

  document.addEventListener('htmx:responseError', function (event) {
    showAlert(problemText(event.detail.xhr) || document.body.dataset.errorText);
  });

  document.addEventListener('htmx:sendError', function () {
    showAlert(document.body.dataset.networkText);
  });
})();
