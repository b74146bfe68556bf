/*
 * The member list's filters: the form (#member-filter) asks htmx for the results whenever a
 * filter changes, and 400 ms after typing in the search box stops, so nobody has to press
 * "search". The region picker first re-renders itself (its own htmx request); the results follow
 * once the new picker is in place, so they use the region just chosen. Listeners sit on the
 * document because htmx may restore the page from its history cache (new elements).
 */
(function () {
  'use strict';

  if (window.txMemberList) {
    return;
  }
  window.txMemberList = true;

  var timer = null;

  function refresh() {
    var form = document.getElementById('member-filter');
    window.clearTimeout(timer);
    if (form && window.htmx) {
      window.htmx.trigger(form, 'tx-filter');
    }
  }

  document.addEventListener('change', function (event) {
    var target = event.target;
    if (!target.closest || !target.closest('#member-filter') || target.closest('.region-picker')
        || target.id === 'member-q') {
      return;
    }
    refresh();
  });

  document.addEventListener('input', function (event) {
    if (event.target.id !== 'member-q') {
      return;
    }
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, 400);
  });

  document.addEventListener('submit', function (event) {
    if (event.target.id === 'member-filter') {
      window.clearTimeout(timer);
    }
  });

  // A short address to share: leave out empty filters and the defaults (sort by name, the whole scope).
  document.addEventListener('htmx:configRequest', function (event) {
    var form = event.detail.elt;
    if (!form || form.id !== 'member-filter') {
      return;
    }
    var parameters = event.detail.parameters;
    ['q', 'category', 'tier', 'importance', 'status', 'grade', 'platform', 'position'].forEach(function (name) {
      if (!parameters[name]) {
        delete parameters[name];
      }
    });
    if (parameters.sort === 'name') {
      delete parameters.sort;
    }
    if (parameters.regionCode === form.dataset.scopeRoot) {
      delete parameters.regionCode;
    }
  });

  document.addEventListener('htmx:load', function (event) {
    var element = event.target;
    if (element.classList && element.classList.contains('region-picker') && element.closest('#member-filter')) {
      refresh();
    }
  });
})();
