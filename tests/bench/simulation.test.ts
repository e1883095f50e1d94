import { describe, expect, it } from 'vitest';
import type { Lib } from '../../bench/lib.js';
import { run } from '../../bench/simulation.bench.js';

const lib: Lib = await import('../../src/index.js');
const tiny = { agents: 10, arrivalsPerMin: 3, customers: 400, warmupCustomers: 0, seed: 13 };

describe('bench/simulation at tiny size against src/ (seed 13)', () => {
  it('ends every measured customer served or abandoned, with a stable checksum', async () => {
    const first = await run(lib, tiny);
    const second = await run(lib, tiny);
    expect(second.checksum).toBe(first.checksum);
    const details = first.details as { measuredArrivals: number; abandonFraction: number; erlangAAbandonFraction: number };
    expect(details.measuredArrivals).toBe(360); // 400 customers, the first 10 % a warm-up
    expect(details.abandonFraction).toBeGreaterThanOrEqual(0);
    expect(details.abandonFraction).toBeLessThanOrEqual(1);
    expect(details.erlangAAbandonFraction).toBeGreaterThan(0);
  });
});
