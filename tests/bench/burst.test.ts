import { describe, expect, it } from 'vitest';
import type { Lib } from '../../bench/lib.js';
import { run } from '../../bench/burst.bench.js';

const lib: Lib = await import('../../src/index.js');
const tiny = { agents: 20, queues: 5, skills: 5, capacity: 10, contacts: 100, repeats: 2, seed: 11 };

describe('bench/burst at tiny size against src/ (seed 11)', () => {
  it('offers a whole burst at one instant, with a stable checksum', async () => {
    const first = await run(lib, tiny);
    const second = await run(lib, tiny);
    expect(second.checksum).toBe(first.checksum);
    expect(first.details?.offered).toBe(100);
    expect(first.metrics.latencyP99Ms?.value).toBeGreaterThanOrEqual(first.metrics.latencyP50Ms?.value ?? Infinity);
  });
});
