/**
 * Measuring: nearest-rank percentiles of recorded durations, and wall, CPU and GC time of a run.
 * Wall time alone is unreliable on a shared machine, so every run also reports `process.cpuUsage()`.
 */
import { PerformanceObserver } from 'node:perf_hooks';

/** The p-th percentile by nearest rank (docs/DECISIONS.md D-011) of the first `count` values. */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

/** A sorted copy of the first `count` values. */
export function sortedPrefix(values: Float64Array, count: number): Float64Array {
  return values.slice(0, count).sort();
}

/** p50, p99 and max of durations recorded in nanoseconds, in microseconds. */
export interface DurationSummary {
  readonly count: number;
  readonly p50Us: number;
  readonly p99Us: number;
  readonly maxUs: number;
}

/** Summarises `count` durations in nanoseconds. */
export function summarizeNs(values: Float64Array, count: number): DurationSummary {
  const sorted = sortedPrefix(values, count);
  return {
    count,
    p50Us: percentile(sorted, 50) / 1000,
    p99Us: percentile(sorted, 99) / 1000,
    maxUs: count === 0 ? NaN : (sorted[count - 1] as number) / 1000,
  };
}

/** A growable record of durations in nanoseconds. */
export class Durations {
  values: Float64Array;
  count = 0;

  constructor(capacity = 1024) {
    this.values = new Float64Array(Math.max(16, capacity));
  }

  add(ns: number): void {
    if (this.count === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.count++] = ns;
  }

  summary(): DurationSummary {
    return summarizeNs(this.values, this.count);
  }
}

/** Wall, CPU (user + system, all threads) and garbage-collection time of one run, in milliseconds. */
export interface RunTimes {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly gcMs: number;
}

/** Runs `work` synchronously and measures it; GC pauses come from a `gc` performance observer. */
export async function measure<T>(work: () => T): Promise<{ value: T; times: RunTimes }> {
  let gcMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMs += entry.duration;
  });
  observer.observe({ entryTypes: ['gc'] });
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const value = work();
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  // GC entries are delivered asynchronously: let them arrive before reading the total.
  await new Promise((resolve) => setTimeout(resolve, 20));
  observer.disconnect();
  return { value, times: { wallMs, cpuMs: (cpu.user + cpu.system) / 1000, gcMs } };
}

/** Per second, from a count and milliseconds. */
export function perSec(count: number, ms: number): number {
  return ms > 0 ? (count * 1000) / ms : NaN;
}

/** Calls `global.gc` when the process runs with `--expose-gc`; returns whether it could. */
export function collectGarbage(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) return false;
  gc();
  gc();
  return true;
}
