import { describe, expect, it } from 'vitest';
import { queueOutcomesWithin } from '../../../../src/simulation/erlang/wait-distribution.js';

describe('queueOutcomesWithin', () => {
  it('matches the exponential closed forms for an arrival at the head of the queue', () => {
    const rates = { fullServiceRatePerSec: 1, abandonRatePerSec: 0.5 };
    const result = queueOutcomesWithin(Float64Array.of(1), rates, 1);
    const leftQueue = 1 - Math.exp(-1.5);
    expect(result.servedWithin).toBeCloseTo(leftQueue / 1.5, 14);
    expect(result.abandonedWithin).toBeCloseTo((0.5 * leftQueue) / 1.5, 14);
    expect(result.offeredWithin).toBeCloseTo(1 - Math.exp(-1), 14);
  });

  it('matches the hypoexponential closed form for an arrival second in the queue', () => {
    const [a, theta, t] = [0.2, 0.05, 7];
    const [r1, r2] = [a, a + theta];
    const result = queueOutcomesWithin(Float64Array.of(0, 1), { fullServiceRatePerSec: a, abandonRatePerSec: theta }, t);
    const offered = 1 - (r2 * Math.exp(-r1 * t) - r1 * Math.exp(-r2 * t)) / (r2 - r1);
    const killed = (rate: number): number => (1 - Math.exp(-(rate + theta) * t)) / (rate + theta);
    const served = ((r1 * r2) / (r2 - r1)) * (killed(r1) - killed(r2));
    expect(result.offeredWithin).toBeCloseTo(offered, 13);
    expect(result.servedWithin).toBeCloseTo(served, 13);
  });

  it('converges to the closed-form served fraction a / (a + kθ) over a long horizon of many segments', () => {
    const [a, theta, k] = [3, 0.1, 40];
    const mass = new Float64Array(k);
    mass[k - 1] = 1;
    const result = queueOutcomesWithin(mass, { fullServiceRatePerSec: a, abandonRatePerSec: theta }, 500);
    expect(result.servedWithin).toBeCloseTo(a / (a + k * theta), 12);
    expect(result.servedWithin + result.abandonedWithin).toBeCloseTo(1, 12);
    expect(result.offeredWithin).toBeCloseTo(1, 12);
  });

  it('reports nothing within a zero threshold', () => {
    const result = queueOutcomesWithin(Float64Array.of(0.5, 0.2), { fullServiceRatePerSec: 1, abandonRatePerSec: 1 }, 0);
    expect(result).toEqual({ servedWithin: 0, abandonedWithin: 0, offeredWithin: 0 });
  });
});
