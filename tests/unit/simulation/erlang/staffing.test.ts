import { describe, expect, it } from 'vitest';
import { erlangA, erlangC, staffing } from '../../../../src/simulation/erlang/index.js';

const traffic = { arrivalRatePerSec: 100 / 1800, handleTimeMeanSec: 180, serviceLevelThresholdSec: 20 };

describe('staffing', () => {
  it('finds 14 agents for the published 80/20 example, and 13 agents miss it', () => {
    const result = staffing({ ...traffic, serviceLevelMin: 0.8 });
    expect(result.model).toBe('erlang-c');
    expect(result.agents).toBe(14);
    expect(result.metrics.serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(erlangC({ ...traffic, agents: 13 }).serviceLevel).toBeLessThan(0.8);
  });

  it.each([0.5, 0.8, 0.9, 0.95, 0.99])('returns the smallest Erlang C count for a service level of %f', (serviceLevelMin) => {
    const options = { arrivalRatePerSec: 3000 / 1800, handleTimeMeanSec: 240, serviceLevelThresholdSec: 15 };
    const { agents, metrics } = staffing({ ...options, serviceLevelMin });
    expect(metrics.serviceLevel).toBeGreaterThanOrEqual(serviceLevelMin);
    expect(erlangC({ ...options, agents: agents - 1 }).serviceLevel).toBeLessThan(serviceLevelMin);
  });

  it('uses Erlang A when a patience is given and returns the smallest count meeting every target', () => {
    const options = { ...traffic, arrivalRatePerSec: 10 / 60, patienceMeanSec: 120 };
    const result = staffing({ ...options, serviceLevelMin: 0.8, pAbandonMax: 0.02 });
    expect(result.model).toBe('erlang-a');
    if (result.model !== 'erlang-a') return;
    expect(result.metrics).toEqual(erlangA({ ...options, agents: result.agents }));
    expect(result.metrics.serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(result.metrics.pAbandon).toBeLessThanOrEqual(0.02);
    const fewer = erlangA({ ...options, agents: result.agents - 1 });
    expect(fewer.serviceLevel < 0.8 || fewer.pAbandon > 0.02).toBe(true);
  });

  it('adds agents beyond the service-level count to meet a maximum mean wait', () => {
    const bySl = staffing({ ...traffic, serviceLevelMin: 0.8 });
    const byWait = staffing({ ...traffic, serviceLevelMin: 0.8, meanWaitMaxSec: 2 });
    expect(byWait.agents).toBeGreaterThan(bySl.agents);
    expect(byWait.model === 'erlang-c' && byWait.metrics.meanWaitSec).toBeLessThanOrEqual(2);
    expect(erlangC({ ...traffic, agents: byWait.agents - 1 }).meanWaitSec).toBeGreaterThan(2);
  });

  it('returns the smallest Erlang A count for thousands of agents', () => {
    const options = { ...traffic, arrivalRatePerSec: 5000 / 180, patienceMeanSec: 120 };
    const result = staffing({ ...options, serviceLevelMin: 0.9, pAbandonMax: 0.01 });
    expect(result.agents).toBeGreaterThan(4000);
    const fewer = erlangA({ ...options, agents: result.agents - 1 });
    expect(fewer.serviceLevel < 0.9 || fewer.pAbandon > 0.01).toBe(true);
  });

  it('throws when no count up to agentsMax meets the targets', () => {
    expect(() => staffing({ ...traffic, serviceLevelMin: 0.8, agentsMax: 13 })).toThrow(
      'staffing: no agent count up to agentsMax meets the targets (got agentsMax=13)',
    );
  });
});
