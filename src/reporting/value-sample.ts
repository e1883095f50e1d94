/**
 * A bounded record of one measure's values (waits, talk times): exact count, sum and maximum over
 * every value, and the most recent `valuesMax` values themselves for exact percentiles (D-011).
 * Live statistics ask for a summary every sample, over a history that keeps growing, so a summary
 * must not cost a pass over all the values. The values known at summaries are kept sorted in two
 * parts: a large `bulk` and the `recent` ones merged in since the bulk was last rebuilt, plus the
 * `removed` ones the ring has overwritten since. A summary sorts only the values added since the last
 * one, merges them into `recent`, and reads each percentile by binary searches over the parts (no
 * merged copy). The bulk is rebuilt (one linear merge) once `recent` and `removed` together pass
 * about 32 x sqrt(bulk size): after a quiet history of n values and f new values per summary, a
 * summary costs about sqrt(n) + n x f / (32 x sqrt(n)) value moves instead of n (D-027).
 */
import { nearestRankOf } from './nearest-rank.js';
import { EMPTY, merge, mergeWithout, valueOfRank } from './sorted-values.js';

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

/** Room for the first values of a sample; doubled as it fills, up to `valuesMax`. */
const FIRST_CAPACITY = 16;

/** The smallest size at which `recent` and `removed` are merged into the bulk. */
const RECENT_MIN = 1024;

/**
 * Values of one measure. Past `valuesMax` values the oldest are overwritten (a ring), so percentiles
 * then describe the most recent `valuesMax` values while count, mean and max stay exact. Values live in
 * typed arrays: outside the collected heap, and sorted by the native numeric sort.
 */
export class ValueSample {
  /** Retained values: the k-th value added (from 0) is at `k % valuesMax`, a ring once full. */
  private ring: Float64Array = EMPTY;
  /** Values added since the last summary: the last `freshCount` written to the ring. */
  private freshCount = 0;
  /** Values the ring overwrote since the last summary (the first `overwrittenCount`, unsorted). */
  private overwritten: Float64Array = EMPTY;
  private overwrittenCount = 0;
  /** The retained values as of the last summary: `(bulk ⊎ recent) ⊖ removed`, each part ascending. */
  private bulk: Float64Array = EMPTY;
  private recent: Float64Array = EMPTY;
  private removed: Float64Array = EMPTY;
  private sum = 0;
  private maxValue = -Infinity;
  private cached: SampleSummary | null = null;
  /** Every value ever added, including those overwritten. */
  count = 0;

  /** `recentMin` (tests only) is the smallest size at which the recent values join the bulk. */
  constructor(
    private readonly valuesMax: number,
    private readonly recentMin = RECENT_MIN,
  ) {}

  /** Records one value. */
  add(value: number): void {
    const at = this.count % this.valuesMax;
    if (this.count >= this.valuesMax) this.noteOverwritten(this.ring[at] as number);
    else if (at >= this.ring.length) this.ring = grown(this.ring, this.valuesMax);
    this.ring[at] = value;
    this.count++;
    this.sum += value;
    if (value > this.maxValue) this.maxValue = value;
    this.cached = null;
    // Fold in before a value added since the last summary could be overwritten itself.
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
    const retained = Math.min(this.count, this.valuesMax);
    const at = (p: number): number => valueOfRank(this.bulk, this.recent, this.removed, nearestRankOf(retained, p));
    this.cached = { count: this.count, mean: this.sum / this.count, p50: at(50), p90: at(90), p95: at(95), p99: at(99), max: this.maxValue };
    return this.cached;
  }

  private noteOverwritten(value: number): void {
    if (this.overwrittenCount === this.overwritten.length) this.overwritten = grown(this.overwritten, this.valuesMax);
    this.overwritten[this.overwrittenCount++] = value;
  }

  /** Sorts what changed since the last summary into `recent` and `removed`; rebuilds the bulk when they have grown. */
  private flush(): void {
    if (this.freshCount === 0) return;
    const fresh = new Float64Array(this.freshCount);
    const first = this.count - this.freshCount;
    for (let i = 0; i < fresh.length; i++) fresh[i] = this.ring[(first + i) % this.valuesMax] as number;
    this.recent = merge(this.recent, fresh.sort());
    this.removed = merge(this.removed, this.overwritten.slice(0, this.overwrittenCount).sort());
    this.freshCount = 0;
    this.overwrittenCount = 0;
    if (this.recent.length + this.removed.length > Math.max(this.recentMin, 32 * Math.sqrt(this.bulk.length))) {
      this.bulk = mergeWithout(this.bulk, this.recent, this.removed, Math.min(this.count, this.valuesMax));
      this.recent = EMPTY;
      this.removed = EMPTY;
    }
  }
}

/** A copy of `values` with twice the room (at least FIRST_CAPACITY, at most `max`). */
function grown(values: Float64Array, max: number): Float64Array {
  const copy = new Float64Array(Math.min(max, Math.max(FIRST_CAPACITY, values.length * 2)));
  copy.set(values);
  return copy;
}
