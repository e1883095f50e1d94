import { describe, expect, it } from 'vitest';
import { countAtOrBelow, merge, mergeWithout, valueOfRank } from '../../../src/reporting/sorted-values.js';

const list = (...values: number[]): Float64Array => Float64Array.from(values);

describe('sorted sample values', () => {
  it('counts the values at or below a value', () => {
    const sorted = list(1, 3, 3, 7);
    expect([0, 1, 3, 5, 7, 9].map((v) => countAtOrBelow(sorted, v))).toEqual([0, 1, 3, 3, 4, 4]);
  });

  it('merges two lists and takes away one copy of each removed value', () => {
    expect([...merge(list(1, 5), list(2, 5, 9))]).toEqual([1, 2, 5, 5, 9]);
    expect([...mergeWithout(list(1, 3, 3), list(2, 3), list(3, 3), 3)]).toEqual([1, 2, 3]);
    expect(() => mergeWithout(list(1, 3), list(), list(2), 1)).toThrow('removed values must be among the merged ones');
  });

  it('finds the value of a rank in (bulk + recent) - removed without merging', () => {
    // (1, 4, 4, 8) + (2, 4, 9) - (4, 8) = 1, 2, 4, 4, 9.
    const bulk = list(1, 4, 4, 8);
    const recent = list(2, 4, 9);
    const removed = list(4, 8);
    expect([1, 2, 3, 4, 5].map((rank) => valueOfRank(bulk, recent, removed, rank))).toEqual([1, 2, 4, 4, 9]);
    // Every copy of a value removed: (5) + (5, 6) - (5, 5) = 6 ... and rank 1 of it.
    expect(valueOfRank(list(5), list(5, 6), list(5, 5), 1)).toBe(6);
  });
});
