/**
 * The swarm's seeded generator (mulberry32): one seed gives one stream of numbers, and `fork()` splits
 * off an independent stream, so the configuration, the workload and the faults draw from separate
 * streams and a change in one does not shift the others. Tests never use `Math.random`.
 */

/** A seeded stream of random choices. */
export class SwarmRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  float(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.float() < p;
  }

  /** One item (the list must not be empty). */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('swarm: pick from an empty list');
    return items[this.int(0, items.length - 1)] as T;
  }

  /** Each item kept with probability `p`, in order. */
  subset<T>(items: readonly T[], p: number): T[] {
    return items.filter(() => this.chance(p));
  }

  /** An index drawn by weight (weights need not sum to 1; at least one must be positive). */
  weighted(weights: readonly number[]): number {
    const total = weights.reduce((sum, w) => sum + w, 0);
    let roll = this.float() * total;
    for (let i = 0; i < weights.length; i++) {
      roll -= weights[i] as number;
      if (roll < 0) return i;
    }
    return weights.length - 1;
  }

  /** An independent stream seeded from this one. */
  fork(): SwarmRandom {
    return new SwarmRandom(this.int(0, 0xffff_ffff));
  }
}
