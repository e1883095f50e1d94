/**
 * Erlang A: the M/M/c+M queue, where waiting contacts abandon after an exponential patience. Every
 * metric is exact up to a truncation error below 1e-15: stationary probabilities from the
 * birth-death chain (birth-death.ts), closed-form moments (queue-moments.ts) and the wait
 * distribution at the threshold by uniformization (wait-distribution.ts). No simulation.
 *
 * Erlang A is always stable (impatient contacts bound the queue), so there is no `stable` flag. As
 * the patience grows without bound it tends to Erlang C.
 */
import { abandonmentStationaryDistribution } from './birth-death.js';
import { queueMomentsFrom } from './queue-moments.js';
import { requireNonNegativeFinite, requirePositiveFinite, requirePositiveInteger } from './validate-inputs.js';
import { queueOutcomesWithin } from './wait-distribution.js';

/** Options for `erlangA`: agents, traffic, patience and the service-level threshold, times in seconds. */
export interface ErlangAOptions {
  /** Number of agents; a positive integer. */
  agents: number;
  /** Mean arrival rate in contacts per second; finite and > 0. */
  arrivalRatePerSec: number;
  /** Mean handle time in seconds (exponentially distributed); finite and > 0. */
  handleTimeMeanSec: number;
  /** Mean patience in seconds (exponentially distributed) before a waiting contact abandons; finite and > 0. */
  patienceMeanSec: number;
  /** Service-level threshold in seconds; finite and >= 0. */
  serviceLevelThresholdSec: number;
}

/** The steady-state metrics of an M/M/c+M (Erlang A) queue; "within t" means within the threshold. */
export interface ErlangAResult {
  /** Offered load in Erlangs: arrival rate × mean handle time. */
  offeredLoadErlangs: number;
  /** P(an arrival finds every agent busy); abandoners count as having waited. */
  pWait: number;
  /** Fraction of arrivals that abandon before reaching an agent. */
  pAbandon: number;
  /** Fraction of arrivals that are answered: 1 − pAbandon. */
  pServed: number;
  /** Mean time in queue over all arrivals; abandoners count the time until they leave. */
  meanWaitSec: number;
  /** Mean wait of answered contacts only (the usual ACD "ASA" when there is abandonment). */
  meanWaitServedSec: number;
  /** Mean time to abandon of the contacts that abandon (0 if none do). */
  meanWaitAbandonedSec: number;
  /** Service level over all arrivals: P(answered and wait <= t). */
  serviceLevel: number;
  /** Service level of answered contacts: P(wait <= t | answered). */
  serviceLevelOfAnswered: number;
  /** Answered within t / (arrivals − abandoned within t): short abandons excluded. */
  serviceLevelExclShortAbandons: number;
  /** P(time in queue <= t) whatever the outcome. */
  pWaitWithinThreshold: number;
  /** P(abandon, and within t). */
  pAbandonWithinThreshold: number;
  /** P(offered wait <= t): the wait an infinitely patient arrival would have. */
  pOfferedWaitWithinThreshold: number;
  /** Time-average number of contacts waiting. */
  meanQueueLength: number;
  /** Time-average number of contacts waiting or in service. */
  meanNumberInSystem: number;
  /** Time-average fraction of agents busy. */
  occupancy: number;
}

/** The most chain states Erlang A builds before deciding the patience is too long for the overload. */
export const ERLANG_A_STATE_COUNT_MAX = 1_000_000;

function validate(options: ErlangAOptions): ErlangAOptions {
  return {
    agents: requirePositiveInteger('erlangA', 'agents', options.agents),
    arrivalRatePerSec: requirePositiveFinite('erlangA', 'arrivalRatePerSec', options.arrivalRatePerSec),
    handleTimeMeanSec: requirePositiveFinite('erlangA', 'handleTimeMeanSec', options.handleTimeMeanSec),
    patienceMeanSec: requirePositiveFinite('erlangA', 'patienceMeanSec', options.patienceMeanSec),
    serviceLevelThresholdSec: requireNonNegativeFinite(
      'erlangA',
      'serviceLevelThresholdSec',
      options.serviceLevelThresholdSec,
    ),
  };
}

/**
 * Computes Erlang A (M/M/c+M) metrics exactly. Throws a RangeError naming the field if an input is
 * not valid, or naming the inputs if the queue would need more than `ERLANG_A_STATE_COUNT_MAX`
 * states (a patience so long, under overload, that the model is effectively unstable).
 * @example
 * const result = erlangA({
 *   agents: 30, arrivalRatePerSec: 10 / 60, handleTimeMeanSec: 180, patienceMeanSec: 120,
 *   serviceLevelThresholdSec: 20,
 * });
 * // result.pAbandon ≈ 0.0799, result.serviceLevel ≈ 0.7494, result.meanWaitServedSec ≈ 8.97
 */
export function erlangA(options: ErlangAOptions): ErlangAResult {
  const { agents, arrivalRatePerSec, handleTimeMeanSec, patienceMeanSec, serviceLevelThresholdSec } =
    validate(options);
  const chain = {
    agents,
    arrivalRatePerSec,
    serviceRatePerSec: 1 / handleTimeMeanSec,
    abandonRatePerSec: 1 / patienceMeanSec,
  };
  const p = abandonmentStationaryDistribution(chain, ERLANG_A_STATE_COUNT_MAX);
  if (p === undefined) {
    throw new RangeError(
      `erlangA: patienceMeanSec is too long for this overload: the queue needs more than ` +
        `${ERLANG_A_STATE_COUNT_MAX} states (agents=${agents}, arrivalRatePerSec=${arrivalRatePerSec}, ` +
        `handleTimeMeanSec=${handleTimeMeanSec}, patienceMeanSec=${patienceMeanSec})`,
    );
  }
  const rates = { fullServiceRatePerSec: agents * chain.serviceRatePerSec, abandonRatePerSec: chain.abandonRatePerSec };
  const moments = queueMomentsFrom(p, agents, rates.fullServiceRatePerSec, rates.abandonRatePerSec);
  const within = queueOutcomesWithin(moments.positionMass, rates, serviceLevelThresholdSec);
  const pImmediate = 1 - moments.pWait;
  const pServed = 1 - moments.pAbandon;
  const serviceLevel = pImmediate + within.servedWithin;
  const abandonedWaitSumSec = moments.meanWaitSec - moments.servedWaitSumSec;
  return {
    offeredLoadErlangs: arrivalRatePerSec * handleTimeMeanSec,
    pWait: moments.pWait,
    pAbandon: moments.pAbandon,
    pServed,
    meanWaitSec: moments.meanWaitSec,
    meanWaitServedSec: moments.servedWaitSumSec / pServed,
    meanWaitAbandonedSec: moments.pAbandon > 0 ? abandonedWaitSumSec / moments.pAbandon : 0,
    serviceLevel,
    serviceLevelOfAnswered: serviceLevel / pServed,
    serviceLevelExclShortAbandons: serviceLevel / (1 - within.abandonedWithin),
    pWaitWithinThreshold: pImmediate + within.servedWithin + within.abandonedWithin,
    pAbandonWithinThreshold: within.abandonedWithin,
    pOfferedWaitWithinThreshold: pImmediate + within.offeredWithin,
    meanQueueLength: moments.meanQueueLength,
    meanNumberInSystem: moments.meanNumberInSystem,
    occupancy: moments.meanBusyAgents / agents,
  };
}
