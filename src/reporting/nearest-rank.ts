/**
 * Exact percentiles by nearest rank (D-011): no interpolation, no histogram. The result is always one
 * of the recorded values, so a hand-computed expectation is easy to write.
 */

/**
 * The p-th percentile of values sorted ascending, by nearest rank: the smallest value with at least
 * p % of the values at or below it, i.e. `sorted[ceil(p / 100 × n) - 1]`. Null for no values.
 * @example
 * nearestRank([10, 20, 30, 40], 50); // 20: 2 of 4 values are at or below it
 * nearestRank([10, 20, 30, 40], 90); // 40: ceil(3.6) = 4th value
 */
export function nearestRank(sorted: readonly number[], p: number): number | null {
  return sorted.length === 0 ? null : (sorted[nearestRankOf(sorted.length, p) - 1] as number);
}

/**
 * The rank (from 1) of the p-th percentile among `n` values (n >= 1), by nearest rank.
 * @example nearestRankOf(4, 90) // 4
 */
export function nearestRankOf(n: number, p: number): number {
  if (!(p > 0 && p <= 100)) throw new RangeError(`nearestRank: p must be in (0, 100] (got ${p})`);
  // p × n is an integer for integer p, so the quotient is exact whenever the rank is a whole number.
  return Math.max(1, Math.ceil((p * n) / 100));
}
