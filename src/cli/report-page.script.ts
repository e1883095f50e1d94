/**
 * The browser side of the HTML report: the script that reads the `#report-data` JSON and draws the
 * four charts with the inlined chart.js (global `Chart`). Kept as source text, not a bundled function,
 * so what runs in the page is exactly what is written here. Animation is off: the charts are complete
 * as soon as the page has loaded (for printing and screenshots).
 */

/** The page script (plain browser JavaScript). */
export const REPORT_PAGE_SCRIPT = String.raw`(() => {
  'use strict';
  const data = JSON.parse(document.getElementById('report-data').textContent);
  const COLORS = ['#2563eb', '#dc2626', '#16a34a', '#9333ea', '#ea580c', '#0891b2', '#ca8a04', '#db2777'];
  const color = (i) => COLORS[i % COLORS.length];
  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.font.family = 'system-ui, sans-serif';
  const axis = (title, extra) => Object.assign({ title: { display: true, text: title } }, extra);
  const line = (series, i, pointRadius) => ({
    label: series.name, data: series.values, borderColor: color(i), backgroundColor: color(i),
    borderWidth: 2, pointRadius, spanGaps: false,
  });
  const draw = (id, config) => new Chart(document.getElementById(id), config);

  draw('chart-waiting', {
    type: 'line',
    data: { labels: data.waiting.labels, datasets: data.waiting.series.map((s, i) => line(s, i, 0)) },
    options: { scales: { x: axis('time', { ticks: { maxTicksLimit: 12 } }), y: axis('count', { beginAtZero: true }) } },
  });
  draw('chart-service-level', {
    type: 'line',
    data: { labels: data.serviceLevel.labels, datasets: data.serviceLevel.series.map((s, i) => line(s, i, 3)) },
    options: { scales: { x: axis('interval start'), y: axis('% answered within ' + data.serviceLevel.thresholdMs / 1000 + ' s', { min: 0, max: 100 }) } },
  });
  draw('chart-occupancy', {
    type: 'bar',
    data: { labels: data.occupancy.groups, datasets: [{ label: 'occupancy %', data: data.occupancy.percent, backgroundColor: color(0) }] },
    options: { plugins: { legend: { display: false } }, scales: { x: axis('agent group'), y: axis('% of staffed time busy', { min: 0, max: 100 }) } },
  });
  const within = data.waits.counts.map((_, i) => (i + 1) * data.waits.bucketMs <= data.waits.thresholdMs);
  draw('chart-waits', {
    type: 'bar',
    data: {
      labels: data.waits.labels,
      datasets: [{ label: 'answered contacts', data: data.waits.counts, backgroundColor: within.map((ok) => (ok ? color(2) : color(4))) }],
    },
    options: { plugins: { legend: { display: false } }, scales: { x: axis('wait before answer'), y: axis('contacts', { beginAtZero: true }) } },
  });
  document.body.dataset.chartsDrawn = '4';
})();
`;

/** The page's style sheet. */
export const REPORT_PAGE_STYLE = `
  body { font: 14px/1.45 system-ui, sans-serif; color: #1f2937; margin: 24px auto; max-width: 1240px; padding: 0 16px; }
  h1 { font-size: 22px; margin: 0 0 4px; }
  h2 { font-size: 15px; margin: 0 0 8px; }
  .scenario { font-size: 16px; margin: 0 0 12px; color: #374151; }
  dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0 0 20px; }
  dl.facts dt { font-weight: 600; }
  dl.facts dd { margin: 0; }
  .charts { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 16px; margin-bottom: 24px; }
  figure { margin: 0; padding: 12px; border: 1px solid #e5e7eb; border-radius: 8px; }
  .chart { position: relative; height: 280px; }
  table { border-collapse: collapse; margin: 0 0 20px; }
  caption { text-align: left; font-weight: 600; padding-bottom: 6px; }
  th, td { padding: 4px 10px; border-bottom: 1px solid #e5e7eb; text-align: left; white-space: nowrap; }
  th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; }
  table.summary tbody tr:last-child td { font-weight: 600; }
  .legend, footer { color: #4b5563; }
  code { background: #f3f4f6; padding: 1px 4px; border-radius: 4px; }
`;
