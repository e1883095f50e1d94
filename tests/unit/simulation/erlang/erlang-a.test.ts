import { describe, expect, it } from 'vitest';
import { erlangA, erlangC } from '../../../../src/simulation/erlang/index.js';
import { relativeError } from './relative-tolerance.js';

const critical = {
  agents: 30,
  arrivalRatePerSec: 10 / 60,
  handleTimeMeanSec: 180,
  patienceMeanSec: 120,
  serviceLevelThresholdSec: 20,
};

describe('erlangA', () => {
  it('reduces to Erlang C as the mean patience grows without bound', () => {
    const options = { agents: 14, arrivalRatePerSec: 100 / 1800, handleTimeMeanSec: 180, serviceLevelThresholdSec: 20 };
    const c = erlangC(options);
    const a = erlangA({ ...options, patienceMeanSec: 1e10 });
    expect(relativeError(a.pWait, c.pWait)).toBeLessThan(1e-6);
    expect(relativeError(a.meanWaitSec, c.meanWaitSec)).toBeLessThan(1e-6);
    expect(relativeError(a.meanWaitServedSec, c.meanWaitSec)).toBeLessThan(1e-6);
    expect(relativeError(a.serviceLevel, c.serviceLevel)).toBeLessThan(1e-6);
    expect(relativeError(a.pOfferedWaitWithinThreshold, c.serviceLevel)).toBeLessThan(1e-6);
    expect(relativeError(a.meanQueueLength, c.meanQueueLength)).toBeLessThan(1e-6);
    expect(relativeError(a.occupancy, c.occupancy)).toBeLessThan(1e-6);
    expect(a.pAbandon).toBeLessThan(1e-8);
  });

  it('behaves as an infinite-server queue when patience equals the handle time', () => {
    // With θ = μ every contact leaves at rate μ whether served or not: N ~ Poisson(A).
    const load = 24;
    const result = erlangA({ ...critical, agents: 26, arrivalRatePerSec: load / 180, patienceMeanSec: 180 });
    let pmf = Math.exp(-load);
    let below = 0;
    for (let n = 0; n < 26; n++) {
      below += pmf;
      pmf *= load / (n + 1);
    }
    expect(relativeError(result.meanNumberInSystem, load)).toBeLessThan(1e-12);
    expect(relativeError(result.pWait, 1 - below)).toBeLessThan(1e-10);
  });

  it("satisfies Little's law and the abandonment balance θ·Lq = λ·pAbandon", () => {
    const result = erlangA(critical);
    const lambda = critical.arrivalRatePerSec;
    expect(relativeError(result.meanQueueLength, lambda * result.meanWaitSec)).toBeLessThan(1e-12);
    expect(relativeError(result.pAbandon, result.meanQueueLength / critical.patienceMeanSec / lambda)).toBeLessThan(1e-12);
    expect(relativeError(result.occupancy * critical.agents, lambda * result.pServed * critical.handleTimeMeanSec)).toBeLessThan(1e-12);
  });

  it('splits the mean wait into the waits of answered and abandoned contacts', () => {
    const result = erlangA(critical);
    const recombined = result.pServed * result.meanWaitServedSec + result.pAbandon * result.meanWaitAbandonedSec;
    expect(relativeError(recombined, result.meanWaitSec)).toBeLessThan(1e-12);
  });

  it('never lowers the service level or raises abandonment when an agent is added', () => {
    const results = Array.from({ length: 25 }, (_, i) => erlangA({ ...critical, agents: 15 + i }));
    for (let i = 1; i < results.length; i++) {
      const [before, after] = [results[i - 1], results[i]] as const;
      expect(after?.serviceLevel).toBeGreaterThanOrEqual(before?.serviceLevel as number);
      expect(after?.pAbandon).toBeLessThanOrEqual(before?.pAbandon as number);
      expect(after?.meanWaitServedSec).toBeLessThanOrEqual(before?.meanWaitServedSec as number);
    }
  });

  it('orders the time-based probabilities consistently at the threshold', () => {
    const r = erlangA(critical);
    expect(r.serviceLevel).toBeLessThan(r.pOfferedWaitWithinThreshold);
    expect(r.serviceLevel + r.pAbandonWithinThreshold).toBeCloseTo(r.pWaitWithinThreshold, 14);
    expect(r.pAbandonWithinThreshold).toBeLessThan(r.pAbandon);
  });

  it('handles thousands of agents in heavy overload', () => {
    const result = erlangA({ ...critical, agents: 4000, arrivalRatePerSec: 5000 / 180 });
    // Overloaded with abandonment, almost every agent is busy and the carried load is about c.
    expect(result.occupancy).toBeGreaterThan(0.999);
    expect(result.pServed).toBeCloseTo((4000 * result.occupancy) / 5000, 9);
    expect(result.pWait).toBeGreaterThan(0.99);
  });

  it('rejects a patience so long that the overloaded queue is effectively unbounded', () => {
    expect(() => erlangA({ ...critical, agents: 10, patienceMeanSec: 1e9 })).toThrow(
      /^erlangA: patienceMeanSec is too long for this overload: .*agents=10, .*patienceMeanSec=1000000000\)$/,
    );
  });
});
