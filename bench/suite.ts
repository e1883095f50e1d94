/**
 * The benchmark cases: the full suite (`npm run bench`) and the short one compared with the baseline
 * (`npm run bench:ci`, under two minutes). Each case runs one module with fixed parameters and seed.
 */
import type { ModuleName } from './modules.js';
import { EPOCH_CLOCK_START_MS } from './lib.js';

/** Which table (and chart panel) a case belongs to. */
export type Group = 'reference' | 'memory' | 'agents' | 'waiting' | 'queues' | 'burst' | 'simulation';

/** One benchmark run: a module, its parameters, and the x value of its curve point. */
export interface BenchCase {
  readonly id: string;
  readonly module: ModuleName;
  readonly group: Group;
  readonly params: Readonly<Record<string, unknown>>;
  /** The curve's x value (agents, waiting contacts, queues per agent). */
  readonly x?: number;
}

/** Event log bound for the curves, so growing sizes measure routing rather than the log. */
const CURVE_EVENT_LOG_MAX = 1_000_000;

/**
 * A case's parameters for its measured engine run alone (after its warm-up): no timed repeat, no
 * driver-only run, no plain loop. What `bench/profile.ts` and `bench/instructions.ts` run, so their
 * figures are the engine's and the driver's only.
 */
export function engineRunOnly(c: BenchCase): Readonly<Record<string, unknown>> {
  return c.module === 'throughput' ? { ...c.params, timed: false, driverOnly: false, plainLoop: false } : c.params;
}

/** The cases of a mode. */
export function suite(mode: 'full' | 'ci'): BenchCase[] {
  const ci = mode === 'ci';
  // CI: 30,000 contacts keeps the paired suite (both builds) under two minutes on a slow day (at
  // 40,000: 1:29 to 2:06 from fresh clones on 7 December, 2:03 at 50,000).
  const contacts = ci ? 30_000 : 200_000;
  const warmupContacts = ci ? 10_000 : 20_000;
  const cases: BenchCase[] = [
    { id: 'reference-chat', module: 'throughput', group: 'reference', params: { name: 'reference-chat', contacts, warmupContacts, targetPerSec: 250_000, plainLoop: true } },
    {
      id: 'reference-voice',
      module: 'throughput',
      group: 'reference',
      params: { name: 'reference-voice', channel: 'voice', capacity: 1, contacts, warmupContacts, targetPerSec: 100_000, plainLoop: true },
    },
    ...(ci
      ? []
      : [
          {
            id: 'reference-chat-random-levels',
            module: 'throughput' as const,
            group: 'reference' as const,
            params: { name: 'reference-chat-random-levels', randomLevels: true, contacts, warmupContacts, targetPerSec: 250_000, driverOnly: false },
          },
          {
            // The reference load on a clock that reads epoch milliseconds, as a server's does.
            id: 'reference-chat-epoch-clock',
            module: 'throughput' as const,
            group: 'reference' as const,
            params: { name: 'reference-chat-epoch-clock', clockStartMs: EPOCH_CLOCK_START_MS, contacts, warmupContacts, targetPerSec: 250_000, driverOnly: false },
          },
        ]),
    {
      // One profile, every agent in 7 queues of 50 drawn at random: nearly every agent's queue set is its own.
      id: 'mixed-queue-sets',
      module: 'throughput',
      group: 'reference',
      params: {
        name: 'mixed-queue-sets',
        agents: ci ? 1000 : 10_000,
        topology: { kind: 'flat', queuesPerAgent: 7, mixed: true },
        contacts,
        warmupContacts,
        eventLogMax: CURVE_EVENT_LOG_MAX,
        driverOnly: false,
      },
    },
    { id: 'memory', module: 'memory', group: 'memory', params: ci ? { contacts: 20_000, agents: 2000 } : {} },
  ];
  for (const agents of ci ? [1000, 10_000] : [1000, 10_000, 100_000]) {
    // Enough contacts to turn the in-flight work (load x agents x capacity) over four times (twice in CI).
    const agentContacts = Math.max(contacts, Math.round((ci ? 2 : 4) * 0.9 * agents * 3));
    cases.push({
      id: `agents-${agents}`,
      module: 'throughput',
      group: 'agents',
      x: agents,
      params: { name: `agents-${agents}`, agents, contacts: agentContacts, warmupContacts, eventLogMax: CURVE_EVENT_LOG_MAX, driverOnly: !ci, plainLoop: true },
    });
  }
  for (const waiting of ci ? [1000, 100_000] : [1000, 100_000, 1_000_000]) {
    cases.push({ id: `waiting-${waiting}`, module: 'waiting', group: 'waiting', x: waiting, params: { name: `waiting-${waiting}`, waiting, decisions: ci ? 5000 : 20_000 } });
  }
  for (const queuesPerAgent of [1, 50]) {
    cases.push({
      id: `queues-per-agent-${queuesPerAgent}`,
      module: 'throughput',
      group: 'queues',
      x: queuesPerAgent,
      params: {
        name: `queues-per-agent-${queuesPerAgent}`,
        topology: { kind: 'flat', queuesPerAgent },
        contacts,
        warmupContacts,
        eventLogMax: CURVE_EVENT_LOG_MAX,
        driverOnly: false,
      },
    });
  }
  cases.push({ id: 'burst', module: 'burst', group: 'burst', params: ci ? { repeats: 3 } : {} });
  cases.push({ id: 'simulation', module: 'simulation', group: 'simulation', params: ci ? { customers: 50_000, warmupCustomers: 10_000 } : {} });
  return cases;
}
