/**
 * Closed-form M/M/c+M moments from the stationary distribution: the probability of waiting, queue
 * and system lengths, and the abandonment and mean-wait figures that do not need the full wait
 * distribution (see wait-distribution.ts for those that do).
 *
 * For an arrival at queue position k, with a = c·μ and θ the abandonment rate, the offered wait V has
 * Laplace transform Π_{j=1..k} (a + (j−1)θ)/(a + jθ + s − θ), which telescopes at s = θ, giving:
 *   P(served | k)       = a / (a + kθ)
 *   E[wait | k]         = k / (a + kθ)
 *   E[wait; served | k] = a / (a + kθ) · Σ_{j=1..k} 1 / (a + jθ)
 */

/** Stationary and per-arrival moments of an M/M/c+M queue; times in seconds. */
export interface QueueMoments {
  /** P(an arrival finds every agent busy). */
  pWait: number;
  /** P(an arrival abandons before service). */
  pAbandon: number;
  /** Mean wait over all arrivals, abandoners counted up to when they leave. */
  meanWaitSec: number;
  /** E[wait × 1{served}] over all arrivals (the numerator of the served-only mean wait). */
  servedWaitSumSec: number;
  /** Time-average number waiting. */
  meanQueueLength: number;
  /** Time-average number in the system (waiting or in service). */
  meanNumberInSystem: number;
  /** Time-average number of busy agents. */
  meanBusyAgents: number;
  /** The arrival probability of each queue position: index k − 1 holds position k. */
  positionMass: Float64Array;
}

/**
 * Computes the M/M/c+M moments from stationary probabilities `p[n]` (n = number in system), PASTA
 * making them also the probabilities seen by arrivals.
 * @example
 * const moments = queueMomentsFrom(p, 30, 30 / 180, 1 / 120); // moments.pAbandon ≈ 0.0799
 */
export function queueMomentsFrom(
  p: Float64Array,
  agents: number,
  fullServiceRatePerSec: number,
  abandonRatePerSec: number,
): QueueMoments {
  const a = fullServiceRatePerSec;
  const theta = abandonRatePerSec;
  const positionMass = p.slice(Math.min(agents, p.length));
  let meanNumberInSystem = 0;
  for (let n = 0; n < p.length; n++) meanNumberInSystem += n * (p[n] as number);
  let pWait = 0;
  let pAbandon = 0;
  let meanWaitSec = 0;
  let servedWaitSumSec = 0;
  let meanQueueLength = 0;
  let harmonicSec = 0;
  for (let k = 1; k <= positionMass.length; k++) {
    const mass = positionMass[k - 1] as number;
    const leaveRate = a + k * theta;
    harmonicSec += 1 / leaveRate;
    pWait += mass;
    pAbandon += (mass * k * theta) / leaveRate;
    meanWaitSec += (mass * k) / leaveRate;
    servedWaitSumSec += ((mass * a) / leaveRate) * harmonicSec;
    meanQueueLength += mass * (k - 1);
  }
  return {
    pWait,
    pAbandon,
    meanWaitSec,
    servedWaitSumSec,
    meanQueueLength,
    meanNumberInSystem,
    meanBusyAgents: meanNumberInSystem - meanQueueLength,
    positionMass,
  };
}
