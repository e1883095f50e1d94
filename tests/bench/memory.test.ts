import { describe, expect, it } from 'vitest';
import type { Lib } from '../../bench/lib.js';
import { run } from '../../bench/memory.bench.js';

const lib: Lib = await import('../../src/index.js');
const tiny = { contacts: 500, agents: 50, smallEventLogMax: 100, seed: 5 };

describe('bench/memory at tiny size against src/ (seed 5)', () => {
  it('measures queued contacts and agents with a stable checksum (sizes are not asserted)', async () => {
    const first = await run(lib, tiny);
    const second = await run(lib, tiny);
    expect(second.checksum).toBe(first.checksum);
    expect(Object.keys(first.metrics)).toEqual(['bytesPerQueuedContact', 'bytesPerQueuedContactEpochClock', 'bytesPerQueuedContactWithLog', 'bytesPerAgent', 'bytesPerAgentWithLog', 'bytesPerAgentNoActor']);
    // The targets are for 100,000 waiting contacts and 10,000 agents, not this size.
    expect(Object.values(first.metrics).map((m) => m.target)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});
