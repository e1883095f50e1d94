import { describe, expect, it } from 'vitest';
import { erlangC } from '../../../../src/simulation/erlang/index.js';

const callCentre = { arrivalRatePerSec: 100 / 1800, handleTimeMeanSec: 180, serviceLevelThresholdSec: 20 };

describe('erlangC', () => {
  it('reduces to the M/M/1 closed forms for a single agent', () => {
    // rho = 0.8, mu = 1/60: P(wait) = rho, ASA = rho / (mu - lambda), SL = 1 - rho·e^{-(mu - lambda)t}.
    const result = erlangC({ agents: 1, arrivalRatePerSec: 0.8 / 60, handleTimeMeanSec: 60, serviceLevelThresholdSec: 30 });
    expect(result.pWait).toBeCloseTo(0.8, 14);
    expect(result.meanWaitSec).toBeCloseTo(0.8 / (0.2 / 60), 9);
    expect(result.serviceLevel).toBeCloseTo(1 - 0.8 * Math.exp(-(0.2 / 60) * 30), 14);
    expect(result.meanQueueLength).toBeCloseTo(0.8 ** 2 / 0.2, 12);
  });

  it('gives a service level of 1 − pWait at a zero threshold', () => {
    const result = erlangC({ ...callCentre, agents: 14, serviceLevelThresholdSec: 0 });
    expect(result.serviceLevel).toBeCloseTo(1 - result.pWait, 15);
  });

  it('never lowers the service level or raises the wait when an agent is added', () => {
    const results = Array.from({ length: 30 }, (_, i) => erlangC({ ...callCentre, agents: 11 + i }));
    for (let i = 1; i < results.length; i++) {
      const [before, after] = [results[i - 1], results[i]] as const;
      expect(after?.serviceLevel).toBeGreaterThanOrEqual(before?.serviceLevel as number);
      expect(after?.meanWaitSec).toBeLessThanOrEqual(before?.meanWaitSec as number);
      expect(after?.pWait).toBeLessThanOrEqual(before?.pWait as number);
    }
  });

  it('reports an unstable queue with infinite waits when the load reaches the agent count', () => {
    for (const agents of [9, 10]) {
      const result = erlangC({ ...callCentre, agents });
      expect(result).toMatchObject({ stable: false, pWait: 1, serviceLevel: 0, occupancy: 1 });
      expect(result.meanWaitSec).toBe(Infinity);
      expect(result.meanQueueLength).toBe(Infinity);
    }
    expect(erlangC({ ...callCentre, agents: 11 }).stable).toBe(true);
  });

  it('stays accurate for thousands of agents', () => {
    const result = erlangC({ agents: 5018, arrivalRatePerSec: 5000 / 180, handleTimeMeanSec: 180, serviceLevelThresholdSec: 20 });
    expect(result.stable).toBe(true);
    expect(result.pWait).toBeGreaterThan(0);
    expect(result.pWait).toBeLessThan(1);
    expect(result.serviceLevel).toBeGreaterThan(0.9);
    expect(result.meanQueueLength).toBeCloseTo(result.meanWaitSec * (5000 / 180), 9);
  });
});
