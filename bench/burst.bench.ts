/**
 * Burst: `contacts` arrive in one instant (the virtual clock does not move) with every agent free.
 * Measures how fast the engine places them all, and the wall-clock latency from the burst's start to
 * each contact's `offer.created` as an `events$` subscriber sees it (the last arrivals wait for the
 * engine to work through the earlier ones).
 */
import type { SwitchboardEvent } from '../src/index.js';
import { Checksum } from './checksum.js';
import { type BenchResult, higher, type Lib, lower } from './lib.js';
import { BenchRandom } from './rng.js';
import { collectGarbage, Durations, perSec } from './stats.js';
import { buildWorkload, makeAllAvailable, type Workload } from './workload.js';

/** Parameters of the burst benchmark. */
export interface BurstParams {
  readonly name?: string;
  readonly agents?: number;
  readonly queues?: number;
  readonly skills?: number;
  /** Chat capacity per agent: 10 lets 1,000 agents take all 10,000 contacts at once. */
  readonly capacity?: number;
  readonly contacts?: number;
  /** Measured bursts (each on a fresh engine, after one unmeasured warm-up burst); medians are reported. */
  readonly repeats?: number;
  readonly seed?: number;
}

const DEFAULTS = { name: 'burst', agents: 1000, queues: 50, skills: 20, capacity: 10, contacts: 10_000, repeats: 5, seed: 1 };

interface BurstOutcome {
  readonly placeMs: number;
  readonly cpuMs: number;
  readonly latency: Durations;
  readonly dispatch: Durations;
  readonly checksum: string;
}

/** Runs the benchmark against `lib`. */
export async function run(lib: Lib, params: BurstParams = {}): Promise<BenchResult> {
  const p = { ...DEFAULTS, ...params };
  const workload = buildWorkload({ agents: p.agents, queues: p.queues, topology: { kind: 'skills', skills: p.skills }, channel: 'chat', capacity: p.capacity, wrapUpMs: 0, seed: p.seed });
  burst(lib, workload, p);
  const outcomes: BurstOutcome[] = [];
  for (let r = 0; r < p.repeats; r++) outcomes.push(burst(lib, workload, p));
  const checksum = outcomes[0]?.checksum ?? '';
  for (const o of outcomes) if (o.checksum !== checksum) throw new Error(`bench/${p.name}: burst checksum ${o.checksum} differs from ${checksum}`);
  const median = (f: (o: BurstOutcome) => number): number => {
    const values = outcomes.map(f).sort((a, b) => a - b);
    return values[Math.floor((values.length - 1) / 2)] ?? NaN;
  };
  return {
    name: p.name,
    params: p,
    metrics: {
      placedPerSec: higher(median((o) => perSec(p.contacts, o.placeMs)), 'contacts/s'),
      placedPerCpuSec: higher(median((o) => perSec(p.contacts, o.cpuMs)), 'contacts/CPU-s'),
      latencyP50Ms: lower(median((o) => o.latency.summary().p50Us / 1000), 'ms'),
      latencyP99Ms: lower(median((o) => o.latency.summary().p99Us / 1000), 'ms'),
      dispatchP99Us: lower(median((o) => o.dispatch.summary().p99Us), 'µs'),
    },
    checksum,
    details: { placeMs: outcomes.map((o) => o.placeMs), offered: outcomes[0]?.latency.count },
  };
}

/** One burst on a fresh engine. */
function burst(lib: Lib, workload: Workload, p: typeof DEFAULTS): BurstOutcome {
  const clock = new lib.VirtualClock(0);
  const engine = lib.createEngine({ clock, config: workload.config, seed: p.seed });
  makeAllAvailable(engine, workload.agentIds);
  const random = new BenchRandom(p.seed);
  const queueIds = Array.from({ length: p.contacts }, () => workload.pickQueue(random));
  const latency = new Durations(p.contacts);
  const dispatch = new Durations(p.contacts);
  const counts = new Map<string, number>();
  const checksum = new Checksum();
  let t0 = 0n;
  engine.events$.subscribe((event: SwitchboardEvent) => {
    counts.set(event.type, (counts.get(event.type) ?? 0) + 1);
    if (event.type === 'offer.created') {
      latency.add(Number(process.hrtime.bigint() - t0));
      checksum.text(event.agentId);
    }
  });
  collectGarbage();
  const cpu0 = process.cpuUsage();
  t0 = process.hrtime.bigint();
  for (let i = 0; i < p.contacts; i++) {
    const d0 = process.hrtime.bigint();
    engine.dispatch({ type: 'contact.create', queueId: queueIds[i] as string, channel: 'chat' });
    dispatch.add(Number(process.hrtime.bigint() - d0));
  }
  const placeMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  engine.stop();
  return { placeMs, cpuMs: (cpu.user + cpu.system) / 1000, latency, dispatch, checksum: checksum.counts(counts).digest() };
}
