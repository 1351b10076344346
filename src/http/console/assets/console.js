// The console's only script: draws the ECharts charts the page describes
// (data-chart holds the option, built on the server) and reads chosen
// roster files into the form. Everything else is htmx attributes.
(function () {
  'use strict';
  var charts = [];
  function drawCharts(root) {
    if (!window.echarts) return;
    root.querySelectorAll('[data-chart]').forEach(function (el) {
      if (el.dataset.drawn) return;
      el.dataset.drawn = '1';
      var chart = window.echarts.init(el, null, { renderer: 'canvas' });
      chart.setOption(JSON.parse(el.dataset.chart));
      charts.push(chart);
    });
  }
  function fillFromFiles(root) {
    root.querySelectorAll('input[type=file][data-fill]').forEach(function (input) {
      input.addEventListener('change', function () {
        var file = input.files && input.files[0];
        var target = document.getElementById('t-' + input.dataset.fill);
        if (!file || !target) return;
        file.text().then(function (text) {
          target.value = text;
          if (input.dataset.fill !== 'yaml') {
            var csv = document.getElementById('fmt-csv');
            if (csv) csv.checked = true;
          }
        });
      });
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    drawCharts(document);
    fillFromFiles(document);
  });
  document.addEventListener('htmx:afterSwap', function (e) { drawCharts(e.target); });
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
})();
