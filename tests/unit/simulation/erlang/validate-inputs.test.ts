import { describe, expect, it } from 'vitest';
import { erlangA, erlangB, erlangC, staffing } from '../../../../src/simulation/erlang/index.js';

const callCentre = { agents: 14, arrivalRatePerSec: 100 / 1800, handleTimeMeanSec: 180, serviceLevelThresholdSec: 20 };
const targets = { arrivalRatePerSec: 1, handleTimeMeanSec: 180, serviceLevelThresholdSec: 20, serviceLevelMin: 0.8 };

describe('Erlang input validation', () => {
  it.each([
    [() => erlangC({ ...callCentre, agents: 0 }), 'erlangC: agents must be a positive integer (got 0)'],
    [() => erlangC({ ...callCentre, agents: 2.5 }), 'erlangC: agents must be a positive integer (got 2.5)'],
    [() => erlangC({ ...callCentre, arrivalRatePerSec: NaN }), 'erlangC: arrivalRatePerSec must be a finite number > 0 (got NaN)'],
    [() => erlangC({ ...callCentre, handleTimeMeanSec: Infinity }), 'erlangC: handleTimeMeanSec must be a finite number > 0 (got Infinity)'],
    [() => erlangC({ ...callCentre, serviceLevelThresholdSec: -1 }), 'erlangC: serviceLevelThresholdSec must be a finite number >= 0 (got -1)'],
    [() => erlangB({ servers: -3, trafficErlangs: 5 }), 'erlangB: servers must be a positive integer (got -3)'],
    [() => erlangB({ servers: 3, trafficErlangs: 0 }), 'erlangB: trafficErlangs must be a finite number > 0 (got 0)'],
    [() => erlangA({ ...callCentre, patienceMeanSec: -5 }), 'erlangA: patienceMeanSec must be a finite number > 0 (got -5)'],
    [() => erlangA({ ...callCentre, agents: 1e20, patienceMeanSec: 60 }), 'erlangA: agents must be a positive integer (got 100000000000000000000)'],
    [() => staffing({ ...targets, serviceLevelMin: 1 }), 'staffing: serviceLevelMin must be a number strictly between 0 and 1 (got 1)'],
    [() => staffing({ ...targets, agentsMax: 0 }), 'staffing: agentsMax must be a positive integer (got 0)'],
    [() => staffing({ ...targets, meanWaitMaxSec: 0 }), 'staffing: meanWaitMaxSec must be a finite number > 0 (got 0)'],
    [() => staffing({ ...targets, pAbandonMax: 0.05 }), 'staffing: pAbandonMax requires patienceMeanSec (got patienceMeanSec=undefined)'],
  ])('rejects bad input %# with a RangeError naming the field and the value', (call, message) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });

  it('rejects a missing field from an untyped caller', () => {
    const untyped = { servers: 3 } as unknown as Parameters<typeof erlangB>[0];
    expect(() => erlangB(untyped)).toThrow('erlangB: trafficErlangs must be a finite number > 0 (got undefined)');
  });
});
