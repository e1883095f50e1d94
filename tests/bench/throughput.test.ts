import { describe, expect, it } from 'vitest';
import { EPOCH_CLOCK_START_MS, type Lib } from '../../bench/lib.js';
import { engineRunOnly, suite } from '../../bench/suite.js';
import { run } from '../../bench/throughput.bench.js';

const lib: Lib = await import('../../src/index.js');
const tiny = { agents: 40, queues: 5, topology: { kind: 'skills', skills: 5 } as const, contacts: 600, warmupContacts: 50, seed: 7 };

describe('bench/throughput at tiny size against src/ (seed 7)', () => {
  it('routes every contact through the whole lifecycle and gives the same checksum twice', async () => {
    const first = await run(lib, tiny);
    const second = await run(lib, tiny);
    expect(second.checksum).toBe(first.checksum);
    const counts = first.details?.counts as Record<string, number>;
    expect(counts['contact.created']).toBe(600);
    expect(counts['contact.completed']).toBe(600);
    expect(counts['agent.wrapup.ended']).toBe(600);
    expect(first.metrics.decisionP99Us?.value).toBeGreaterThan(0);
    expect(first.metrics.driverShare?.value).toBeGreaterThan(0);
  });

  it('runs the voice variant and the flat queues-per-agent topology', async () => {
    const voice = await run(lib, { ...tiny, channel: 'voice', capacity: 1, driverOnly: false });
    expect((voice.details?.counts as Record<string, number>)['contact.completed']).toBe(600);
    const flat = { ...tiny, topology: { kind: 'flat', queuesPerAgent: 5 } as const, timed: false, driverOnly: false, eventLogMax: 1000 };
    const [a, b] = [await run(lib, flat), await run(lib, flat)];
    expect(b.checksum).toBe(a.checksum);
  });

  it('runs the flat topology with queue sets drawn at random', async () => {
    const mixed = { ...tiny, queues: 12, topology: { kind: 'flat', queuesPerAgent: 3, mixed: true } as const, timed: false, driverOnly: false };
    const [a, b] = [await run(lib, mixed), await run(lib, mixed)];
    expect(b.checksum).toBe(a.checksum);
    expect((a.details?.counts as Record<string, number>)['contact.completed']).toBe(600);
    const ordered = await run(lib, { ...mixed, topology: { kind: 'flat', queuesPerAgent: 3 } });
    expect(ordered.checksum).not.toBe(a.checksum);
  });

  it('routes the same on a clock that reads epoch milliseconds', async () => {
    const quick = { ...tiny, timed: false, driverOnly: false };
    const starts: number[] = [];
    const watched: Lib = {
      ...lib,
      VirtualClock: class extends lib.VirtualClock {
        constructor(startMs: number) {
          super(startMs);
          starts.push(startMs);
        }
      },
    };
    const zero = await run(watched, quick);
    const epoch = await run(watched, { ...quick, clockStartMs: EPOCH_CLOCK_START_MS });
    // Warm-up and measured engines each get a clock of their own.
    expect(starts).toEqual([0, 0, EPOCH_CLOCK_START_MS, EPOCH_CLOCK_START_MS]);
    expect(epoch.checksum).toBe(zero.checksum);
    expect((epoch.details?.counts as Record<string, number>)['contact.completed']).toBe(600);
  });

  it('changes its checksum when the workload changes', async () => {
    const a = await run(lib, { ...tiny, timed: false, driverOnly: false });
    const b = await run(lib, { ...tiny, seed: 8, timed: false, driverOnly: false });
    expect(b.checksum).not.toBe(a.checksum);
  });

  it('runs the engine alone for the profiling tools: no timed repeat, no driver-only run, no plain loop', async () => {
    const cases = suite('full').filter((c) => c.module === 'throughput');
    expect(cases.map((c) => c.id)).toContain('reference-chat');
    for (const c of cases) {
      const result = await run(lib, { ...engineRunOnly(c), ...tiny });
      expect(Object.keys(result.metrics), c.id).toEqual(['contactsPerSec', 'contactsPerCpuSec', 'gcShare', 'eventsPerContact']);
    }
    // The same case with its own parameters makes the other runs (so the check above can fail).
    const full = await run(lib, { ...(cases[0]?.params ?? {}), ...tiny });
    expect(Object.keys(full.metrics)).toEqual(expect.arrayContaining(['decisionP99Us', 'driverOnlyPerCpuSec', 'plainLoopPerCpuSec']));
  });
});
