/**
 * Memory: bytes per queued contact (nobody available, contacts only wait) and bytes per agent, actor
 * included (asked for with `engine.actorOf` for every agent; D-028 makes actors on request), and
 * without it. Heap used is read after `global.gc()` before and after; run with `--expose-gc`
 * (`bench/run.ts` does). Without it (the tests) the numbers are rough and `gc` is reported false.
 */
import type { EngineConfigInput } from '../src/index.js';
import { Checksum } from './checksum.js';
import { type BenchResult, EPOCH_CLOCK_START_MS, type Lib, lower, type Metric } from './lib.js';
import { BenchRandom } from './rng.js';
import { collectGarbage } from './stats.js';
import { buildWorkload, makeAllAvailable, type Workload } from './workload.js';

/** Parameters of the memory benchmark. */
export interface MemoryParams {
  readonly name?: string;
  /** Contacts created while nobody is available. */
  readonly contacts?: number;
  /** Agents for the per-agent figure. */
  readonly agents?: number;
  /** The small `eventLogMax` used to measure contacts and agents without the event log. */
  readonly smallEventLogMax?: number;
  readonly seed?: number;
}

const DEFAULTS = { name: 'memory', contacts: 100_000, agents: 10_000, smallEventLogMax: 1000, seed: 1 };

/** The sizes issue 8 sets its targets at: 100,000 waiting contacts, 10,000 agents. */
const TARGET_CONTACTS = 100_000;
const TARGET_AGENTS = 10_000;

/** Runs the benchmark against `lib`. */
export async function run(lib: Lib, params: MemoryParams = {}): Promise<BenchResult> {
  const p = { ...DEFAULTS, ...params };
  const gc = collectGarbage();
  const checksum = new Checksum();
  const withLog = queuedBytes(lib, p.contacts, undefined, 0, p.seed, checksum);
  const smallLog = queuedBytes(lib, p.contacts, p.smallEventLogMax, 0, p.seed, checksum);
  const agentWithLog = agentBytes(lib, p.agents, undefined, true, p.seed, checksum);
  const agentSmallLog = agentBytes(lib, p.agents, p.smallEventLogMax, true, p.seed, checksum);
  const agentNoActor = agentBytes(lib, p.agents, p.smallEventLogMax, false, p.seed, checksum);
  // Last: once V8 has stored a double in a field of some shape, it boxes that field in every later
  // object of the shape, so any run after this one would pay for boxed times on a clock from 0 too.
  const epochClock = queuedBytes(lib, p.contacts, p.smallEventLogMax, EPOCH_CLOCK_START_MS, p.seed, checksum);
  // The targets hold at the sizes only: a smaller run (bench:ci) spreads the engine's fixed
  // structures over fewer contacts, and 20,000 of them take a few bytes more each.
  const contactTarget = p.contacts === TARGET_CONTACTS ? 256 : undefined;
  const metrics: Record<string, Metric> = {
    bytesPerQueuedContact: lower(smallLog, 'B', contactTarget),
    bytesPerQueuedContactEpochClock: lower(epochClock, 'B', contactTarget),
    bytesPerQueuedContactWithLog: lower(withLog, 'B'),
    bytesPerAgent: lower(agentSmallLog, 'B', p.agents === TARGET_AGENTS ? 8192 : undefined),
    bytesPerAgentWithLog: lower(agentWithLog, 'B'),
    bytesPerAgentNoActor: lower(agentNoActor, 'B'),
  };
  return { name: p.name, params: p, metrics, checksum: checksum.digest(), details: { gc } };
}

/** Heap used now, after full collections when available. */
function heapUsed(): number {
  // The least of three readings, each after a full collection: now and then one reading counts about
  // 7 MB more than the live objects (at 2,000 agents one fresh run in seven read 11,100 B per agent
  // instead of 7,500), and a later one does not.
  let least = Infinity;
  for (let i = 0; i < 3; i++) {
    collectGarbage();
    least = Math.min(least, process.memoryUsage().heapUsed);
  }
  return least;
}

/**
 * Bytes per contact waiting: the reference centre with every agent offline, on a virtual clock starting
 * at `startMs` (0, as in the other benchmarks, or a real-time reading).
 */
function queuedBytes(lib: Lib, contacts: number, eventLogMax: number | undefined, startMs: number, seed: number, checksum: Checksum): number {
  const workload = buildWorkload({ agents: 1000, queues: 50, topology: { kind: 'skills', skills: 20 }, channel: 'chat', capacity: 3, wrapUpMs: 0, seed });
  const clock = new lib.VirtualClock(startMs);
  const engine = lib.createEngine(eventLogMax === undefined ? { clock, config: workload.config, seed } : { clock, config: workload.config, seed, eventLogMax });
  const random = new BenchRandom(seed);
  const queueIds = Array.from({ length: contacts }, () => workload.pickQueue(random));
  const before = heapUsed();
  for (let i = 0; i < contacts; i++) engine.dispatch({ type: 'contact.create', queueId: queueIds[i] as string, channel: 'chat' });
  const after = heapUsed();
  for (const id of workload.queueIds) checksum.number(engine.queue(id)?.waitingCount ?? -1);
  checksum.number(engine.events().length);
  engine.stop();
  return (after - before) / contacts;
}

/** Bytes per agent (record, indexes, configuration, and its actor `withActor`), all available: n agents minus none. */
function agentBytes(lib: Lib, agents: number, eventLogMax: number | undefined, withActor: boolean, seed: number, checksum: Checksum): number {
  const build = (n: number): Workload =>
    buildWorkload({ agents: n, queues: 50, topology: { kind: 'skills', skills: 20 }, channel: 'chat', capacity: 3, wrapUpMs: 0, seed });
  const grow = (workload: Workload): number => {
    const config: EngineConfigInput = workload.config;
    const before = heapUsed();
    const clock = new lib.VirtualClock(0);
    const engine = lib.createEngine(eventLogMax === undefined ? { clock, config, seed } : { clock, config, seed, eventLogMax });
    makeAllAvailable(engine, workload.agentIds);
    if (withActor) for (const id of workload.agentIds) if (engine.actorOf(id) === undefined) throw new Error(`bench/memory: no actor for ${id}`);
    const after = heapUsed();
    checksum.number(engine.events().length);
    engine.stop();
    return after - before;
  };
  const empty = grow(build(0));
  return (grow(build(agents)) - empty) / agents;
}
