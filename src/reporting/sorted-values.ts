/**
 * Ascending `Float64Array`s of sample values, and the operations `ValueSample` needs on them: merging,
 * taking away a multiset of values, and finding the value of a given rank in `(bulk ⊎ recent) ⊖
 * removed` without building it. Equal values are interchangeable, so a multiset of removed values is
 * enough to forget particular ones.
 */
import { assert } from '../domain/errors.js';

/** An empty list, shared (never written). */
export const EMPTY = new Float64Array(0);

/** How many values of an ascending list are at or below `value`. */
export function countAtOrBelow(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as number) <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * `(a ⊎ b) ⊖ removed` as one ascending list of `length` values; `removed` must be part of `a ⊎ b`.
 * @example mergeWithout(Float64Array.of(1, 3), Float64Array.of(2, 3), Float64Array.of(3), 3) // [1, 2, 3]
 */
export function mergeWithout(a: Float64Array, b: Float64Array, removed: Float64Array, length: number): Float64Array {
  const out = new Float64Array(length);
  let i = 0;
  let j = 0;
  let r = 0;
  let k = 0;
  while (i < a.length || j < b.length) {
    const value = j >= b.length || (i < a.length && (a[i] as number) <= (b[j] as number)) ? (a[i++] as number) : (b[j++] as number);
    if (r < removed.length && removed[r] === value) r++;
    else out[k++] = value;
  }
  assert(k === length && r === removed.length, 'reporting/sorted-values: removed values must be among the merged ones');
  return out;
}

/** `a ⊎ b`, ascending. */
export function merge(a: Float64Array, b: Float64Array): Float64Array {
  return a.length === 0 ? b : b.length === 0 ? a : mergeWithout(a, b, EMPTY, a.length + b.length);
}

/**
 * The `rank`-th smallest value (from 1) of `(bulk ⊎ recent) ⊖ removed`, where `removed` is part of
 * `bulk ⊎ recent`: the smallest value of either list with at least `rank` values at or below it.
 * O(log² n), without merging.
 */
export function valueOfRank(bulk: Float64Array, recent: Float64Array, removed: Float64Array, rank: number): number {
  const atOrBelow = (value: number): number => countAtOrBelow(bulk, value) + countAtOrBelow(recent, value) - countAtOrBelow(removed, value);
  return Math.min(smallestReaching(bulk, rank, atOrBelow), smallestReaching(recent, rank, atOrBelow));
}

/** The smallest value of `sorted` with `atOrBelow(value) >= rank`, or Infinity when none has. */
function smallestReaching(sorted: Float64Array, rank: number, atOrBelow: (value: number) => number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (atOrBelow(sorted[mid] as number) >= rank) high = mid;
    else low = mid + 1;
  }
  return low < sorted.length ? (sorted[low] as number) : Infinity;
}
