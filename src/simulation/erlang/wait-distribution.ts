/**
 * The distribution of queue waits in M/M/c+M at one threshold t, exactly (no simulation).
 *
 * A contact that arrives in state n >= c joins at queue position k = n − c + 1. Under FCFS with
 * exponential patience only the k − 1 contacts ahead of it matter: at position j it moves to j − 1 at
 * rate r(j) = c·μ + (j − 1)·θ (a service completion or an abandonment ahead), and it abandons itself
 * at rate θ. Its offered (virtual) wait V is hypoexponential with rates r(1..k); its actual wait is
 * min(V, own patience).
 *
 * Method: uniformization of that absorbing chain over positions 1..K, started from the arrivals'
 * position distribution, so every arrival state is handled in one pass. Uniformization adds only
 * non-negative terms, unlike the hypoexponential closed form, whose alternating partial fractions
 * cancel catastrophically for long queues. The horizon is split into segments with Λ·τ <= 64 so
 * e^(−Λτ) never underflows, and each Poisson series stops once its remaining tail is below 1e-17.
 */

/** The queue-drain rates of an M/M/c+M system, per second. */
export interface QueueDrainRates {
  /** Total service rate with every agent busy, c·μ. */
  fullServiceRatePerSec: number;
  /** Abandonment rate per waiting contact, θ. */
  abandonRatePerSec: number;
}

/** Probabilities, over all arrivals that have to queue, of outcomes within the threshold. */
export interface QueueOutcomesWithin {
  /** P(reach an agent within t, before abandoning). */
  servedWithin: number;
  /** P(abandon within t, before reaching an agent). */
  abandonedWithin: number;
  /** P(offered wait V <= t): as if the contact were infinitely patient. */
  offeredWithin: number;
}

const SEGMENT_EVENTS_MAX = 64;
const POISSON_TAIL_MAX = 1e-17;

/** One uniformized chain: index 0 = served, 1..K = queue positions, K + 1 = abandoned. */
interface Chain {
  state: Float64Array;
  sum: Float64Array;
  downProb: Float64Array;
  stayProb: Float64Array;
  killProb: number;
}

function createChain(positionMass: Float64Array, rates: QueueDrainRates, uniformRate: number, killRate: number): Chain {
  const size = positionMass.length;
  const state = new Float64Array(size + 2);
  state.set(positionMass, 1);
  const downProb = new Float64Array(size + 2);
  const stayProb = new Float64Array(size + 2);
  for (let j = 1; j <= size; j++) {
    const down = rates.fullServiceRatePerSec + (j - 1) * rates.abandonRatePerSec;
    downProb[j] = down / uniformRate;
    // Clamped: at the top position the exact value is 0 and rounding may dip below it.
    stayProb[j] = Math.max(0, 1 - (down + killRate) / uniformRate);
  }
  return { state, sum: new Float64Array(size + 2), downProb, stayProb, killProb: killRate / uniformRate };
}

/** One step of the uniformized chain, in place (ascending j reads x[j + 1] before it changes). */
function step(chain: Chain): void {
  const { state: x, downProb, stayProb } = chain;
  const top = x.length - 2;
  let waiting = 0;
  x[0] = (x[0] as number) + (x[1] as number) * (downProb[1] as number);
  for (let j = 1; j <= top; j++) {
    const here = x[j] as number;
    waiting += here;
    x[j] = here * (stayProb[j] as number) + (x[j + 1] as number) * (downProb[j + 1] as number);
  }
  x[top + 1] = (x[top + 1] as number) + waiting * chain.killProb;
}

function addScaled(target: Float64Array, source: Float64Array, factor: number): void {
  for (let i = 0; i < target.length; i++) target[i] = (target[i] as number) + factor * (source[i] as number);
}

/** Advances every chain by one segment whose expected number of uniformized events is `events`. */
function advanceSegment(chains: Chain[], events: number): void {
  let weight = Math.exp(-events);
  for (const chain of chains) {
    chain.sum.fill(0);
    addScaled(chain.sum, chain.state, weight);
  }
  for (let n = 1; ; n++) {
    for (const chain of chains) step(chain);
    weight *= events / n;
    for (const chain of chains) addScaled(chain.sum, chain.state, weight);
    // Past the Poisson mode the terms fall geometrically, so this bounds the rest of the series.
    if (n > events && (weight * events) / (n + 1 - events) < POISSON_TAIL_MAX) break;
  }
  for (const chain of chains) chain.state.set(chain.sum);
}

/**
 * The probabilities that a queued arrival is served, abandons, or would be served if patient,
 * within `thresholdSec`; `positionMass[k − 1]` is the probability that an arrival joins at position k.
 * @example
 * queueOutcomesWithin(Float64Array.of(1), { fullServiceRatePerSec: 1, abandonRatePerSec: 0.5 }, 1);
 * // { servedWithin: (1 − e^−1.5)/1.5, abandonedWithin: 0.5·(1 − e^−1.5)/1.5, offeredWithin: 1 − e^−1 }
 */
export function queueOutcomesWithin(
  positionMass: Float64Array,
  rates: QueueDrainRates,
  thresholdSec: number,
): QueueOutcomesWithin {
  const positions = positionMass.length;
  if (positions === 0 || thresholdSec === 0) return { servedWithin: 0, abandonedWithin: 0, offeredWithin: 0 };
  const uniformRate = rates.fullServiceRatePerSec + positions * rates.abandonRatePerSec;
  const patient = createChain(positionMass, rates, uniformRate, rates.abandonRatePerSec);
  const offered = createChain(positionMass, rates, uniformRate, 0);
  const totalEvents = uniformRate * thresholdSec;
  const segments = Math.ceil(totalEvents / SEGMENT_EVENTS_MAX);
  for (let s = 0; s < segments; s++) advanceSegment([patient, offered], totalEvents / segments);
  return {
    servedWithin: patient.state[0] as number,
    abandonedWithin: patient.state[positions + 1] as number,
    offeredWithin: offered.state[0] as number,
  };
}
