/**
 * The CI comparison: each metric against the committed baseline (`bench/baseline.json`) as a ratio.
 * A change over the threshold in the worse direction is printed as a regression; nothing fails on
 * noise. A changed checksum means the workload's outcome changed (semantics, or a stale baseline).
 */
import type { CaseResult } from './format.js';
import { formatValue, table } from './format.js';

/** The committed baseline: per case, its checksum and metric values. */
export interface Baseline {
  readonly note: string;
  readonly createdAt: string;
  readonly node: string;
  /** The commit whose build was measured; `bench:ci` builds it again and runs it beside the current one. */
  readonly commit?: string;
  readonly results: Readonly<Record<string, { readonly checksum: string; readonly metrics: Readonly<Record<string, number>> }>>;
}

/** What a comparison found. */
export interface Comparison {
  readonly report: string;
  readonly regressions: number;
  readonly checksumChanges: number;
}

/** Builds a baseline from a run (of `commit`, when known). */
export function toBaseline(cases: readonly CaseResult[], note: string, commit?: string): Baseline {
  const results: Record<string, { checksum: string; metrics: Record<string, number> }> = {};
  for (const c of cases) {
    if (c.result === undefined) continue;
    const metrics = Object.fromEntries(Object.entries(c.result.metrics).map(([name, m]) => [name, m.value]));
    results[c.id] = { checksum: c.result.checksum, metrics };
  }
  const base = { note, createdAt: new Date().toISOString(), node: process.version };
  return commit === undefined ? { ...base, results } : { ...base, commit, results };
}

/**
 * One result per case from repeated runs of it: each metric's median. The checksum is the first
 * run's, and the runs must agree on it (a fixed seed gives one outcome); a case that failed in any run
 * is a failure.
 */
export function medianResult(runs: readonly CaseResult[]): CaseResult {
  const first = runs[0];
  if (first === undefined) throw new Error('bench/compare: no runs to take the median of');
  const failed = runs.find((r) => r.result === undefined);
  if (failed !== undefined || first.result === undefined) return failed ?? first;
  const checksums = new Set(runs.map((r) => r.result!.checksum));
  if (checksums.size > 1) return { ...first, result: undefined, error: `runs disagree on the checksum (${[...checksums].join(', ')})` };
  const metrics = Object.fromEntries(
    Object.entries(first.result.metrics).map(([name, metric]) => [name, { ...metric, value: median(runs.map((r) => r.result!.metrics[name]?.value ?? NaN)) }]),
  );
  return { ...first, result: { ...first.result, metrics } };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * How fast this machine is now against the committed figures: the median, over every rate metric
 * (units with `/`), of now / committed for the same build. 0.5 means the machine runs at half the
 * speed it had when the baseline was written. NaN when nothing is comparable.
 */
export function machineSpeed(cases: readonly CaseResult[], baseline: Baseline): number {
  const ratios: number[] = [];
  for (const c of cases) {
    const base = baseline.results[c.id];
    if (c.result === undefined || base === undefined) continue;
    for (const [name, metric] of Object.entries(c.result.metrics)) {
      const baseValue = base.metrics[name];
      if (!metric.unit.includes('/') || baseValue === undefined || !(baseValue > 0) || !(metric.value > 0)) continue;
      ratios.push(metric.value / baseValue);
    }
  }
  return ratios.length === 0 ? NaN : median(ratios);
}

/** How far a share (unit `fraction`) must move to be listed: 5 percentage points. */
const FRACTION_POINTS = 0.05;

/** How much worse `now` is than `base` (1.25 = 25 % worse), whichever direction is better. */
export function costRatio(now: number, base: number, better: 'higher' | 'lower'): number {
  return better === 'higher' ? base / now : now / base;
}

/**
 * Compares a run with the baseline; `threshold` 0.2 flags changes over 20 % for the worse. Lists the
 * metrics with a target and those that moved beyond the threshold (every metric when `verbose`).
 */
export function compareWithBaseline(cases: readonly CaseResult[], baseline: Baseline, threshold = 0.2, verbose = false): Comparison {
  const rows: string[][] = [];
  let regressions = 0;
  let checksumChanges = 0;
  const notes: string[] = [];
  for (const c of cases) {
    const base = baseline.results[c.id];
    if (c.result === undefined || base === undefined) {
      notes.push(`${c.id}: ${c.result === undefined ? `failed (${c.error ?? 'no result'})` : 'not in the baseline'}`);
      continue;
    }
    if (base.checksum !== c.result.checksum) {
      checksumChanges++;
      notes.push(`${c.id}: checksum ${c.result.checksum} differs from the baseline's ${base.checksum} (the outcome changed: intended? then refresh the baseline)`);
    }
    for (const [name, metric] of Object.entries(c.result.metrics)) {
      const baseValue = base.metrics[name];
      if (baseValue === undefined || !Number.isFinite(baseValue) || !Number.isFinite(metric.value) || baseValue === 0) continue;
      const ratio = costRatio(metric.value, baseValue, metric.better);
      // A share (GC, driver) is context, not a speed: 3 % -> 4 % is a third more and means nothing.
      // It is shown when it moves by more than FRACTION_POINTS and never counted as a regression.
      const share = metric.unit === 'fraction';
      const moved = share ? Math.abs(metric.value - baseValue) > FRACTION_POINTS : Math.max(ratio, 1 / ratio) > 1 + threshold;
      const regressed = !share && ratio > 1 + threshold;
      if (regressed) regressions++;
      // Shown: every metric with a target, and any other that moved beyond its threshold.
      if (!verbose && metric.target === undefined && !moved) continue;
      const change =
        Math.abs(ratio - 1) < 0.005 ? 'same' : ratio > 1 ? `${((ratio - 1) * 100).toFixed(0)} % worse` : `${((1 / ratio - 1) * 100).toFixed(0)} % better`;
      rows.push([`${c.id} ${name}`, formatValue(baseValue, metric.unit), formatValue(metric.value, metric.unit), (metric.value / baseValue).toFixed(2), change, regressed ? 'REGRESSION' : '']);
    }
  }
  const report = [
    table(['case metric', 'baseline', 'now', 'now/base', 'change', ''], rows),
    ...notes,
    `${regressions} regression(s) over ${(threshold * 100).toFixed(0)} %, ${checksumChanges} checksum change(s). Reported only: noise on a shared machine is common; CPU-time rates are steadier than wall-clock ones.`,
  ].join('\n');
  return { report, regressions, checksumChanges };
}
