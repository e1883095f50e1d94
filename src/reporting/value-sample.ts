/**
 * A bounded record of one measure's values (waits, talk times): exact count, sum and maximum over
 * every value, and the most recent `valuesMax` values themselves for exact percentiles (D-011).
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

/**
 * Values of one measure. Past `valuesMax` values the oldest are overwritten (a ring), so percentiles
 * then describe the most recent `valuesMax` values while count, mean and max stay exact.
 */
export class ValueSample {
  private readonly values: number[] = [];
  /** Where the next value goes once the ring is full. */
  private next = 0;
  private sum = 0;
  private maxValue = -Infinity;
  /** Every value ever added, including those overwritten. */
  count = 0;

  constructor(private readonly valuesMax: number) {}

  /** Records one value. */
  add(value: number): void {
    this.count++;
    this.sum += value;
    if (value > this.maxValue) this.maxValue = value;
    if (this.values.length < this.valuesMax) this.values.push(value);
    else {
      this.values[this.next] = value;
      this.next = (this.next + 1) % this.valuesMax;
    }
  }

  /**
   * Mean, percentiles and max. Sorts a copy: the sample keeps recording in arrival order.
   * @example
   * const waits = new ValueSample(1000);
   * [5, 1, 3].forEach((v) => waits.add(v));
   * waits.summary(); // { count: 3, mean: 3, p50: 3, p90: 5, p95: 5, p99: 5, max: 5 }
   */
  summary(): SampleSummary {
    if (this.count === 0) return EMPTY_SUMMARY;
    const sorted = this.values.slice().sort((a, b) => a - b);
    return {
      count: this.count,
      mean: this.sum / this.count,
      p50: nearestRank(sorted, 50),
      p90: nearestRank(sorted, 90),
      p95: nearestRank(sorted, 95),
      p99: nearestRank(sorted, 99),
      max: this.maxValue,
    };
  }
}
