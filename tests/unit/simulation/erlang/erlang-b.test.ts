import { describe, expect, it } from 'vitest';
import { erlangB } from '../../../../src/simulation/erlang/index.js';
import { relativeError } from './relative-tolerance.js';

describe('erlangB', () => {
  it('gives the exact small-case values 1/2, 1/5 and 4/109', () => {
    expect(erlangB({ servers: 1, trafficErlangs: 1 }).pBlock).toBeCloseTo(1 / 2, 15);
    expect(erlangB({ servers: 2, trafficErlangs: 1 }).pBlock).toBeCloseTo(1 / 5, 15);
    expect(erlangB({ servers: 5, trafficErlangs: 2 }).pBlock).toBeCloseTo(4 / 109, 15);
  });

  it('matches blocking computed in exact rational arithmetic for 10 and 1000 servers', () => {
    // Reference values from Python fractions: (A^c / c!) / sum_k (A^k / k!), then rounded to a double.
    expect(relativeError(erlangB({ servers: 10, trafficErlangs: 5 }).pBlock, 0.018384570336648132)).toBeLessThan(1e-12);
    expect(relativeError(erlangB({ servers: 1000, trafficErlangs: 950 }).pBlock, 0.0036492936889424097)).toBeLessThan(1e-10);
  });

  it.each([
    [10, 4.46],
    [20, 12.03],
    [50, 37.9],
    [100, 84.06],
  ])('gives 1%% blocking for %i lines at the textbook table traffic of %f Erlangs', (servers, trafficErlangs) => {
    expect(Math.abs(erlangB({ servers, trafficErlangs }).pBlock - 0.01)).toBeLessThan(0.0005);
  });

  it('stays finite and accurate for ten thousand servers', () => {
    // Independent log-space sum of the Poisson terms (Python math.lgamma): 5.371304021094892e-4.
    const { pBlock } = erlangB({ servers: 10_000, trafficErlangs: 9800 });
    expect(relativeError(pBlock, 5.371304021094892e-4)).toBeLessThan(1e-9);
  });

  it('reports carried load and occupancy as the unblocked share of the offered load', () => {
    const result = erlangB({ servers: 30, trafficErlangs: 25 });
    expect(result.carriedLoadErlangs).toBeCloseTo(25 * (1 - result.pBlock), 12);
    expect(result.occupancy).toBeCloseTo(result.carriedLoadErlangs / 30, 12);
    expect(result.offeredLoadErlangs).toBe(25);
  });

  it('blocks less with every server added', () => {
    const blocking = Array.from({ length: 40 }, (_, i) => erlangB({ servers: i + 1, trafficErlangs: 25 }).pBlock);
    for (let i = 1; i < blocking.length; i++) expect(blocking[i]).toBeLessThan(blocking[i - 1] as number);
  });
});
