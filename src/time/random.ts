/**
 * Seeded randomness: every random choice the engine or the simulator makes comes from here, so the
 * same seed gives the same run. Backed by pure-rand's xoroshiro128+, whose state can be saved.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus, xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';

/** A seeded source of random numbers whose state can be saved in a snapshot. */
export interface Random {
  /** A float in [0, 1). */
  float(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** The generator's state, to restore with `restoreRandom`. */
  state(): number[];
}

type Generator = ReturnType<typeof xoroshiro128plus>;

function wrap(rng: Generator): Random {
  return {
    float: () => uniformFloat64(rng),
    int: (min, max) => uniformInt(rng, min, max),
    state: () => [...rng.getState()],
  };
}

/**
 * Creates a seeded random source.
 * @example const random = createRandom(42); random.int(1, 6);
 */
export function createRandom(seed: number): Random {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`createRandom: seed must be a safe integer (got ${seed})`);
  // xoroshiro128plus starts almost from the seed itself, so nearby seeds (1, 2, 3) would give
  // correlated first numbers (all near 1): scramble the seed first (SplitMix32's finaliser).
  return wrap(xoroshiro128plus(scramble((seed | 0) ^ (Math.floor(seed / 0x1_0000_0000) | 0))));
}

/** SplitMix32's output function: spreads every bit of the input over the whole result. */
function scramble(seed: number): number {
  let z = (seed + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) | 0;
}

/** Restores a random source from `random.state()`. */
export function restoreRandom(state: readonly number[]): Random {
  return wrap(xoroshiro128plusFromState(state));
}
