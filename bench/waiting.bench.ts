/**
 * Decision cost as waiting contacts grow: fill every agent, then fill the queues with `waiting`
 * contacts nobody can take, then time `decisions` agent-driven decisions. Each step completes an
 * agent's oldest contact (wrap-up 0, so the agent at once takes the first contact in its work order),
 * accepts that offer, and lets one new contact arrive, so the number waiting stays constant.
 */
import type { SwitchboardEvent } from '../src/index.js';
import { Checksum } from './checksum.js';
import { type BenchClock, type BenchEngine, type BenchResult, higher, type Lib, lower } from './lib.js';
import { BenchRandom } from './rng.js';
import { Durations, measure, perSec } from './stats.js';
import { buildWorkload, makeAllAvailable, type Topology, type Workload } from './workload.js';

/** Parameters of the waiting-contacts benchmark. */
export interface WaitingParams {
  readonly name?: string;
  readonly agents?: number;
  readonly queues?: number;
  readonly topology?: Topology;
  readonly capacity?: number;
  /** Contacts left waiting (with every agent full) before decisions are timed. */
  readonly waiting?: number;
  /** Agent-driven decisions timed. */
  readonly decisions?: number;
  /** Steps run first, untimed, so the JIT has compiled the hot paths. */
  readonly warmupDecisions?: number;
  /** The engine's `eventLogMax`: bounded so a million waiting contacts measure routing, not the log. */
  readonly eventLogMax?: number;
  readonly seed?: number;
}

const DEFAULTS = {
  name: 'waiting',
  agents: 1000,
  queues: 50,
  topology: { kind: 'skills', skills: 20 } as Topology,
  capacity: 3,
  waiting: 100_000,
  decisions: 20_000,
  warmupDecisions: 5000,
  eventLogMax: 100_000,
  seed: 1,
};

/** Runs the benchmark against `lib`. */
export async function run(lib: Lib, params: WaitingParams = {}): Promise<BenchResult> {
  const p = { ...DEFAULTS, ...params };
  const rig = new WaitingRig(lib, buildWorkload({ ...p, channel: 'chat', wrapUpMs: 0 }), p);
  const fill = await rig.fill(p.agents * p.capacity, p.waiting);
  for (let i = 0; i < p.warmupDecisions; i++) rig.step(false);
  rig.offered.length = 0;
  const steps = await measure(() => {
    for (let i = 0; i < p.decisions; i++) rig.step(true);
  });
  const waitingNow = rig.waitingCount();
  const decision = rig.agentDecision.summary();
  const enqueue = rig.enqueue.summary();
  const checksum = new Checksum().counts(rig.counts).number(waitingNow);
  for (const id of rig.offered) checksum.text(id);
  rig.engine.stop();
  return {
    name: p.name,
    params: p,
    metrics: {
      waitingAtEnd: higher(waitingNow, 'contacts'),
      fillPerSec: higher(perSec(fill.count, fill.times.wallMs), 'contacts/s'),
      fillPerCpuSec: higher(perSec(fill.count, fill.times.cpuMs), 'contacts/CPU-s'),
      agentDecisionP50Us: lower(decision.p50Us, 'µs'),
      agentDecisionP99Us: lower(decision.p99Us, 'µs', 10),
      acceptP99Us: lower(rig.accept.summary().p99Us, 'µs'),
      enqueueP50Us: lower(enqueue.p50Us, 'µs'),
      enqueueP99Us: lower(enqueue.p99Us, 'µs'),
      stepsPerCpuSec: higher(perSec(decision.count, steps.times.cpuMs), 'steps/CPU-s'),
    },
    checksum: checksum.digest(),
    details: { fillTimes: fill.times, stepTimes: steps.times, decisions: decision.count, offered: rig.offered.length },
  };
}

/** The engine under test, the contacts each agent holds, and the step that is timed. */
class WaitingRig {
  readonly engine: BenchEngine;
  readonly counts = new Map<string, number>();
  /** Contacts offered since the last reset, in order (the checksum). */
  readonly offered: string[] = [];
  readonly agentDecision: Durations;
  readonly accept: Durations;
  readonly enqueue: Durations;
  private readonly clock: BenchClock;
  private readonly random: BenchRandom;
  private readonly held: Map<string, string[]>;
  private readonly pendingOffers: string[] = [];
  private offers = 0;
  private stepCount = 0;

  constructor(
    lib: Lib,
    private readonly workload: Workload,
    p: typeof DEFAULTS,
  ) {
    this.clock = new lib.VirtualClock(0);
    this.engine = lib.createEngine({ clock: this.clock, config: workload.config, seed: p.seed, eventLogMax: p.eventLogMax });
    this.random = new BenchRandom(p.seed);
    this.held = new Map(workload.agentIds.map((id) => [id, []]));
    [this.agentDecision, this.accept, this.enqueue] = [new Durations(p.decisions), new Durations(p.decisions), new Durations(p.decisions)];
    this.engine.events$.subscribe((event) => this.onEvent(event));
    makeAllAvailable(this.engine, workload.agentIds);
  }

  /** Fills every agent (accepting), then the queues until `waiting` wait; the queue fill is measured. */
  async fill(slots: number, waiting: number) {
    let created = 0;
    while (this.offers < slots && created - this.offers < waiting) {
      this.create();
      created++;
      this.acceptPending();
    }
    const count = Math.max(0, waiting - (created - this.offers));
    const { times } = await measure(() => {
      for (let i = 0; i < count; i++) this.create();
    });
    this.acceptPending();
    return { count, times };
  }

  /** One step: complete an agent's oldest contact (the agent takes the next), accept it, one arrival. */
  step(record: boolean): void {
    this.clock.advanceBy(1);
    const contactId = this.nextHeld();
    let t0 = process.hrtime.bigint();
    this.engine.dispatch({ type: 'contact.complete', contactId });
    if (record) this.agentDecision.add(Number(process.hrtime.bigint() - t0));
    for (const offerId of this.pendingOffers) {
      t0 = process.hrtime.bigint();
      this.engine.dispatch({ type: 'offer.accept', offerId });
      if (record) this.accept.add(Number(process.hrtime.bigint() - t0));
    }
    this.pendingOffers.length = 0;
    t0 = process.hrtime.bigint();
    this.create();
    if (record) this.enqueue.add(Number(process.hrtime.bigint() - t0));
  }

  waitingCount(): number {
    return this.workload.queueIds.reduce((n, id) => n + (this.engine.queue(id)?.waitingCount ?? 0), 0);
  }

  /** The oldest contact of the next agent in turn that holds one (agents without a queue hold none). */
  private nextHeld(): string {
    const ids = this.workload.agentIds;
    for (let tries = 0; tries < ids.length; tries++) {
      const contactId = this.held.get(ids[this.stepCount++ % ids.length] as string)?.shift();
      if (contactId !== undefined) return contactId;
    }
    throw new Error('bench/waiting: no agent holds a contact');
  }

  private create(): void {
    this.engine.dispatch({ type: 'contact.create', queueId: this.workload.pickQueue(this.random), channel: 'chat' });
  }

  private acceptPending(): void {
    for (const offerId of this.pendingOffers) this.engine.dispatch({ type: 'offer.accept', offerId });
    this.pendingOffers.length = 0;
  }

  private onEvent(event: SwitchboardEvent): void {
    this.counts.set(event.type, (this.counts.get(event.type) ?? 0) + 1);
    if (event.type === 'offer.created') {
      this.offers++;
      this.pendingOffers.push(event.offerId);
      this.offered.push(event.contactId);
    } else if (event.type === 'contact.assigned') this.held.get(event.agentId)?.push(event.contactId);
  }
}
