import { describe, expect, it } from 'vitest';
import type { Lib } from '../../bench/lib.js';
import { run } from '../../bench/waiting.bench.js';

const lib: Lib = await import('../../src/index.js');
const tiny = { agents: 20, queues: 5, topology: { kind: 'skills', skills: 5 } as const, waiting: 300, decisions: 200, warmupDecisions: 20, seed: 3 };

describe('bench/waiting at tiny size against src/ (seed 3)', () => {
  it('keeps the number waiting constant while timing agent-driven decisions, with a stable checksum', async () => {
    const first = await run(lib, tiny);
    const second = await run(lib, tiny);
    expect(second.checksum).toBe(first.checksum);
    expect(first.metrics.waitingAtEnd?.value).toBe(300);
    expect(first.details?.decisions).toBe(200);
    expect(first.details?.offered).toBe(200);
  });
});
