/*
 * The GMV trend on a streamer's 村村播 tab of the member page, from data-url of
 * #livestream-member-chart ([{month, gmv, sessions}]). Texts from data-* attributes; no inline script.
 */
(function () {
  'use strict';

  var element = document.getElementById('livestream-member-chart');
  if (!element || !window.echarts) {
    return;
  }
  var text = element.dataset;

  function message(value) {
    element.classList.add('tx-chart-message');
    element.textContent = value;
  }

  fetch(text.url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then(function (response) {
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      return response.json();
    })
    .then(function (months) {
      if (!months.length) {
        message(text.emptyText);
        return;
      }
      var chart = window.echarts.init(element);
      chart.setOption({
        animation: false,
        color: ['#a8201a', '#2f6fb0'],
        textStyle: { fontFamily: getComputedStyle(document.body).fontFamily },
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 16, right: 16, top: 36, bottom: 8, containLabel: true },
        xAxis: { type: 'category', data: months.map(function (m) { return m.month; }) },
        yAxis: [{ type: 'value' }, { type: 'value', splitLine: { show: false } }],
        series: [
          { name: text.gmvText, type: 'bar', data: months.map(function (m) { return m.gmv; }) },
          { name: text.sessionsText, type: 'line', yAxisIndex: 1, data: months.map(function (m) { return m.sessions; }) }
        ]
      });
      window.addEventListener('resize', function () { chart.resize(); });
    })
    .catch(function () {
      message(text.errorText);
    });
})();
