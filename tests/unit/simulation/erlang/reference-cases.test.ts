/**
 * Checks the Erlang calculators against tests/reference/queueing-cases.json: every exact
 * value in `expected.overall` to 1e-6 relative, and every published value to its printed precision.
 * Cases of model M/M/c (and its special case M/M/1), M/M/c/c and M/M/c+M are covered.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { erlangA, erlangB, erlangC } from '../../../../src/simulation/erlang/index.js';
import { publishedTolerance, relativeError } from './relative-tolerance.js';

interface ReferenceCase {
  id: string;
  model: string;
  params: {
    classes: { arrival_rate: number; service: { mean: number }; patience: { mean: number } | null }[];
    agent_groups: { count: number }[];
    sl_threshold: number;
  };
  published: { source: string; values: Record<string, number>; approximate?: boolean }[];
  expected: { overall: Record<string, number> };
}

const referencePath = fileURLToPath(new URL('../../../reference/queueing-cases.json', import.meta.url));
const reference = JSON.parse(readFileSync(referencePath, 'utf8')) as { cases: ReferenceCase[] };

/** Reference metrics that a model's calculator does not produce (anything else unmapped fails). */
const NOT_COMPUTED: Record<string, readonly string[]> = {
  'M/M/c': ['p_abandon'],
  'M/M/1': ['p_abandon'],
  'M/M/c/c': [],
  'M/M/c+M': [],
};

function computedMetrics(testCase: ReferenceCase): Record<string, number> {
  const { classes, agent_groups: groups, sl_threshold: thresholdSec } = testCase.params;
  const [only] = classes;
  const [group] = groups;
  if (only === undefined || group === undefined || classes.length > 1 || groups.length > 1) {
    throw new Error(`${testCase.id}: expected one class and one agent group`);
  }
  const base = {
    agents: group.count,
    arrivalRatePerSec: only.arrival_rate,
    handleTimeMeanSec: only.service.mean,
    serviceLevelThresholdSec: thresholdSec,
  };
  if (testCase.model === 'M/M/c/c') {
    const b = erlangB({ servers: base.agents, trafficErlangs: base.arrivalRatePerSec * base.handleTimeMeanSec });
    return {
      offered_load_erlangs: b.offeredLoadErlangs,
      p_block: b.pBlock,
      occupancy: b.occupancy,
      carried_load_erlangs: b.carriedLoadErlangs,
    };
  }
  if (testCase.model === 'M/M/c+M') {
    if (only.patience === null) throw new Error(`${testCase.id}: M/M/c+M needs a patience`);
    const a = erlangA({ ...base, patienceMeanSec: only.patience.mean });
    return {
      offered_load_erlangs: a.offeredLoadErlangs,
      p_wait: a.pWait,
      p_abandon: a.pAbandon,
      p_served: a.pServed,
      mean_wait_all: a.meanWaitSec,
      mean_wait_served: a.meanWaitServedSec,
      mean_wait_abandoned: a.meanWaitAbandonedSec,
      sl_answered_within_t: a.serviceLevel,
      sl_answered_within_t_of_answered: a.serviceLevelOfAnswered,
      sl_answered_within_t_excl_abandon_within_t: a.serviceLevelExclShortAbandons,
      p_wait_le_t_any_outcome: a.pWaitWithinThreshold,
      p_abandon_within_t: a.pAbandonWithinThreshold,
      p_offered_wait_le_t: a.pOfferedWaitWithinThreshold,
      mean_queue_length: a.meanQueueLength,
      mean_number_in_system: a.meanNumberInSystem,
      occupancy: a.occupancy,
    };
  }
  const c = erlangC(base);
  // Without abandonment every arrival is answered, so the served-only figures equal the overall ones.
  return {
    offered_load_erlangs: c.offeredLoadErlangs,
    p_wait: c.pWait,
    mean_wait_all: c.meanWaitSec,
    mean_wait_served: c.meanWaitSec,
    mean_wait_given_wait: c.meanWaitGivenWaitSec,
    sl_answered_within_t: c.serviceLevel,
    sl_answered_within_t_of_answered: c.serviceLevel,
    mean_queue_length: c.meanQueueLength,
    occupancy: c.occupancy,
  };
}

const cases = reference.cases.filter((testCase) => testCase.model in NOT_COMPUTED);

describe(`Erlang calculators against ${referencePath}`, () => {
  it('finds at least one reference case for each of Erlang B, C and A', () => {
    const models = new Set(cases.map((testCase) => testCase.model));
    expect(models).toContain('M/M/c');
    expect(models).toContain('M/M/c/c');
    expect(models).toContain('M/M/c+M');
  });

  it.each(cases)('computes every expected metric of case $id, or lists it as not computed', (testCase) => {
    const computed = computedMetrics(testCase);
    const notComputed = NOT_COMPUTED[testCase.model] ?? [];
    const unmapped = Object.keys(testCase.expected.overall).filter(
      (name) => !(name in computed) && !notComputed.includes(name),
    );
    expect(unmapped).toEqual([]);
  });

  it.each(cases)('matches the expected values of case $id to a relative tolerance of 1e-6', (testCase) => {
    const computed = computedMetrics(testCase);
    const mismatches = Object.entries(testCase.expected.overall)
      .filter(([name]) => name in computed)
      .map(([name, expected]) => ({ name, expected, actual: computed[name] as number }))
      .filter(({ actual, expected }) => !(relativeError(actual, expected) <= 1e-6));
    expect(mismatches).toEqual([]);
  });

  it.each(cases.filter((testCase) => testCase.published.length > 0))(
    'matches the published values of case $id to the precision they are printed with',
    (testCase) => {
      const computed = computedMetrics(testCase);
      const mismatches = testCase.published.flatMap((source) =>
        Object.entries(source.values).map(([name, published]) => ({
          source: source.source,
          name,
          published,
          actual: computed[name],
          tolerance: publishedTolerance(published, source.approximate === true),
        })),
      );
      const failures = mismatches.filter(
        ({ actual, published, tolerance }) => actual === undefined || !(Math.abs(actual - published) <= tolerance),
      );
      expect(failures).toEqual([]);
    },
  );
});
