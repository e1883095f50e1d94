/**
 * Simulation speed: customers per second for an Erlang A (M/M/c+M) scenario run by the project's
 * simulator (`runSimulation`): Poisson arrivals, exponential handle times and patience, one voice queue
 * in auto-accept mode, capacity 1, no wrap-up. The run includes everything a simulation does: the
 * simulated customers and agents, the report, the queueing metrics and the timeline. The observed
 * abandonment is printed next to `erlangA`'s exact value as a sanity check (not of speed).
 */
import type { ScenarioInput, SimulationResult } from '../src/index.js';
import { Checksum } from './checksum.js';
import { type BenchResult, higher, type Lib, lower } from './lib.js';
import { measure, perSec } from './stats.js';

/** Parameters of the Erlang A scenario. */
export interface SimulationParams {
  readonly name?: string;
  readonly agents?: number;
  readonly arrivalsPerMin?: number;
  readonly handleMeanSec?: number;
  readonly patienceMeanSec?: number;
  readonly customers?: number;
  readonly warmupCustomers?: number;
  readonly seed?: number;
}

const DEFAULTS = { name: 'simulation', agents: 400, arrivalsPerMin: 100, handleMeanSec: 240, patienceMeanSec: 120, customers: 200_000, warmupCustomers: 20_000, seed: 1 };

/** Runs the benchmark against `lib`. */
export async function run(lib: Lib, params: SimulationParams = {}): Promise<BenchResult> {
  const p = { ...DEFAULTS, ...params };
  if (p.warmupCustomers > 0) simulate(lib, { ...p, customers: p.warmupCustomers });
  const measured = await measure(() => simulate(lib, p));
  const result = measured.value;
  if (result.refusedCommands > 0) throw new Error(`bench/${p.name}: the engine refused ${result.refusedCommands} command(s): the run is broken, not measured`);
  const overall = result.queueing.overall;
  const exact = lib.erlangA({
    agents: p.agents,
    arrivalRatePerSec: p.arrivalsPerMin / 60,
    handleTimeMeanSec: p.handleMeanSec,
    patienceMeanSec: p.patienceMeanSec,
    serviceLevelThresholdSec: 20,
  });
  const checksum = new Checksum()
    .numbers([result.customers, result.endMs, overall.arrivals, overall.answered, overall.abandoned, overall.mean_wait_all ?? -1])
    .digest();
  return {
    name: p.name,
    params: p,
    metrics: {
      customersPerSec: higher(perSec(p.customers, measured.times.wallMs), 'customers/s'),
      customersPerCpuSec: higher(perSec(p.customers, measured.times.cpuMs), 'customers/CPU-s'),
      gcShare: lower(measured.times.gcMs / measured.times.wallMs, 'fraction'),
    },
    checksum,
    details: {
      times: measured.times,
      abandonFraction: overall.p_abandon,
      erlangAAbandonFraction: exact.pAbandon,
      measuredArrivals: overall.arrivals,
    },
  };
}

/** The Erlang A scenario: `customers` arrivals, the first 10 % of them a warm-up. */
export function erlangAScenario(p: typeof DEFAULTS): ScenarioInput {
  return {
    name: 'Erlang A benchmark',
    seed: p.seed,
    horizon: { customers: p.customers },
    warmupCustomersFraction: 0.1,
    // One report interval and a coarse timeline: speed is measured, not the curves.
    reportIntervalMs: 2 ** 45,
    sampleMs: 2 ** 40,
    queues: [{ id: 'erlang', channels: ['voice'], offerMode: 'auto-accept', wrapUpMs: 0 }],
    agentGroups: [{ id: 'agents', count: p.agents, capacity: { voice: 1 }, memberships: [{ queueId: 'erlang' }] }],
    arrivals: [
      {
        id: 'calls',
        queueId: 'erlang',
        channel: 'voice',
        ratePerHour: p.arrivalsPerMin * 60,
        handleTime: { kind: 'exponential', meanMs: p.handleMeanSec * 1000 },
        patience: { kind: 'exponential', meanMs: p.patienceMeanSec * 1000 },
      },
    ],
  };
}

/** One run of the scenario. */
function simulate(lib: Lib, p: typeof DEFAULTS): SimulationResult {
  return lib.runSimulation(erlangAScenario(p));
}
