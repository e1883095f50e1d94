/**
 * The end-of-run summary: per queue and overall, offered, answered, abandoned, ticketed, service level
 * (answered within the threshold over offered), ASA, p90 wait, AHT and occupancy; then what is needed
 * to reproduce the run (scenario, seed, simulated span). Used on stdout and in the HTML report.
 */
import type { QueueRow } from '../reporting/report.schema.js';
import type { SimulationResult } from '../simulation/simulation-result.js';
import { formatInstant, formatPercent, formatSeconds, formatSpan, formatThreshold, NONE } from './format.js';
import type { Table } from './text-table.js';

/** The figures of a summary row that come from the report (a queue's row or the overall figures). */
type SummaryFigures = Pick<
  QueueRow,
  'offered' | 'answered' | 'abandoned' | 'ticketed' | 'serviceLevelOverOffered' | 'answeredWaitMsMean' | 'answeredWaitMsP90' | 'handleMsMean'
>;

/** The service-level column's header, e.g. `SL 30 s`. */
export function serviceLevelHeader(result: SimulationResult): string {
  return `SL ${formatThreshold(result.report.serviceLevelThresholdMs)}`;
}

/**
 * The per-queue table: one row per scenario queue, in scenario order, then `overall`.
 * @example renderTextTable(queueSummaryTable(result));
 */
export function queueSummaryTable(result: SimulationResult): Table {
  const { report, queueing } = result;
  const rows = result.scenario.queues.map((queue) => {
    const figures = report.queues.find((row) => row.queueId === queue.id);
    return summaryRow(queue.id, figures, queueing.byQueue[queue.id]?.occupancy ?? null);
  });
  rows.push(summaryRow('overall', report.overall, queueing.overall.occupancy));
  return {
    headers: ['queue', 'offered', 'answered', 'abandoned', 'ticketed', serviceLevelHeader(result), 'ASA', 'p90 wait', 'AHT', 'occupancy'],
    rows,
  };
}

function summaryRow(name: string, figures: SummaryFigures | undefined, occupancy: number | null): string[] {
  if (figures === undefined) return [name, '0', '0', '0', '0', NONE, NONE, NONE, NONE, formatPercent(occupancy)];
  return [
    name,
    String(figures.offered),
    String(figures.answered),
    String(figures.abandoned),
    String(figures.ticketed),
    formatPercent(figures.serviceLevelOverOffered),
    formatSeconds(figures.answeredWaitMsMean),
    formatSeconds(figures.answeredWaitMsP90),
    formatSeconds(figures.handleMsMean),
    formatPercent(occupancy),
  ];
}

/** What each column means, printed under the table. */
export function summaryLegend(result: SimulationResult): string[] {
  const threshold = formatThreshold(result.report.serviceLevelThresholdMs);
  return [
    `${serviceLevelHeader(result)}: service level, answered within ${threshold} / offered (serviceLevelOverOffered).`,
    'ASA, p90 wait: wait of answered contacts. AHT: talk + wrap-up. Occupancy: busy / staffed time of the',
    "queue's member agents over the measurement window. Overall counts each contact once.",
  ];
}

/** The run's identity, as label/value pairs: scenario, seed, span, customers. */
export function runFacts(result: SimulationResult): [string, string][] {
  const { scenario, startMs, endMs, queueing } = result;
  const zone = scenario.timeZone;
  const measured = queueing.measureToMs - queueing.measureFromMs;
  return [
    ['Scenario', scenario.name ?? '(unnamed)'],
    ['Seed', String(result.seed)],
    ['Span', `${formatInstant(startMs, zone)} to ${formatInstant(endMs, zone)} (${formatSpan(endMs - startMs)} simulated with the drain; measured window ${formatSpan(measured)})`],
    ['Customers', `${result.customers} created, ${queueing.unresolved} unresolved at the end`],
  ];
}

/**
 * The whole summary as text: the run's facts, the table, its legend and the line that reproduces it.
 * @example process.stdout.write(formatSummary(result, 'switchboard simulate --seed 1', renderTextTable));
 */
export function formatSummary(result: SimulationResult, reproduce: string, render: (table: Table) => string): string {
  const facts = runFacts(result).map(([label, value]) => `${`${label}:`.padEnd(11)}${value}`);
  return [...facts, '', render(queueSummaryTable(result)), '', ...summaryLegend(result), '', `Reproduce: ${reproduce}`, ''].join('\n');
}
