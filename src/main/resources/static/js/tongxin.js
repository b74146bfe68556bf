/*
 * Tongxin page glue, kept tiny:
 *  - every htmx request asks for HTML and carries the CSRF token from the <meta name="_csrf">
 *    tags of the layout;
 *  - a failed htmx request shows an alert instead of failing silently (htmx swaps nothing on
 *    4xx/5xx): the detail of the error page the server answered with (see
 *    PageExceptionResolver), otherwise a generic message.
 *  - elements marked data-tx-back go back in the history.
 * Texts come from data-* attributes on <body>, filled from the message bundle. No inline script
 * anywhere: the content security policy is script-src 'self'.
 */
(function () {
  'use strict';

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute('content') : null;
  }

  document.addEventListener('htmx:configRequest', function (event) {
    // htmx swaps HTML; asking for it also gets the HTML error page rather than JSON on failure.
    event.detail.headers['Accept'] = 'text/html';
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
    var icon = document.createElement('i');
    icon.className = 'bi bi-exclamation-octagon-fill me-2';
    icon.setAttribute('aria-hidden', 'true');
    var message = document.createElement('span');
    message.textContent = text;
    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'btn-close';
    close.setAttribute('data-bs-dismiss', 'alert');
    close.setAttribute('aria-label', document.body.dataset.closeText || '');
    alert.appendChild(icon);
    alert.appendChild(message);
    alert.appendChild(close);
    area.replaceChildren(alert);
    area.scrollIntoView({ block: 'nearest' });
  }

  function problemText(xhr) {
    try {
      var html = new DOMParser().parseFromString(xhr.responseText || '', 'text/html');
      var element = html.querySelector('.tx-error-detail');
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

  // Forms that start long work (uploads, imports): disable the button and show a spinner, so a
  // slow upload is not sent twice.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.classList || !form.classList.contains('tx-busy-on-submit')) {
      return;
    }
    form.querySelectorAll('button[type=submit]').forEach(function (button) {
      button.disabled = true;
      var spinner = document.createElement('span');
      spinner.className = 'spinner-border spinner-border-sm me-1';
      spinner.setAttribute('aria-hidden', 'true');
      button.prepend(spinner);
    });
  });

  // "Back" buttons (error pages): the content security policy allows no inline onclick.
  document.addEventListener('click', function (event) {
    if (event.target.closest('[data-tx-back]')) {
      history.back();
    }
  });
})();
