import { describe, expect, it } from 'vitest';
import { nearestRank } from '../../../src/reporting/nearest-rank.js';
import { ValueSample } from '../../../src/reporting/value-sample.js';

describe('nearestRank', () => {
  it('returns the smallest value with at least p % of the values at or below it', () => {
    // Four values: p50 -> rank 2, p75 -> rank 3, p76 -> rank ceil(3.04) = 4, p1 -> rank 1.
    expect(nearestRank([10, 20, 30, 40], 50)).toBe(20);
    expect(nearestRank([10, 20, 30, 40], 75)).toBe(30);
    expect(nearestRank([10, 20, 30, 40], 76)).toBe(40);
    expect(nearestRank([10, 20, 30, 40], 1)).toBe(10);
  });

  it('returns null for no values and rejects p outside (0, 100]', () => {
    expect(nearestRank([], 50)).toBeNull();
    expect(() => nearestRank([1], 0)).toThrow('p must be in (0, 100] (got 0)');
  });
});

describe('ValueSample', () => {
  it('summarises mean, percentiles and max of the values', () => {
    const sample = new ValueSample(100);
    for (const v of [5, 1, 3]) sample.add(v);
    expect(sample.summary()).toEqual({ count: 3, mean: 3, p50: 3, p90: 5, p95: 5, p99: 5, max: 5 });
  });

  it('keeps count, mean and max exact past valuesMax while percentiles use the latest values', () => {
    // valuesMax 3, values 1..5: kept {3, 4, 5}; p50 rank 2 -> 4. Mean (1 + ... + 5) / 5 = 3; max 5.
    const sample = new ValueSample(3);
    for (const v of [1, 2, 3, 4, 5]) sample.add(v);
    expect(sample.summary()).toEqual({ count: 5, mean: 3, p50: 4, p90: 5, p95: 5, p99: 5, max: 5 });
  });
});

describe('ValueSample between summaries', () => {
  it('gives the same summary when asked again and after more values, with overwritten values left out', () => {
    // valuesMax 4: add 10, 20, 30, 40 -> summary; add 5, 50 (overwrite 10, 20) -> kept {30, 40, 5, 50}.
    // Sorted [5, 30, 40, 50]: p50 rank 2 -> 30; p90 rank ceil(3.6) = 4 -> 50. Mean of all six = 155 / 6.
    const sample = new ValueSample(4);
    for (const v of [10, 20, 30, 40]) sample.add(v);
    expect(sample.summary().p50).toBe(20);
    expect(sample.summary()).toBe(sample.summary());
    sample.add(5);
    sample.add(50);
    expect(sample.summary()).toEqual({ count: 6, mean: 155 / 6, p50: 30, p90: 50, p95: 50, p99: 50, max: 50 });
  });

  it('keeps equal values apart when one copy is overwritten', () => {
    // valuesMax 2: 7, 7, 3 -> kept {7, 3}: p50 rank 1 -> 3, p90 rank 2 -> 7.
    const sample = new ValueSample(2);
    for (const v of [7, 7, 3]) sample.add(v);
    expect(sample.summary()).toMatchObject({ p50: 3, p90: 7 });
  });
});
