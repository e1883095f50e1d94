/**
 * A bounded record of one measure's values (waits, talk times): exact count, sum and maximum over
 * every value, and the most recent `valuesMax` values themselves for exact percentiles (D-011).
 * Live statistics ask for a summary every sample, so the sorted values are kept between summaries and
 * only the values added since are sorted and merged in: linear, not n log n, per summary (at the cost
 * of a second copy of the values). Overwritten values leave the sorted copy at the next merge.
 */
import { nearestRank } from './nearest-rank.js';

/** The summary of a value sample: mean, nearest-rank percentiles and maximum; null when empty. */
export interface SampleSummary {
  readonly count: number;
  readonly mean: number | null;
  readonly p50: number | null;
  readonly p90: number | null;
  readonly p95: number | null;
  readonly p99: number | null;
  readonly max: number | null;
}

/** An empty summary. */
export const EMPTY_SUMMARY: SampleSummary = { count: 0, mean: null, p50: null, p90: null, p95: null, p99: null, max: null };

const ascending = (a: number, b: number): number => a - b;

/** Merges two sorted lists, leaving out one copy of each value counted in `dropped` (and emptying it). */
function merge(sorted: readonly number[], more: readonly number[], dropped: Map<number, number>): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < sorted.length || j < more.length) {
    const takeSorted = j >= more.length || (i < sorted.length && (sorted[i] as number) <= (more[j] as number));
    const value = takeSorted ? (sorted[i++] as number) : (more[j++] as number);
    const drop = dropped.get(value);
    if (drop === undefined) out.push(value);
    else if (drop === 1) dropped.delete(value);
    else dropped.set(value, drop - 1);
  }
  return out;
}

/**
 * Values of one measure. Past `valuesMax` values the oldest are overwritten (a ring), so percentiles
 * then describe the most recent `valuesMax` values while count, mean and max stay exact.
 */
export class ValueSample {
  /** Retained values in arrival order (a ring once full). */
  private readonly ring: number[] = [];
  private next = 0;
  /** Values sorted at the last summary, values added since, and overwritten values still in either. */
  private sorted: number[] = [];
  private fresh: number[] = [];
  private readonly overwritten = new Map<number, number>();
  private sum = 0;
  private maxValue = -Infinity;
  private cached: SampleSummary | null = null;
  /** Every value ever added, including those overwritten. */
  count = 0;

  constructor(private readonly valuesMax: number) {}

  /** Records one value. */
  add(value: number): void {
    this.count++;
    this.sum += value;
    if (value > this.maxValue) this.maxValue = value;
    this.cached = null;
    if (this.ring.length < this.valuesMax) this.ring.push(value);
    else {
      const old = this.ring[this.next] as number;
      this.ring[this.next] = value;
      this.next = (this.next + 1) % this.valuesMax;
      // Dropped lazily, at the next merge: equal values are interchangeable, so a count per value is enough.
      this.overwritten.set(old, (this.overwritten.get(old) ?? 0) + 1);
    }
    this.fresh.push(value);
    // Merge now and then even without summaries, so `fresh` never outgrows the bound.
    if (this.fresh.length > this.valuesMax) this.flush();
  }

  /**
   * Mean, percentiles and max.
   * @example
   * const waits = new ValueSample(1000);
   * [5, 1, 3].forEach((v) => waits.add(v));
   * waits.summary(); // { count: 3, mean: 3, p50: 3, p90: 5, p95: 5, p99: 5, max: 5 }
   */
  summary(): SampleSummary {
    if (this.count === 0) return EMPTY_SUMMARY;
    if (this.cached !== null) return this.cached;
    this.flush();
    const sorted = this.sorted;
    this.cached = {
      count: this.count,
      mean: this.sum / this.count,
      p50: nearestRank(sorted, 50),
      p90: nearestRank(sorted, 90),
      p95: nearestRank(sorted, 95),
      p99: nearestRank(sorted, 99),
      max: this.maxValue,
    };
    return this.cached;
  }

  private flush(): void {
    if (this.fresh.length === 0 && this.overwritten.size === 0) return;
    this.sorted = merge(this.sorted, this.fresh.sort(ascending), this.overwritten);
    this.fresh = [];
  }
}
