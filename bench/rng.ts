/**
 * The driver's seeded random numbers: mulberry32, a tiny 32-bit generator. Cheap on purpose (the
 * driver's cost is reported apart from the engine's); statistical quality is ample for workloads.
 */

/** A seeded source of uniform, exponential and integer draws. */
export class BenchRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An exponential draw with the given mean, rounded to whole milliseconds (at least 1). */
  exponentialMs(meanMs: number): number {
    return Math.max(1, Math.round(-meanMs * Math.log(1 - this.next())));
  }

  /** A whole number of milliseconds, uniform in [lowMs, highMs]. */
  uniformMs(lowMs: number, highMs: number): number {
    return lowMs + Math.floor(this.next() * (highMs - lowMs + 1));
  }
}
