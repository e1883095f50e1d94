/**
 * The HTML report of a run: one self-contained file (no network: chart.js and the data are inlined,
 * and a Content-Security-Policy forbids every fetch) with four charts (waiting contacts over time,
 * service level per interval, occupancy per agent group, wait-time distribution), the summary tables
 * and the run's scenario, seed and span. Every string from the run is escaped.
 */
import type { SimulationResult } from '../simulation/simulation-result.js';
import { agentGroupTable, classTable } from './detail-tables.js';
import { escapeHtml, inlineScript, jsonForScript } from './html-escape.js';
import { renderHtmlTable } from './html-table.js';
import { reportData } from './report-data.js';
import { REPORT_PAGE_SCRIPT, REPORT_PAGE_STYLE } from './report-page.script.js';
import { queueSummaryTable, runFacts, summaryLegend } from './summary-table.js';
import type { WaitHistogram } from './wait-histogram.js';

/** Inline scripts and styles only; nothing may be fetched. */
const CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:";

/** The charts: canvas id and heading. */
const CHARTS = [
  ['chart-waiting', 'Waiting contacts over time'],
  ['chart-service-level', 'Service level per interval'],
  ['chart-occupancy', 'Occupancy per agent group'],
  ['chart-waits', 'Wait-time distribution (answered contacts)'],
] as const;

/** What the report page is built from. */
export interface HtmlReportInput {
  readonly result: SimulationResult;
  readonly histogram: WaitHistogram;
  /** The source of `chart.umd.js` (see `chartJsSource`). */
  readonly chartJs: string;
  /** The command line that reproduces the run. */
  readonly reproduce: string;
}

/**
 * The report page as one HTML string.
 * @example writeOutput('report.html', buildHtmlReport({ result, histogram, chartJs: chartJsSource(), reproduce }), '--html');
 */
export function buildHtmlReport({ result, histogram, chartJs, reproduce }: HtmlReportInput): string {
  const title = `Switchboard simulation: ${result.scenario.name ?? 'unnamed scenario'}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CONTENT_SECURITY_POLICY)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${REPORT_PAGE_STYLE}</style>
</head>
<body>
<header>
<h1>Switchboard simulation report</h1>
<p class="scenario">${escapeHtml(result.scenario.name ?? 'Unnamed scenario')}</p>
${factList(result)}
</header>
<section class="charts">
${CHARTS.map(([id, heading]) => chartFigure(id, heading)).join('\n')}
</section>
<section class="tables">
${renderHtmlTable(queueSummaryTable(result), 'Queues', 'summary')}
<p class="legend">${summaryLegend(result).map(escapeHtml).join(' ')}</p>
${renderHtmlTable(agentGroupTable(result), 'Agent groups')}
${renderHtmlTable(classTable(result), 'Customer classes (measurement window)')}
</section>
<footer>Reproduce: <code>${escapeHtml(reproduce)}</code></footer>
<script type="application/json" id="report-data">${jsonForScript(reportData(result, histogram))}</script>
<script>${inlineScript(chartJs)}</script>
<script>${inlineScript(REPORT_PAGE_SCRIPT)}</script>
</body>
</html>
`;
}

function factList(result: SimulationResult): string {
  const items = runFacts(result).map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`);
  return `<dl class="facts">${items.join('')}</dl>`;
}

function chartFigure(id: string, heading: string): string {
  return `<figure><h2>${escapeHtml(heading)}</h2><div class="chart"><canvas id="${id}" role="img" aria-label="${escapeHtml(heading)}"></canvas></div></figure>`;
}
