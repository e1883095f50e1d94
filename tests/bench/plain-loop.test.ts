import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EPOCH_CLOCK_START_MS, type Lib } from '../../bench/lib.js';
import { createPlainLoop } from '../../bench/plain-loop.js';
import { ReadyHeaps } from '../../bench/ready-heaps.js';
import { run, type ThroughputParams } from '../../bench/throughput.bench.js';
import { buildWorkload } from '../../bench/workload.js';

const lib: Lib = await import('../../src/index.js');
const quick = { contacts: 300, warmupContacts: 30, timed: false, driverOnly: false, plainLoop: true, eventLogMax: 1000 };

/** Small workloads of every shape the plain loop serves, at loads from light to overloaded. */
const workloads = fc.record({
  agents: fc.integer({ min: 1, max: 30 }),
  queues: fc.integer({ min: 1, max: 6 }),
  topology: fc.oneof(
    fc.record({ kind: fc.constant('skills' as const), skills: fc.integer({ min: 1, max: 5 }) }),
    fc.record({ kind: fc.constant('flat' as const), queuesPerAgent: fc.integer({ min: 1, max: 6 }), mixed: fc.boolean() }),
  ),
  channel: fc.constantFrom('chat' as const, 'voice' as const),
  capacity: fc.integer({ min: 1, max: 3 }),
  load: fc.constantFrom(0.5, 0.9, 1.3),
  randomLevels: fc.boolean(),
  wrapUpMs: fc.constantFrom(0, 10_000),
  acceptDelayMinMs: fc.constantFrom(0, 1000),
  clockStartMs: fc.constantFrom(0, EPOCH_CLOCK_START_MS),
  seed: fc.integer({ min: 1, max: 1000 }),
});

describe('bench/plain-loop: the yardstick makes the engine\'s choices', () => {
  it('gives the engine\'s routing checksum on random small workloads (or the benchmark throws)', async () => {
    await fc.assert(
      fc.asyncProperty(workloads, async (w) => {
        const result = await run(lib, { ...quick, ...w } as ThroughputParams);
        expect(result.metrics.plainLoopPerCpuSec?.value).toBeGreaterThan(0);
        expect(result.metrics.engineToPlainLoop?.value).toBeGreaterThan(0);
      }),
      { numRuns: 40, seed: 8 },
    );
  });

  it('runs at the reference shape and reports its rate beside the engine\'s', async () => {
    const result = await run(lib, { ...quick, agents: 40, queues: 5, topology: { kind: 'skills', skills: 5 }, seed: 7 });
    const engine = result.metrics.contactsPerCpuSec!.value;
    const loop = result.metrics.plainLoopPerCpuSec!.value;
    expect(result.metrics.engineToPlainLoop!.value).toBeCloseTo(engine / loop, 6);
    expect(result.details?.plainLoopTimes).toBeDefined();
  });

  it('refuses, naming the queue, a configuration it would route differently', () => {
    const workload = buildWorkload({ agents: 4, queues: 2, topology: { kind: 'skills', skills: 2 }, channel: 'chat', capacity: 2, wrapUpMs: 0, seed: 1 });
    const queues = workload.config.queues!.map((q, i) => (i === 1 ? { ...q, strategy: 'round-robin' as const } : q));
    const clock = new lib.VirtualClock();
    expect(() => createPlainLoop({ ...workload, config: { ...workload.config, queues } }, clock, 'chat')).toThrow(
      'bench/plain-loop: queue q1 has strategy round-robin, which the plain loop does not follow',
    );
    const overflowing = workload.config.queues!.map((q) => ({ ...q, overflow: { afterMs: 1000, targetQueueId: 'q0' } }));
    expect(() => createPlainLoop({ ...workload, config: { ...workload.config, queues: overflowing } }, clock, 'chat')).toThrow(
      'bench/plain-loop: queue q0 sets overflow, which the plain loop does not follow',
    );
    expect(() => createPlainLoop(workload, clock, 'voice')).toThrow('bench/plain-loop: agent a0 has no voice capacity, which the plain loop does not follow');
    const agents = workload.config.agents!.map((a) => ({ ...a, memberships: a.memberships!.map((m) => ({ ...m, wrapUpMs: 5000 })) }));
    expect(() => createPlainLoop({ ...workload, config: { ...workload.config, agents } }, clock, 'chat')).toThrow(
      'bench/plain-loop: agent a0 sets wrapUpMs on its membership of q0, which the plain loop does not follow',
    );
  });

  it('throws when the engine routes differently (here: every queue drawing its agent at random)', async () => {
    const randomQueues: Lib = {
      ...lib,
      createEngine: (options) =>
        lib.createEngine({ ...options, config: { ...options.config, queues: options.config?.queues?.map((q) => ({ ...q, strategy: 'random' as const })) } }),
    };
    await expect(run(randomQueues, { ...quick, agents: 20, queues: 3, topology: { kind: 'skills', skills: 2 }, seed: 3 })).rejects.toThrow(
      /the plain loop chose differently from the engine \(routing checksum [0-9a-f]{8}, engine [0-9a-f]{8}\)/,
    );
  });
});

describe('bench/plain-loop ReadyHeaps', () => {
  const ops = fc.array(fc.record({ agent: fc.nat(29), key: fc.integer({ min: 0, max: 20 }), remove: fc.boolean() }), { minLength: 40, maxLength: 200 });

  it('keeps each group in key order through inserts, key changes and removals (drained against a sorted list)', () => {
    fc.assert(
      fc.property(ops, (steps) => {
        const groupOf = Int32Array.from({ length: 30 }, (_, a) => a % 3);
        const keys = new Float64Array(30);
        const less = (a: number, b: number): boolean => keys[a]! < keys[b]! || (keys[a] === keys[b] && a < b);
        const heaps = new ReadyHeaps(groupOf, 3, less);
        const filed = new Set<number>();
        for (const { agent, key, remove } of steps) {
          const g = groupOf[agent]!;
          if (!filed.has(agent)) {
            keys[agent] = key;
            heaps.insert(g, agent);
            filed.add(agent);
          } else if (remove) {
            heaps.remove(g, agent);
            filed.delete(agent);
          } else {
            keys[agent] = key;
            heaps.update(g, agent);
          }
        }
        for (let g = 0; g < 3; g++) {
          const expected = [...filed].filter((a) => groupOf[a] === g).sort((a, b) => (less(a, b) ? -1 : 1));
          const drained: number[] = [];
          for (let head = heaps.bestHead(Int32Array.of(g)); head >= 0; head = heaps.bestHead(Int32Array.of(g))) {
            drained.push(head);
            heaps.remove(g, head);
          }
          expect(drained).toEqual(expected);
        }
      }),
      { numRuns: 300, seed: 5 },
    );
  });
});
