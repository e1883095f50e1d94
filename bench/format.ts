/**
 * Plain-text tables of benchmark results, for the terminal.
 */
import type { BenchResult, Metric } from './lib.js';

/** A finished case: its result, or why it failed. */
export interface CaseResult {
  readonly id: string;
  readonly group: string;
  readonly x?: number;
  readonly result?: BenchResult;
  readonly error?: string;
}

/** A value in its unit, e.g. `250,000 contacts/s`, `12.5 %`, `3.21 µs`. */
export function formatValue(value: number, unit: string): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (unit === 'fraction') return `${(value * 100).toFixed(1)} %`;
  if (unit.includes('/')) return `${Math.round(value).toLocaleString('en-US')} ${unit}`;
  if (unit === 'µs') return `${value.toFixed(2)} µs`;
  if (unit === 'ms') return `${value.toFixed(1)} ms`;
  if (unit === 'B') return `${Math.round(value).toLocaleString('en-US')} B`;
  return `${Number(value.toPrecision(4)).toLocaleString('en-US')} ${unit}`;
}

/** `met` or `MISSED` against the metric's target, or empty without one. */
export function targetStatus(metric: Metric): string {
  if (metric.target === undefined || !Number.isFinite(metric.value)) return '';
  const met = metric.better === 'higher' ? metric.value >= metric.target : metric.value <= metric.target;
  return met ? 'met' : 'MISSED';
}

/** Lays out rows under headers with padded columns (numbers right-aligned, text left-aligned). */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = (cell: string): boolean => /^[-+<>=\d. ,]*\d|^n\/a$/.test(cell);
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (numeric(c) ? c.padStart(widths[i] as number) : c.padEnd(widths[i] as number))).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Every metric of one result, with its target and status. */
export function metricsTable(result: BenchResult): string {
  const rows = Object.entries(result.metrics).map(([name, m]) => [
    name,
    formatValue(m.value, m.unit),
    m.target === undefined ? '' : `${m.better === 'higher' ? '>=' : '<='} ${formatValue(m.target, m.unit)}`,
    targetStatus(m),
  ]);
  return `${result.name}  (checksum ${result.checksum})\n${table(['metric', 'value', 'target', ''], rows)}`;
}

/** A scaling curve: one row per point, the chosen metrics as columns. */
export function curveTable(title: string, xName: string, cases: readonly CaseResult[], metrics: readonly string[]): string {
  const rows = cases.map((c) => {
    const cells = metrics.map((name) => {
      const m = c.result?.metrics[name];
      return m === undefined ? (c.error === undefined ? '' : 'failed') : formatValue(m.value, m.unit);
    });
    return [(c.x ?? 0).toLocaleString('en-US'), ...cells, c.result?.checksum ?? ''];
  });
  return `${title}\n${table([xName, ...metrics, 'checksum'], rows)}`;
}
