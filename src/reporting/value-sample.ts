/**
 * A bounded record of one measure's values (waits, talk times): exact count, sum and maximum over
 * every value, and the most recent `valuesMax` values themselves for exact percentiles (D-011).
 * Live statistics ask for a summary every sample, so the sorted values are kept between summaries and
 * only the values added since are sorted and merged in: linear, not n log n, per summary (at the cost
 * of a second copy of the values, made at the first summary). Overwritten values leave the sorted copy
 * at the next merge.
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

/** Shared by samples that hold no values yet (never written: capacity 0). */
const EMPTY = new Float64Array(0);

/** Room for the first values of a sample; doubled as it fills, up to `valuesMax`. */
const FIRST_CAPACITY = 16;

/**
 * Merges two ascending lists into `out` (exactly the kept values long), leaving out one copy of each
 * value counted in `dropped` (and emptying it).
 */
function merge(sorted: Float64Array, more: Float64Array, dropped: Map<number, number> | null, out: Float64Array): void {
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < sorted.length || j < more.length) {
    const takeSorted = j >= more.length || (i < sorted.length && (sorted[i] as number) <= (more[j] as number));
    const value = takeSorted ? (sorted[i++] as number) : (more[j++] as number);
    const drop = dropped?.get(value);
    if (drop === undefined) out[k++] = value;
    else if (drop === 1) dropped!.delete(value);
    else dropped!.set(value, drop - 1);
  }
}

/**
 * Values of one measure. Past `valuesMax` values the oldest are overwritten (a ring), so percentiles
 * then describe the most recent `valuesMax` values while count, mean and max stay exact. Values live in
 * typed arrays: outside the collected heap, and sorted by the native numeric sort.
 */
export class ValueSample {
  /** Retained values: the k-th value added (from 0) is at `k % valuesMax`, a ring once full. */
  private ring: Float64Array = EMPTY;
  /** Values sorted at the last summary (overwritten values dropped at the next one). */
  private sorted: Float64Array = EMPTY;
  /** Values added since the last summary: the last `freshCount` written to the ring. */
  private freshCount = 0;
  /** Values overwritten since the last summary, by value (equal values are interchangeable). */
  private overwritten: Map<number, number> | null = null;
  private sum = 0;
  private maxValue = -Infinity;
  private cached: SampleSummary | null = null;
  /** Every value ever added, including those overwritten. */
  count = 0;

  constructor(private readonly valuesMax: number) {}

  /** Records one value. */
  add(value: number): void {
    const at = this.count % this.valuesMax;
    if (this.count >= this.valuesMax) {
      const old = this.ring[at] as number;
      const overwritten = (this.overwritten ??= new Map());
      overwritten.set(old, (overwritten.get(old) ?? 0) + 1);
    } else if (at >= this.ring.length) {
      this.grow();
    }
    this.ring[at] = value;
    this.count++;
    this.sum += value;
    if (value > this.maxValue) this.maxValue = value;
    this.cached = null;
    // Merge before a value added since the last summary could be overwritten itself.
    if (++this.freshCount >= this.valuesMax) this.flush();
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

  /** Doubles the ring's room (never past `valuesMax`), keeping its values. */
  private grow(): void {
    const ring = new Float64Array(Math.min(this.valuesMax, Math.max(FIRST_CAPACITY, this.ring.length * 2)));
    ring.set(this.ring);
    this.ring = ring;
  }

  /** Sorts the values added since the last summary and merges them in, dropping the overwritten ones. */
  private flush(): void {
    if (this.freshCount === 0) return;
    const fresh = new Float64Array(this.freshCount);
    const first = this.count - this.freshCount;
    for (let i = 0; i < fresh.length; i++) fresh[i] = this.ring[(first + i) % this.valuesMax] as number;
    fresh.sort();
    const merged = new Float64Array(Math.min(this.count, this.valuesMax));
    merge(this.sorted, fresh, this.overwritten, merged);
    this.sorted = merged;
    this.freshCount = 0;
  }
}
