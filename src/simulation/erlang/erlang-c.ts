/**
 * Erlang C: the M/M/c queue with an unlimited, infinitely patient queue, served first come, first
 * served. Gives the probability of waiting, the ASA, the service level, the queue length and the
 * occupancy for one interval of steady traffic.
 *
 * Method: C = c·B / (c − A·(1 − B)) from the Erlang B recursion (stable for thousands of agents),
 * then the closed forms W | W > 0 ~ Exp(c·μ − λ).
 *
 * Unstable load (offered Erlangs >= agents) is an expected outcome, not an error: the result has
 * `stable: false`, pWait 1, infinite waits and queue, service level 0 and occupancy 1. Staffing
 * searches rely on this to step past too-small counts without catching exceptions.
 */
import { erlangBBlocking } from './erlang-b.js';
import { requireNonNegativeFinite, requirePositiveFinite, requirePositiveInteger } from './validate-inputs.js';

/** Options for `erlangC`: agents, traffic and the service-level threshold, times in seconds. */
export interface ErlangCOptions {
  /** Number of agents; a positive integer. */
  agents: number;
  /** Mean arrival rate in contacts per second; finite and > 0. */
  arrivalRatePerSec: number;
  /** Mean handle time in seconds (exponentially distributed); finite and > 0. */
  handleTimeMeanSec: number;
  /** Service-level threshold in seconds: a contact is "in service level" if it waits at most this long. */
  serviceLevelThresholdSec: number;
}

/** The steady-state metrics of an M/M/c (Erlang C) queue; all times in seconds. */
export interface ErlangCResult {
  /** Offered load in Erlangs: arrival rate × mean handle time. */
  offeredLoadErlangs: number;
  /** False when offered load >= agents: the queue grows without bound and waits are infinite. */
  stable: boolean;
  /** Probability that an arrival has to wait (finds every agent busy). */
  pWait: number;
  /** Mean wait over all arrivals (ASA), in seconds. */
  meanWaitSec: number;
  /** Mean wait of the arrivals that wait, E[W | W > 0], in seconds. */
  meanWaitGivenWaitSec: number;
  /** Service level: P(W <= serviceLevelThresholdSec) over all arrivals. */
  serviceLevel: number;
  /** Time-average number of contacts waiting. */
  meanQueueLength: number;
  /** Time-average fraction of agents busy. */
  occupancy: number;
}

/**
 * The Erlang C probability of waiting for already-validated inputs with offered load < agents.
 * @example erlangCWaitProbability(14, 10); // ≈ 0.1741
 */
export function erlangCWaitProbability(agents: number, offeredLoadErlangs: number): number {
  const blocking = erlangBBlocking(agents, offeredLoadErlangs);
  return (agents * blocking) / (agents - offeredLoadErlangs * (1 - blocking));
}

function unstableResult(offeredLoadErlangs: number): ErlangCResult {
  return {
    offeredLoadErlangs,
    stable: false,
    pWait: 1,
    meanWaitSec: Infinity,
    meanWaitGivenWaitSec: Infinity,
    serviceLevel: 0,
    meanQueueLength: Infinity,
    occupancy: 1,
  };
}

/**
 * Computes Erlang C (M/M/c) metrics. Throws a RangeError naming the field if an input is not valid;
 * returns `stable: false` (infinite waits) if the offered load is at least the number of agents.
 * @example
 * const result = erlangC({
 *   agents: 14, arrivalRatePerSec: 100 / 1800, handleTimeMeanSec: 180, serviceLevelThresholdSec: 20,
 * });
 * // result.pWait ≈ 0.1741, result.serviceLevel ≈ 0.8884, result.meanWaitSec ≈ 7.836
 */
export function erlangC(options: ErlangCOptions): ErlangCResult {
  const agents = requirePositiveInteger('erlangC', 'agents', options.agents);
  const arrivalRatePerSec = requirePositiveFinite('erlangC', 'arrivalRatePerSec', options.arrivalRatePerSec);
  const handleTimeMeanSec = requirePositiveFinite('erlangC', 'handleTimeMeanSec', options.handleTimeMeanSec);
  const thresholdSec = requireNonNegativeFinite(
    'erlangC',
    'serviceLevelThresholdSec',
    options.serviceLevelThresholdSec,
  );
  const offeredLoadErlangs = arrivalRatePerSec * handleTimeMeanSec;
  if (offeredLoadErlangs >= agents) return unstableResult(offeredLoadErlangs);

  const pWait = erlangCWaitProbability(agents, offeredLoadErlangs);
  // Rate at which the queue drains while every agent is busy: c·μ − λ, per second.
  const drainRatePerSec = (agents - offeredLoadErlangs) / handleTimeMeanSec;
  const meanWaitSec = pWait / drainRatePerSec;
  return {
    offeredLoadErlangs,
    stable: true,
    pWait,
    meanWaitSec,
    meanWaitGivenWaitSec: 1 / drainRatePerSec,
    serviceLevel: 1 - pWait * Math.exp(-drainRatePerSec * thresholdSec),
    meanQueueLength: arrivalRatePerSec * meanWaitSec,
    occupancy: offeredLoadErlangs / agents,
  };
}
