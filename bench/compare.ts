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
  readonly results: Readonly<Record<string, { readonly checksum: string; readonly metrics: Readonly<Record<string, number>> }>>;
}

/** What a comparison found. */
export interface Comparison {
  readonly report: string;
  readonly regressions: number;
  readonly checksumChanges: number;
}

/** Builds a baseline from a run. */
export function toBaseline(cases: readonly CaseResult[], note: string): Baseline {
  const results: Record<string, { checksum: string; metrics: Record<string, number> }> = {};
  for (const c of cases) {
    if (c.result === undefined) continue;
    const metrics = Object.fromEntries(Object.entries(c.result.metrics).map(([name, m]) => [name, m.value]));
    results[c.id] = { checksum: c.result.checksum, metrics };
  }
  return { note, createdAt: new Date().toISOString(), node: process.version, results };
}

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
      const regressed = ratio > 1 + threshold;
      if (regressed) regressions++;
      // Shown: every metric with a target, and any other that moved by more than the threshold.
      if (!verbose && metric.target === undefined && Math.max(ratio, 1 / ratio) <= 1 + threshold) continue;
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
