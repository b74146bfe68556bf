/*
 * The charts of the 村村播 overview, from GET /api/v1/livestream/figures (data-url of
 * #livestream-month-chart): GMV and sessions by month, GMV by platform, coverage and GMV by
 * sub-region. Texts come from data-* attributes (message bundle); no inline script (CSP).
 */
(function () {
  'use strict';

  var monthEl = document.getElementById('livestream-month-chart');
  if (!monthEl || !window.echarts) {
    return;
  }
  var platformEl = document.getElementById('livestream-platform-chart');
  var regionEl = document.getElementById('livestream-region-chart');
  var text = monthEl.dataset;
  var palette = ['#a8201a', '#2f6fb0', '#d08a1e', '#3a8f5c', '#7a4fa0', '#5b6770'];
  var charts = [];

  function message(element, value) {
    if (element) {
      element.classList.add('tx-chart-message');
      element.textContent = value;
    }
  }

  function yuan(value) {
    var n = Number(value);
    if (n >= 100000000) {
      return (n / 100000000).toFixed(2) + (text.yiText || '');
    }
    if (n >= 10000) {
      return (n / 10000).toFixed(1) + (text.wanText || '');
    }
    return n.toLocaleString('zh-CN');
  }

  function draw(element, option) {
    if (!element) {
      return;
    }
    var chart = window.echarts.init(element);
    option.animation = false;
    option.color = palette;
    option.textStyle = { fontFamily: getComputedStyle(document.body).fontFamily };
    chart.setOption(option);
    charts.push(chart);
  }

  fetch(monthEl.dataset.url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then(function (response) {
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      return response.json();
    })
    .then(function (body) {
      if (!body.months.length) {
        message(monthEl, text.emptyText);
        message(platformEl, text.emptyText);
        message(regionEl, text.emptyText);
        return;
      }
      draw(monthEl, {
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 16, right: 16, top: 36, bottom: 8, containLabel: true },
        xAxis: { type: 'category', data: body.months.map(function (m) { return m.month; }) },
        yAxis: [{ type: 'value', axisLabel: { formatter: yuan } }, { type: 'value', splitLine: { show: false } }],
        series: [
          { name: text.gmvText, type: 'bar', data: body.months.map(function (m) { return m.totals.gmv; }) },
          { name: text.sessionsText, type: 'line', yAxisIndex: 1, data: body.months.map(function (m) { return m.totals.sessions; }) }
        ]
      });
      draw(platformEl, {
        tooltip: { trigger: 'item', valueFormatter: yuan },
        legend: { bottom: 0, type: 'scroll' },
        series: [{
          name: text.gmvText, type: 'pie', radius: ['35%', '65%'], top: -20,
          data: body.platforms.map(function (p) { return { name: p.name, value: p.totals.gmv }; })
        }]
      });
      draw(regionEl, {
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 16, right: 16, top: 36, bottom: 8, containLabel: true },
        xAxis: { type: 'category', data: body.regions.map(function (r) { return r.name; }),
                 axisLabel: { interval: 0, rotate: body.regions.length > 12 ? 30 : 0 } },
        yAxis: [{ type: 'value', axisLabel: { formatter: yuan } }, { type: 'value', splitLine: { show: false } }],
        series: [
          { name: text.gmvText, type: 'bar', data: body.regions.map(function (r) { return r.totals.gmv; }) },
          { name: text.sessionsText, type: 'line', yAxisIndex: 1, data: body.regions.map(function (r) { return r.totals.sessions; }) }
        ]
      });
      window.addEventListener('resize', function () {
        charts.forEach(function (chart) { chart.resize(); });
      });
    })
    .catch(function () {
      message(monthEl, text.errorText);
    });
})();
