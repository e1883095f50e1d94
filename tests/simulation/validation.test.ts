/**
 * The simulator against queueing theory: every case of the reference file (Erlang C, M/M/1, Erlang B,
 * Erlang A, non-preemptive priorities), and cases checked against exact formulas: M/D/1 and M/G/1
 * (lognormal) mean waits by Pollaczek-Khinchine, Erlang B insensitivity (an M/G/c/c loss system with
 * lognormal service blocks like Erlang B) and two disjoint M/M/c systems in one scenario (skills keep
 * them apart; each must match Erlang C).
 *
 * Tolerances. File cases: the file's `tolerance_abs_200k` (5 standard errors of a 200,000-customer run)
 * times sqrt(200,000 / N measured). Other cases: 5 batch-means standard errors of this very run (20
 * batches of consecutive customers, the file's method), so every check is a 5-sigma check: a correct
 * simulator essentially never fails, a bias of a few standard errors does.
 *
 * Size: CI_CUSTOMERS per case (10 % warm-up), about 30 s of CPU for the file on this machine;
 * `SWITCHBOARD_VALIDATION=full npx vitest run tests/simulation/validation.test.ts` runs 200,000 measured
 * customers per case; `SWITCHBOARD_VALIDATION_PRINT=1` prints every comparison. Every failure prints
 * the seed, the case and measured vs expected vs tolerance.
 */
import { describe, expect, it } from 'vitest';
import { erlangB, erlangC } from '../../src/simulation/erlang/index.js';
import { runSimulation, type QueueingMetrics, type SimulationResult } from '../../src/simulation/index.js';
import { batchMeans, type Observation, observationsOf } from './batch-means.js';
import { type ReferenceCase, type ReferenceParams, referenceCases, scenarioOf } from './reference-cases.js';

const FULL = process.env.SWITCHBOARD_VALIDATION === 'full';
/** Customers per case: 100,000 measured after a 10 % warm-up (CI), or 200,000 measured (full). */
const CUSTOMERS = FULL ? 222_223 : 111_112;
const TIMEOUT_MS = FULL ? 600_000 : 120_000;

/** One comparison, printed with the seed when any fails. */
interface Check {
  readonly metric: string;
  readonly measured: number | null;
  readonly expected: number;
  readonly tolerance: number;
}

function failures(checks: readonly Check[]): Check[] {
  return checks.filter((c) => c.measured === null || !(Math.abs(c.measured - c.expected) <= c.tolerance));
}

function describeChecks(title: string, seed: number, checks: readonly Check[]): string {
  const lines = checks.map((c) => {
    const flag = failures([c]).length > 0 ? 'FAIL' : 'ok  ';
    return `${flag} ${c.metric}: measured ${c.measured?.toPrecision(6)} expected ${c.expected.toPrecision(6)} tolerance ${c.tolerance.toPrecision(3)}`;
  });
  return `${title} (seed ${seed}, ${CUSTOMERS} customers):\n${lines.join('\n')}`;
}

function expectWithin(title: string, seed: number, checks: readonly Check[]): void {
  if (process.env.SWITCHBOARD_VALIDATION_PRINT === '1') console.log(describeChecks(title, seed, checks));
  expect(failures(checks), describeChecks(title, seed, checks)).toEqual([]);
}

/** A metric in the file's units: waits in seconds. */
function inFileUnits(metrics: QueueingMetrics, name: string): number | null {
  const value = (metrics as unknown as Record<string, number | null>)[name];
  if (value === null || value === undefined) return null;
  return name.startsWith('mean_wait') ? value / 1000 : value;
}

/** Checks of every metric the case gives a tolerance for, overall and by class. */
function fileChecks(c: ReferenceCase, result: SimulationResult): Check[] {
  const scale = Math.sqrt(200_000 / result.queueing.overall.arrivals);
  const checks: Check[] = [];
  for (const [metric, tolerance] of Object.entries(c.tolerance_abs_200k)) {
    if (typeof tolerance === 'number') {
      checks.push({ metric, measured: inFileUnits(result.queueing.overall, metric), expected: c.expected.overall[metric] as number, tolerance: tolerance * scale });
      continue;
    }
    // Per-class tolerances are for a 200,000-customer run as a whole: the same scale applies.
    for (const [className, perClass] of Object.entries(tolerance)) {
      for (const [name, t] of Object.entries(perClass)) {
        const measured = result.queueing.byClass[className];
        checks.push({
          metric: `${className}.${name}`,
          measured: measured === undefined ? null : inFileUnits(measured, name),
          expected: c.expected.by_class?.[className]?.[name] as number,
          tolerance: t * scale,
        });
      }
    }
  }
  return checks;
}

describe('the simulator against the reference file (tests/reference/queueing-cases.json)', () => {
  referenceCases().forEach((c, i) => {
    const seed = 101 + i;
    it(`${c.id} (${c.model}, seed ${seed}): ${c.description}`, { timeout: TIMEOUT_MS }, () => {
      const result = runSimulation(scenarioOf(c.params, seed, CUSTOMERS));
      expect(result.refusedCommands).toBe(0);
      expect(result.queueing.unresolved).toBe(0);
      expectWithin(c.id, seed, fileChecks(c, result));
    });
  });
});

/** A check of a per-customer mean against theory, with 5 batch-means standard errors as tolerance. */
function theoryCheck(metric: string, observations: readonly Observation[], value: (o: Observation) => number | null, expected: number, reported: number | null): Check[] {
  const { mean, se } = batchMeans(observations, value);
  return [
    { metric, measured: mean, expected, tolerance: 5 * se },
    // The log read back must agree with the simulator's own metric (same customers, same definition).
    { metric: `${metric} (simulator = log)`, measured: reported, expected: mean, tolerance: 1e-9 * Math.max(1, Math.abs(mean)) },
  ];
}

const waitAll = (o: Observation): number | null => (o.outcome === 'blocked' ? null : o.waitSec);
const waited = (o: Observation): number => (o.outcome === 'answered' && o.waitSec === 0 ? 0 : 1);
const blocked = (o: Observation): number => (o.outcome === 'blocked' ? 1 : 0);
const ofClass = (name: string, f: (o: Observation) => number | null) => (o: Observation): number | null => (o.className === name ? f(o) : null);

/** Runs a theory case with its event log kept, and reads back its measured customers. */
function runTheoryCase(params: ReferenceParams, seed: number): { result: SimulationResult; observations: Observation[] } {
  const result = runSimulation(scenarioOf(params, seed, CUSTOMERS), { keepEvents: true });
  expect(result.refusedCommands).toBe(0);
  expect(result.queueing.unresolved).toBe(0);
  return { result, observations: observationsOf(result) };
}

/** A single-class M/G/c case with the given service, seconds and per-second rates. */
function singleClass(ratePerSec: number, service: ReferenceParams['classes'][number]['service'], agents: number, capacity: number | null): ReferenceParams {
  return {
    classes: [{ name: 'A', arrival_rate: ratePerSec, service, patience: null, priority: 0 }],
    agent_groups: [{ count: agents, skills: ['A'] }],
    queue_capacity: capacity,
    sl_threshold: 20,
  };
}

/** Pollaczek-Khinchine: the M/G/1 mean wait in queue, E[Wq] = lambda E[S^2] / (2 (1 - rho)). */
function pollaczekKhinchineWaitSec(ratePerSec: number, meanSec: number, sdSec: number): number {
  const rho = ratePerSec * meanSec;
  return (ratePerSec * (sdSec ** 2 + meanSec ** 2)) / (2 * (1 - rho));
}

describe('the simulator against exact theory (cases not in the reference file)', () => {
  it('M/D/1, rho 0.7 (seed 201): P(wait) = rho and the Pollaczek-Khinchine mean wait', { timeout: TIMEOUT_MS }, () => {
    const seed = 201;
    const params = singleClass(0.01, { dist: 'deterministic', mean: 70 }, 1, null);
    const { result, observations } = runTheoryCase(params, seed);
    const overall = result.queueing.overall;
    expectWithin('M/D/1', seed, [
      ...theoryCheck('p_wait', observations, waited, 0.7, overall.p_wait),
      ...theoryCheck('mean_wait_all', observations, waitAll, pollaczekKhinchineWaitSec(0.01, 70, 0), inFileUnits(overall, 'mean_wait_all')),
    ]);
  });

  it('M/G/1 with lognormal service (mean 60 s, sd 120 s), rho 0.6 (seed 202): Pollaczek-Khinchine', { timeout: TIMEOUT_MS }, () => {
    const seed = 202;
    const params = singleClass(0.01, { dist: 'lognormal', mean: 60, sd: 120 }, 1, null);
    const { result, observations } = runTheoryCase(params, seed);
    const overall = result.queueing.overall;
    expectWithin('M/G/1 lognormal', seed, [
      ...theoryCheck('p_wait', observations, waited, 0.6, overall.p_wait),
      ...theoryCheck('mean_wait_all', observations, waitAll, pollaczekKhinchineWaitSec(0.01, 60, 120), inFileUnits(overall, 'mean_wait_all')),
    ]);
  });

  it('M/G/10/10 with lognormal service blocks like Erlang B (insensitivity) (seed 203)', { timeout: TIMEOUT_MS }, () => {
    const seed = 203;
    const params = singleClass(8 / 180, { dist: 'lognormal', mean: 180, sd: 360 }, 10, 0);
    const { result, observations } = runTheoryCase(params, seed);
    const expected = erlangB({ servers: 10, trafficErlangs: 8 });
    expectWithin('M/G/10/10 lognormal', seed, theoryCheck('p_block', observations, blocked, expected.pBlock, result.queueing.overall.p_block));
  });

  it('two disjoint M/M/c systems in one scenario each match Erlang C (seed 204)', { timeout: TIMEOUT_MS }, () => {
    const seed = 204;
    const params: ReferenceParams = {
      classes: [
        { name: 'X', arrival_rate: 4 / 120, service: { dist: 'exponential', mean: 120 }, patience: null, priority: 0 },
        { name: 'Y', arrival_rate: 6 / 300, service: { dist: 'exponential', mean: 300 }, patience: null, priority: 0 },
      ],
      agent_groups: [
        { count: 5, skills: ['X'] },
        { count: 8, skills: ['Y'] },
      ],
      queue_capacity: null,
      sl_threshold: 20,
    };
    const { result, observations } = runTheoryCase(params, seed);
    const checks: Check[] = [];
    for (const [name, agents, rate, mean] of [['X', 5, 4 / 120, 120], ['Y', 8, 6 / 300, 300]] as const) {
      const theory = erlangC({ agents, arrivalRatePerSec: rate, handleTimeMeanSec: mean, serviceLevelThresholdSec: 20 });
      const reported = result.queueing.byClass[name] as QueueingMetrics;
      checks.push(
        ...theoryCheck(`${name}.p_wait`, observations, ofClass(name, waited), theory.pWait, reported.p_wait),
        ...theoryCheck(`${name}.mean_wait_all`, observations, ofClass(name, waitAll), theory.meanWaitSec, inFileUnits(reported, 'mean_wait_all')),
        ...theoryCheck(`${name}.sl_answered_within_t`, observations, ofClass(name, (o) => (o.outcome === 'answered' && o.waitSec <= 20 ? 1 : 0)), theory.serviceLevel, reported.sl_answered_within_t),
      );
    }
    expectWithin('two disjoint M/M/c', seed, checks);
  });
});
