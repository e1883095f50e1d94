import { describe, expect, it } from 'vitest';
import type { Lib } from '../../bench/lib.js';
import { run } from '../../bench/simulation.bench.js';

const lib: Lib = await import('../../src/index.js');
const tiny = { agents: 10, arrivalsPerMin: 3, customers: 400, warmupCustomers: 0, seed: 13 };

describe('bench/simulation at tiny size against src/ (seed 13)', () => {
  it('ends every customer served or abandoned, with a stable checksum', async () => {
    const first = await run(lib, tiny);
    const second = await run(lib, tiny);
    expect(second.checksum).toBe(first.checksum);
    const counts = first.details?.counts as Record<string, number>;
    expect((counts['contact.completed'] ?? 0) + (counts['contact.abandoned'] ?? 0)).toBe(400);
  });
});
