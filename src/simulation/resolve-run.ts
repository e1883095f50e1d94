/**
 * The settings of one run: the scenario parsed with the options' overrides applied, the start instant,
 * the horizon and the measurement start. Bad options throw a RangeError naming the option and value.
 */
import { DateTime } from 'luxon';
import { parseScenario } from './parse-scenario.js';
import type { Scenario } from './scenario.schema.js';
import type { SimulationOptions } from './simulation-result.js';
import { measureFromMs, type ResolvedHorizon } from './warmup.js';

/** A run's resolved settings. */
export interface ResolvedRun {
  readonly scenario: Scenario;
  readonly startMs: number;
  readonly horizon: ResolvedHorizon;
  readonly measureFromMs: number;
}

/**
 * Parses the scenario (throwing a `ConfigError` listing every problem) and applies the options.
 * @example resolveRun(DEFAULT_SCENARIO, { customers: 1000 }).horizon.customers; // 1000
 */
export function resolveRun(input: unknown, options: SimulationOptions): ResolvedRun {
  checkOptions(options);
  const parsed = parseScenario(input);
  const overridesHorizon = options.customers !== undefined || options.durationMs !== undefined;
  const scenario: Scenario = {
    ...parsed,
    seed: options.seed ?? parsed.seed,
    horizon: overridesHorizon
      ? {
          ...(options.customers !== undefined ? { customers: options.customers } : {}),
          ...(options.durationMs !== undefined ? { durationMs: options.durationMs } : {}),
        }
      : parsed.horizon,
  };
  const startMs = DateTime.fromISO(scenario.startAt, { setZone: true }).toMillis();
  const horizon: ResolvedHorizon = {
    customers: scenario.horizon.customers ?? Infinity,
    endMs: scenario.horizon.durationMs === undefined ? Infinity : startMs + scenario.horizon.durationMs,
  };
  return { scenario, startMs, horizon, measureFromMs: measureFromMs(scenario, startMs, horizon) };
}

function checkOptions(options: SimulationOptions): void {
  const { seed, customers, durationMs, timelineSamplesMax } = options;
  if (seed !== undefined && !Number.isSafeInteger(seed)) throw new RangeError(`switchboard/simulation: seed must be a safe integer (got ${seed})`);
  if (customers !== undefined && !(Number.isSafeInteger(customers) && customers >= 1)) {
    throw new RangeError(`switchboard/simulation: customers must be a positive integer (got ${customers})`);
  }
  if (durationMs !== undefined && !(Number.isFinite(durationMs) && durationMs > 0)) {
    throw new RangeError(`switchboard/simulation: durationMs must be a finite number > 0 (got ${durationMs})`);
  }
  if (timelineSamplesMax !== undefined && !(Number.isSafeInteger(timelineSamplesMax) && timelineSamplesMax >= 2)) {
    throw new RangeError(`switchboard/simulation: timelineSamplesMax must be an integer >= 2 (got ${timelineSamplesMax})`);
  }
}
