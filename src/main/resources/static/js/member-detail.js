/*
 * The follower-growth chart on a member's 网络账号 tab: one line per account, from
 * GET /members/{id}/followers.json ({series: [{name, data: [[date, followers], ...]}]}).
 * Texts come from data-* attributes of #followers-chart (message bundle); no inline script.
 */
(function () {
  'use strict';

  var element = document.getElementById('followers-chart');
  if (!element || !window.echarts) {
    return;
  }
  var unit = element.dataset.unitText || '';

  function message(text) {
    element.classList.add('tx-chart-message');
    element.textContent = text;
  }

  function format(value) {
    if (value >= 10000) {
      return (value / 10000).toFixed(1).replace(/\.0$/, '') + unit;
    }
    return Number(value).toLocaleString('zh-CN');
  }

  fetch(element.dataset.url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then(function (response) {
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      return response.json();
    })
    .then(function (body) {
      var series = (body.series || []).filter(function (line) { return line.data.length > 0; });
      if (series.length === 0) {
        message(element.dataset.emptyText);
        return;
      }
      var chart = window.echarts.init(element);
      chart.setOption({
        animation: false,
        color: ['#a8201a', '#2f6fb0', '#d08a1e', '#3a8f5c', '#7a4fa0', '#5b6770'],
        textStyle: { fontFamily: getComputedStyle(document.body).fontFamily },
        tooltip: { trigger: 'axis', valueFormatter: format },
        legend: { top: 0, type: 'scroll' },
        grid: { left: 16, right: 24, top: 40, bottom: 8, containLabel: true },
        xAxis: { type: 'time', axisLabel: { hideOverlap: true, formatter: '{yyyy}-{MM}-{dd}' } },
        yAxis: { type: 'value', min: 0, axisLabel: { formatter: format } },
        series: series.map(function (line) {
          return { name: line.name, type: 'line', showSymbol: true, symbolSize: 7, data: line.data };
        })
      });
      window.addEventListener('resize', function () { chart.resize(); });
    })
    .catch(function () {
      message(element.dataset.errorText);
    });
})();
