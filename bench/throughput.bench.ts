/**
 * Throughput: contacts through the whole engine on the virtual clock (queued, offered, accepted,
 * completed, wrapped up; every event logged and published to an `events$` subscriber), with
 * decision times per command and the driver's own cost measured against a no-op engine.
 *
 * The reference load (issue 8): 1,000 agents, 50 queues, 20 skills (40 skill sets), chat capacity 3,
 * load 0.9, 200,000 contacts. The same module gives the agents and queues-per-agent scaling curves.
 */
import type { Channel } from '../src/index.js';
import { Checksum } from './checksum.js';
import { drive, type DriveOutcome, type DrivePlan } from './driver.js';
import { type BenchClock, type BenchResult, type DrivenEngine, higher, type Lib, lower, type Metric } from './lib.js';
import { collectGarbage, measure, perSec, type DurationSummary } from './stats.js';
import { createPlainLoop } from './plain-loop.js';
import { createStubEngine } from './stub-engine.js';
import { buildWorkload, makeAllAvailable, type Topology, type Workload } from './workload.js';

/** Parameters of a throughput run; defaults are the reference load. */
export interface ThroughputParams {
  readonly name?: string;
  readonly agents?: number;
  readonly queues?: number;
  readonly topology?: Topology;
  /** Random skill levels per agent (many more profiles; see `WorkloadOptions.randomLevels`). */
  readonly randomLevels?: boolean;
  readonly channel?: Channel;
  readonly capacity?: number;
  /** Offered load as a fraction of total capacity (arrival rate x time a contact holds a slot). */
  readonly load?: number;
  readonly contacts?: number;
  /** Contacts run first on a separate engine, unmeasured, so the JIT has compiled the hot paths. */
  readonly warmupContacts?: number;
  readonly acceptDelayMinMs?: number;
  readonly acceptDelayMaxMs?: number;
  readonly handleMeanMs?: number;
  readonly wrapUpMs?: number;
  readonly seed?: number;
  /**
   * The virtual clock's first reading. At 0 every engine time stays a small integer; from an epoch
   * time, as a server's clock reads, V8 boxes each time it stores (16 B and one object more each).
   */
  readonly clockStartMs?: number;
  /** The engine's `eventLogMax`; the engine default (10,000,000) when omitted. */
  readonly eventLogMax?: number;
  /** Also run with per-dispatch timing (a second run; its checksum must match). */
  readonly timed?: boolean;
  /** Also run the driver alone against the no-op stub engine. */
  readonly driverOnly?: boolean;
  /** Also run the plan on the plain loop (`bench/plain-loop.ts`), which must make the same choices. */
  readonly plainLoop?: boolean;
  /** Target in contacts per second, shown next to the result. */
  readonly targetPerSec?: number;
}

/** The reference load (issue 8), which every parameter not given keeps. */
export const DEFAULTS = {
  name: 'throughput',
  agents: 1000,
  queues: 50,
  topology: { kind: 'skills', skills: 20 } as Topology,
  randomLevels: false,
  channel: 'chat' as Channel,
  capacity: 3,
  load: 0.9,
  contacts: 200_000,
  warmupContacts: 20_000,
  acceptDelayMinMs: 1000,
  acceptDelayMaxMs: 5000,
  handleMeanMs: 180_000,
  wrapUpMs: 10_000,
  seed: 1,
  clockStartMs: 0,
  timed: true,
  driverOnly: true,
  plainLoop: false,
};

export type Resolved = typeof DEFAULTS & Pick<ThroughputParams, 'eventLogMax' | 'targetPerSec'>;

/** Runs the throughput benchmark against `lib`. */
export async function run(lib: Lib, params: ThroughputParams = {}): Promise<BenchResult> {
  const p: Resolved = { ...DEFAULTS, ...params };
  const workload = buildWorkload({ ...p, seed: p.seed });
  if (p.warmupContacts > 0) prepare(lib, workload, p, p.warmupContacts, false).go();
  const { measured, loads } = await measureDrive(prepare(lib, workload, p, p.contacts, false));
  const rejected = measured.value.counts.get('command.rejected') ?? 0;
  if (rejected > 0) throw new Error(`bench/${p.name}: ${rejected} command(s) rejected: the workload is broken, not measured`);
  const checksum = checksumOf(measured.value, loads);
  const metrics: Record<string, Metric> = {
    contactsPerSec: higher(perSec(p.contacts, measured.times.wallMs), 'contacts/s', p.targetPerSec),
    contactsPerCpuSec: higher(perSec(p.contacts, measured.times.cpuMs), 'contacts/CPU-s', p.targetPerSec),
    gcShare: lower(measured.times.gcMs / measured.times.wallMs, 'fraction'),
    eventsPerContact: lower(measured.value.eventCount / p.contacts, 'events'),
  };
  const details: Record<string, unknown> = { profiles: workload.profileCount, times: measured.times, counts: Object.fromEntries(measured.value.counts) };
  if (p.timed) Object.assign(metrics, timedMetrics(lib, workload, p, checksum, details));
  if (p.driverOnly) Object.assign(metrics, await driverMetrics(workload, lib, p, measured.times.cpuMs, details));
  if (p.plainLoop) Object.assign(metrics, await plainLoopMetrics(workload, lib, p, routingChecksumOf(measured.value, loads), measured.times.cpuMs, details));
  return { name: p.name, params: { ...p }, metrics, checksum, details };
}

/** What a drive runs on (the engine, or the plain loop), and each agent's used capacity by index. */
interface Driven {
  readonly engine: DrivenEngine;
  loadOf(agent: number): number;
}

/** The engine under measurement, every agent available. */
function buildEngine(lib: Lib, workload: Workload, p: Resolved): (clock: BenchClock) => Driven {
  return (clock) => {
    const engine = lib.createEngine(p.eventLogMax === undefined ? { clock, config: workload.config, seed: p.seed } : { clock, config: workload.config, seed: p.seed, eventLogMax: p.eventLogMax });
    makeAllAvailable(engine, workload.agentIds);
    return { engine, loadOf: (i) => engine.agent(workload.agentIds[i]!)?.usedTotal ?? -1 };
  };
}

/** Builds what is driven (the engine unless `build` says otherwise) and returns the drive to run on it. */
function prepare(lib: Lib, workload: Workload, p: Resolved, contacts: number, timed: boolean, build = buildEngine(lib, workload, p)) {
  const clock = new lib.VirtualClock(p.clockStartMs);
  const { engine, loadOf } = build(clock);
  const loads = new Int32Array(workload.agentIds.length);
  const plan: DrivePlan = { ...planOf(workload, p, contacts, timed), onArrivalsDone: () => loads.forEach((_, i) => (loads[i] = loadOf(i))) };
  return { loads, go: () => drive(engine, clock, plan) };
}

/**
 * Measures a prepared drive after a full collection, so that no run starts with an earlier one's
 * garbage. What was driven is dropped when this returns: the runs after it do not carry its heap.
 */
async function measureDrive(prepared: ReturnType<typeof prepare>) {
  collectGarbage();
  const measured = await measure(() => prepared.go());
  return { measured, loads: prepared.loads };
}

/** How the driver runs `contacts` contacts of load `p` on the workload. */
export function planOf(workload: Workload, p: Resolved, contacts: number, timed: boolean): DrivePlan {
  const holdMs = (p.acceptDelayMinMs + p.acceptDelayMaxMs) / 2 + p.handleMeanMs + p.wrapUpMs;
  return {
    contacts,
    channel: p.channel,
    interArrivalMeanMs: holdMs / (p.load * p.agents * p.capacity),
    acceptDelayMinMs: p.acceptDelayMinMs,
    acceptDelayMaxMs: p.acceptDelayMaxMs,
    handleMeanMs: p.handleMeanMs,
    pickQueue: workload.pickQueue,
    agentIds: workload.agentIds,
    seed: p.seed,
    timed,
  };
}

/** The checksum: event-type counts, then the routing part (`routingChecksumOf`). */
export function checksumOf(outcome: DriveOutcome, loads: Int32Array): string {
  return addRouting(new Checksum().counts(outcome.counts), outcome, loads).digest();
}

/** The routing part alone (no event counts): what the plain loop must reproduce. */
function routingChecksumOf(outcome: DriveOutcome, loads: Int32Array): string {
  return addRouting(new Checksum(), outcome, loads).digest();
}

/** The order of (agent, wait) over the assignments, contacts per agent, total wait, loads at the last arrival. */
function addRouting(checksum: Checksum, outcome: DriveOutcome, loads: Int32Array): Checksum {
  return checksum.number(outcome.assignedOrderHash).numbers(outcome.assignedPerAgent).number(outcome.waitMsTotal).numbers(loads);
}

/** A second run with every decision timed; the same checksum proves the timing changed nothing. */
function timedMetrics(lib: Lib, workload: Workload, p: Resolved, checksum: string, details: Record<string, unknown>): Record<string, Metric> {
  const timed = prepare(lib, workload, p, p.contacts, true);
  const outcome = timed.go();
  const timedChecksum = checksumOf(outcome, timed.loads);
  if (timedChecksum !== checksum) throw new Error(`bench/${p.name}: timed run checksum ${timedChecksum} differs from ${checksum}`);
  const d = outcome.decisions!;
  const all = summaries(d);
  details.decisions = all;
  const decision = mergedSummary(d);
  return {
    decisionP50Us: lower(decision.p50Us, 'µs'),
    decisionP99Us: lower(decision.p99Us, 'µs', 10),
    createP99Us: lower(all.create.p99Us, 'µs'),
    acceptP99Us: lower(all.accept.p99Us, 'µs'),
    completeP99Us: lower(all.complete.p99Us, 'µs'),
  };
}

function summaries(d: NonNullable<DriveOutcome['decisions']>): Record<'create' | 'accept' | 'complete' | 'deadline', DurationSummary> {
  return { create: d.create.summary(), accept: d.accept.summary(), complete: d.complete.summary(), deadline: d.deadline.summary() };
}

/** p50/p99 over create-with-offer, accept and complete together (the "decision"). */
function mergedSummary(d: NonNullable<DriveOutcome['decisions']>): DurationSummary {
  const parts = [d.create, d.accept, d.complete];
  const merged = new Float64Array(parts.reduce((n, part) => n + part.count, 0));
  let offset = 0;
  for (const part of parts) {
    merged.set(part.values.subarray(0, part.count), offset);
    offset += part.count;
  }
  merged.sort();
  const at = (q: number): number => (merged[Math.max(0, Math.ceil(q * merged.length) - 1)] ?? NaN) / 1000;
  return { count: merged.length, p50Us: at(0.5), p99Us: at(0.99), maxUs: at(1) };
}

/** The same plan against the no-op stub: the driver's own rate, and its share of the full run's CPU. */
async function driverMetrics(workload: Workload, lib: Lib, p: Resolved, engineCpuMs: number, details: Record<string, unknown>): Promise<Record<string, Metric>> {
  // The stub holds no capacity: its loads are 0, and nothing checks them.
  const build = (): Driven => ({ engine: createStubEngine(workload.agentIds), loadOf: () => 0 });
  prepare(lib, workload, p, p.contacts, false, build).go();
  const { measured } = await measureDrive(prepare(lib, workload, p, p.contacts, false, build));
  details.driverTimes = measured.times;
  const engineOnlyCpuMs = Math.max(engineCpuMs - measured.times.cpuMs, 1e-9);
  return {
    driverOnlyPerCpuSec: higher(perSec(p.contacts, measured.times.cpuMs), 'contacts/CPU-s'),
    driverShare: lower(measured.times.cpuMs / engineCpuMs, 'fraction'),
    engineOnlyPerCpuSec: higher(perSec(p.contacts, engineOnlyCpuMs), 'contacts/CPU-s'),
  };
}

/**
 * The same plan on the plain loop: the yardstick's rate (driver included, as the engine's
 * `contactsPerCpuSec`) and the engine's rate as a fraction of it. Its choices must be the engine's.
 */
async function plainLoopMetrics(workload: Workload, lib: Lib, p: Resolved, engineRouting: string, engineCpuMs: number, details: Record<string, unknown>): Promise<Record<string, Metric>> {
  const build = (clock: BenchClock): Driven => {
    const loop = createPlainLoop(workload, clock, p.channel);
    return { engine: loop, loadOf: (i) => loop.loadOf(i) };
  };
  if (p.warmupContacts > 0) prepare(lib, workload, p, p.warmupContacts, false, build).go();
  const { measured, loads } = await measureDrive(prepare(lib, workload, p, p.contacts, false, build));
  const routing = routingChecksumOf(measured.value, loads);
  if (routing !== engineRouting) throw new Error(`bench/${p.name}: the plain loop chose differently from the engine (routing checksum ${routing}, engine ${engineRouting})`);
  details.plainLoopTimes = measured.times;
  const rate = perSec(p.contacts, measured.times.cpuMs);
  // No loop-alone rate (its time less the driver's, as `engineOnlyPerCpuSec`): the driver does less
  // for the loop's two events per contact than for the stub's nine, so the difference is biased, and
  // where the loop's own part is small it came out below zero in two runs of 7 December.
  return {
    plainLoopPerCpuSec: higher(rate, 'contacts/CPU-s'),
    engineToPlainLoop: higher(perSec(p.contacts, engineCpuMs) / rate, 'fraction'),
  };
}
