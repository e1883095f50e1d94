/**
 * The stationary distribution of the M/M/c+M (Erlang A) birth-death chain: state n is the number
 * of contacts in the system, births arrive at rate λ and deaths happen at rate
 * min(n, c)·μ + max(n − c, 0)·θ (service completions plus abandonments from the queue).
 *
 * Method: weights are built outward from the mode (scaled to 1 there), downward with
 * w(n−1) = w(n)·d(n)/λ and upward with w(n+1) = w(n)·λ/d(n+1), then normalised. Starting at the
 * mode keeps every weight <= 1, so nothing overflows even with thousands of agents; far-low states
 * may underflow to 0, which is harmless because their true mass is below 1e-300.
 *
 * Truncation: the chain stops at the first N whose upper tail is provably negligible. Past the mode
 * the ratios λ/d(n) only shrink, so the mass beyond N is at most w(N)·r/(1 − r) with
 * r = λ/d(N+1); we stop once that bound is below 1e-15 of the total (under one part in 10^15, below
 * what the metrics can resolve), and renormalise over 0..N.
 */

/** The rates of an M/M/c+M chain, all per second. */
export interface AbandonmentChain {
  /** Number of agents c. */
  agents: number;
  /** Arrival rate λ. */
  arrivalRatePerSec: number;
  /** Service rate per busy agent μ = 1 / mean handle time. */
  serviceRatePerSec: number;
  /** Abandonment rate per waiting contact θ = 1 / mean patience; must be > 0. */
  abandonRatePerSec: number;
}

/** Largest tail mass, relative to the total, that truncation may drop. */
export const TAIL_MASS_MAX = 1e-15;

/**
 * The total departure rate d(n) of the chain in state n: services plus abandonments.
 * @example deathRatePerSec({ agents: 2, arrivalRatePerSec: 1, serviceRatePerSec: 1, abandonRatePerSec: 0.5 }, 3); // 2.5
 */
export function deathRatePerSec(chain: AbandonmentChain, n: number): number {
  const busy = Math.min(n, chain.agents);
  return busy * chain.serviceRatePerSec + (n - busy) * chain.abandonRatePerSec;
}

/** The state with the largest stationary weight: the last n with λ >= d(n). */
function modeState(chain: AbandonmentChain): number {
  const { agents, arrivalRatePerSec: lambda, serviceRatePerSec: mu, abandonRatePerSec: theta } = chain;
  const offeredLoadErlangs = lambda / mu;
  if (offeredLoadErlangs < agents) return Math.floor(offeredLoadErlangs);
  return agents + Math.floor((lambda - agents * mu) / theta);
}

function lowerWeights(chain: AbandonmentChain, mode: number): Float64Array {
  const weights = new Float64Array(mode + 1);
  weights[mode] = 1;
  for (let n = mode; n >= 1; n--) {
    weights[n - 1] = (weights[n] as number) * (deathRatePerSec(chain, n) / chain.arrivalRatePerSec);
  }
  return weights;
}

function sumOf(values: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i] as number;
  return total;
}

/**
 * The stationary probabilities p(0..N) of the M/M/c+M chain, truncated where the tail mass falls
 * below `TAIL_MASS_MAX`; `undefined` if that needs more than `stateCountMax` states (patience so
 * long, under overload, that the queue is effectively unbounded).
 * @example
 * const p = abandonmentStationaryDistribution(
 *   { agents: 30, arrivalRatePerSec: 1 / 6, serviceRatePerSec: 1 / 180, abandonRatePerSec: 1 / 120 }, 1e6,
 * );
 */
export function abandonmentStationaryDistribution(
  chain: AbandonmentChain,
  stateCountMax: number,
): Float64Array | undefined {
  const mode = modeState(chain);
  if (mode + 1 > stateCountMax) return undefined;
  const lower = lowerWeights(chain, mode);
  const upper: number[] = [];
  let total = sumOf(lower);
  let weight = 1;
  for (let n = mode; ; n++) {
    const ratio = chain.arrivalRatePerSec / deathRatePerSec(chain, n + 1);
    if (ratio < 1 && (weight * ratio) / (1 - ratio) < TAIL_MASS_MAX * total) break;
    if (n + 2 > stateCountMax) return undefined;
    weight *= ratio;
    upper.push(weight);
    total += weight;
  }
  const probabilities = new Float64Array(lower.length + upper.length);
  for (let n = 0; n < lower.length; n++) probabilities[n] = (lower[n] as number) / total;
  for (let i = 0; i < upper.length; i++) probabilities[lower.length + i] = (upper[i] as number) / total;
  return probabilities;
}
