/**
 * Staffing: the smallest number of agents that meets a service-level target, and optionally a
 * maximum abandonment rate and a maximum mean wait, for one interval of steady traffic. Uses
 * Erlang A when a mean patience is given and Erlang C otherwise.
 *
 * Method: gallop upward (doubling) from a count known to fail, then binary-search the bracket, so
 * thousands of agents cost a few dozen evaluations. This relies on every metric being monotone in
 * the agent count (service level up, abandonment and waits down), which holds for M/M/c and M/M/c+M.
 * Known-failing start: any count <= the offered load for Erlang C (unstable), and any count c with
 * c / offered load < serviceLevelMin for Erlang A (the answered fraction is at most c / offered load).
 */
import { erlangA, type ErlangAResult } from './erlang-a.js';
import { erlangC, type ErlangCResult } from './erlang-c.js';
import {
  requireNonNegativeFinite,
  requireOpenFraction,
  requirePositiveFinite,
  requirePositiveInteger,
} from './validate-inputs.js';

/** Options for `staffing`: traffic, optional patience and the targets, times in seconds. */
export interface StaffingOptions {
  /** Mean arrival rate in contacts per second; finite and > 0. */
  arrivalRatePerSec: number;
  /** Mean handle time in seconds; finite and > 0. */
  handleTimeMeanSec: number;
  /** Mean patience in seconds; when given, Erlang A is used, otherwise Erlang C. */
  patienceMeanSec?: number;
  /** Service-level threshold in seconds; finite and >= 0. */
  serviceLevelThresholdSec: number;
  /** Lowest acceptable service level (answered within the threshold over all arrivals), in (0, 1). */
  serviceLevelMin: number;
  /** Highest acceptable abandonment fraction, in (0, 1); needs `patienceMeanSec`. */
  pAbandonMax?: number;
  /** Highest acceptable ASA in seconds: Erlang C `meanWaitSec`, Erlang A `meanWaitServedSec`. */
  meanWaitMaxSec?: number;
  /** Largest agent count to try before giving up; default 100000. */
  agentsMax?: number;
}

/** The smallest agent count meeting the targets, with the model used and its metrics at that count. */
export type StaffingResult =
  | { model: 'erlang-c'; agents: number; metrics: ErlangCResult }
  | { model: 'erlang-a'; agents: number; metrics: ErlangAResult };

const AGENTS_MAX_DEFAULT = 100_000;

/** Validated options, with absent targets replaced by ones that always pass. */
interface StaffingTargets {
  arrivalRatePerSec: number;
  handleTimeMeanSec: number;
  patienceMeanSec: number | undefined;
  serviceLevelThresholdSec: number;
  serviceLevelMin: number;
  pAbandonMax: number;
  meanWaitMaxSec: number;
  agentsMax: number;
}

function validate(options: StaffingOptions): StaffingTargets {
  const caller = 'staffing';
  const patience = options.patienceMeanSec;
  if (patience !== undefined) requirePositiveFinite(caller, 'patienceMeanSec', patience);
  if (options.pAbandonMax !== undefined) {
    requireOpenFraction(caller, 'pAbandonMax', options.pAbandonMax);
    if (patience === undefined) {
      throw new RangeError(`staffing: pAbandonMax requires patienceMeanSec (got patienceMeanSec=undefined)`);
    }
  }
  return {
    arrivalRatePerSec: requirePositiveFinite(caller, 'arrivalRatePerSec', options.arrivalRatePerSec),
    handleTimeMeanSec: requirePositiveFinite(caller, 'handleTimeMeanSec', options.handleTimeMeanSec),
    patienceMeanSec: patience,
    serviceLevelThresholdSec: requireNonNegativeFinite(caller, 'serviceLevelThresholdSec', options.serviceLevelThresholdSec),
    serviceLevelMin: requireOpenFraction(caller, 'serviceLevelMin', options.serviceLevelMin),
    pAbandonMax: options.pAbandonMax ?? 1,
    meanWaitMaxSec:
      options.meanWaitMaxSec === undefined
        ? Infinity
        : requirePositiveFinite(caller, 'meanWaitMaxSec', options.meanWaitMaxSec),
    agentsMax: requirePositiveInteger(caller, 'agentsMax', options.agentsMax ?? AGENTS_MAX_DEFAULT),
  };
}

/**
 * Finds the smallest number of agents meeting the targets. Throws a RangeError naming the field if an
 * input is not valid, or if no count up to `agentsMax` meets the targets.
 * @example
 * const { agents, metrics } = staffing({
 *   arrivalRatePerSec: 100 / 1800, handleTimeMeanSec: 180, serviceLevelThresholdSec: 20, serviceLevelMin: 0.8,
 * });
 * // agents === 14, metrics.serviceLevel ≈ 0.888 (13 agents give ≈ 0.79)
 */
export function staffing(options: StaffingOptions): StaffingResult {
  const target = validate(options);
  const { arrivalRatePerSec, handleTimeMeanSec, patienceMeanSec, serviceLevelThresholdSec } = target;
  const evaluate = (agents: number): StaffingResult => {
    const common = { agents, arrivalRatePerSec, handleTimeMeanSec, serviceLevelThresholdSec };
    if (patienceMeanSec === undefined) return { model: 'erlang-c', agents, metrics: erlangC(common) };
    return { model: 'erlang-a', agents, metrics: erlangA({ ...common, patienceMeanSec }) };
  };
  const meets = (result: StaffingResult): boolean => {
    const meanWaitSec = result.model === 'erlang-c' ? result.metrics.meanWaitSec : result.metrics.meanWaitServedSec;
    const pAbandon = result.model === 'erlang-c' ? 0 : result.metrics.pAbandon;
    return (
      result.metrics.serviceLevel >= target.serviceLevelMin &&
      pAbandon <= target.pAbandonMax &&
      meanWaitSec <= target.meanWaitMaxSec
    );
  };
  const start =
    patienceMeanSec === undefined
      ? Math.floor(arrivalRatePerSec * handleTimeMeanSec) + 1
      : Math.max(1, Math.ceil(arrivalRatePerSec * handleTimeMeanSec * target.serviceLevelMin));
  return smallestMeeting(start, target.agentsMax, evaluate, meets);
}

/** Gallop from `start` (with `start − 1` known to fail) to a passing count, then bisect the bracket. */
function smallestMeeting(
  start: number,
  agentsMax: number,
  evaluate: (agents: number) => StaffingResult,
  meets: (result: StaffingResult) => boolean,
): StaffingResult {
  const giveUp = (): never => {
    throw new RangeError(`staffing: no agent count up to agentsMax meets the targets (got agentsMax=${agentsMax})`);
  };
  if (start > agentsMax) giveUp();
  let failing = start - 1;
  let passing = evaluate(start);
  while (!meets(passing)) {
    if (passing.agents >= agentsMax) giveUp();
    failing = passing.agents;
    passing = evaluate(Math.min(passing.agents * 2, agentsMax));
  }
  while (passing.agents - failing > 1) {
    const candidate = evaluate(Math.floor((failing + passing.agents) / 2));
    if (meets(candidate)) passing = candidate;
    else failing = candidate.agents;
  }
  return passing;
}
