/**
 * Sampling from a scenario distribution with a seeded `Random`. Each sampler draws from its own
 * generator only, so a stream of samples depends on nothing but its seed (common random numbers).
 *
 * Methods: inversion for the exponential (one draw per sample); Box-Muller for the normal under the
 * lognormal (two draws per sample, the second value thrown away, so every sample uses the same number
 * of draws); Marsaglia-Tsang (2000) for the gamma, with the `U^(1/k)` boost for shapes below 1;
 * the sum of k exponential phases for Erlang-k; a cumulative table and a binary search for empirical
 * tables.
 */
import type { Random } from '../time/random.js';
import type { Distribution } from './distribution.schema.js';

/** Draws one duration in ms. */
export type Sampler = () => number;

/**
 * A sampler of `distribution` drawing from `random`.
 * @example
 * const handle = createSampler({ kind: 'exponential', meanMs: 180_000 }, createRandom(7));
 * handle(); // e.g. 95_312.4
 */
export function createSampler(distribution: Distribution, random: Random): Sampler {
  switch (distribution.kind) {
    case 'exponential': {
      const meanMs = distribution.meanMs;
      return () => meanMs * exponential1(random);
    }
    case 'deterministic': {
      const valueMs = distribution.valueMs;
      return () => valueMs;
    }
    case 'uniform': {
      const { minMs, maxMs } = distribution;
      return () => minMs + (maxMs - minMs) * random.float();
    }
    case 'lognormal':
      return lognormalSampler(distribution.meanMs, distribution.sdMs, random);
    case 'gamma': {
      const { shape, meanMs } = distribution;
      const scaleMs = meanMs / shape;
      return () => scaleMs * gamma1(shape, random);
    }
    case 'erlang': {
      const { k, meanMs } = distribution;
      const phaseMs = meanMs / k;
      return () => {
        let sum = 0;
        for (let i = 0; i < k; i++) sum += exponential1(random);
        return phaseMs * sum;
      };
    }
    case 'empirical':
      return empiricalSampler(distribution.valuesMs, distribution.weights, random);
  }
}

/** The mean of a distribution in ms (for checks and for expected values in tests). */
export function distributionMeanMs(distribution: Distribution): number {
  switch (distribution.kind) {
    case 'deterministic':
      return distribution.valueMs;
    case 'uniform':
      return (distribution.minMs + distribution.maxMs) / 2;
    case 'empirical': {
      const { valuesMs, weights } = distribution;
      const w = weights ?? valuesMs.map(() => 1);
      const total = w.reduce((s, x) => s + x, 0);
      return valuesMs.reduce((s, v, i) => s + v * (w[i] as number), 0) / total;
    }
    default:
      return distribution.meanMs;
  }
}

/** An Exp(1) draw by inversion; `1 - u` is in (0, 1], so the log is finite. */
export function exponential1(random: Random): number {
  return -Math.log(1 - random.float());
}

/** A standard normal draw (Box-Muller, cosine branch): exactly two uniforms. */
export function normal1(random: Random): number {
  const u1 = 1 - random.float();
  const u2 = random.float();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

function lognormalSampler(meanMs: number, sdMs: number, random: Random): Sampler {
  // For X = exp(mu + sigma Z): E[X] = exp(mu + sigma^2 / 2), Var[X] = (exp(sigma^2) - 1) E[X]^2.
  const sigma2 = Math.log(1 + (sdMs / meanMs) ** 2);
  const sigma = Math.sqrt(sigma2);
  const mu = Math.log(meanMs) - sigma2 / 2;
  return () => Math.exp(mu + sigma * normal1(random));
}

/** A Gamma(shape, 1) draw (Marsaglia and Tsang); shapes below 1 use Gamma(shape + 1) * U^(1/shape). */
export function gamma1(shape: number, random: Random): number {
  if (shape < 1) return gamma1(shape + 1, random) * Math.pow(1 - random.float(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal1(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - random.float();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

function empiricalSampler(valuesMs: readonly number[], weights: readonly number[] | undefined, random: Random): Sampler {
  if (weights === undefined) {
    const n = valuesMs.length;
    return () => valuesMs[Math.min(n - 1, Math.floor(random.float() * n))] as number;
  }
  const cumulative: number[] = [];
  let total = 0;
  for (const w of weights) cumulative.push((total += w));
  return () => valuesMs[pickIndex(cumulative, random.float() * total)] as number;
}

/** The first index whose cumulative weight exceeds `target` (binary search; zero weights never win). */
export function pickIndex(cumulative: readonly number[], target: number): number {
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((cumulative[mid] as number) > target) high = mid;
    else low = mid + 1;
  }
  return low;
}
