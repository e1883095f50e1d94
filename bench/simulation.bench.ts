/**
 * Simulation speed: customers per second for an Erlang A (M/M/c+M) scenario: Poisson arrivals,
 * exponential handle times and patience; a customer still waiting when their patience ends abandons
 * (`contact.abandon`). One voice queue in auto-accept mode, capacity 1, no wrap-up.
 *
 * The project's simulator (`src/simulation/`) was not exported when this was written, so this uses
 * its own minimal driver; the observed abandonment is printed next to `erlangA`'s exact value as a
 * sanity check of the driver (not of speed).
 */
import type { SwitchboardEvent } from '../src/index.js';
import { Checksum } from './checksum.js';
import { EventHeap } from './event-heap.js';
import { type BenchResult, higher, type Lib, lower } from './lib.js';
import { BenchRandom } from './rng.js';
import { measure, perSec } from './stats.js';

/** Parameters of the Erlang A scenario. */
export interface SimulationParams {
  readonly name?: string;
  readonly agents?: number;
  readonly arrivalsPerMin?: number;
  readonly handleMeanSec?: number;
  readonly patienceMeanSec?: number;
  readonly customers?: number;
  readonly warmupCustomers?: number;
  readonly seed?: number;
}

const DEFAULTS = { name: 'simulation', agents: 400, arrivalsPerMin: 100, handleMeanSec: 240, patienceMeanSec: 120, customers: 200_000, warmupCustomers: 20_000, seed: 1 };

const COMPLETE = 0;
const ABANDON = 1;

interface SimOutcome {
  readonly counts: Map<string, number>;
  readonly abandoned: number;
  readonly waitMsTotal: number;
}

/** Runs the benchmark against `lib`. */
export async function run(lib: Lib, params: SimulationParams = {}): Promise<BenchResult> {
  const p = { ...DEFAULTS, ...params };
  if (p.warmupCustomers > 0) simulate(lib, { ...p, customers: p.warmupCustomers });
  const measured = await measure(() => simulate(lib, p));
  const outcome = measured.value;
  const exact = lib.erlangA({
    agents: p.agents,
    arrivalRatePerSec: p.arrivalsPerMin / 60,
    handleTimeMeanSec: p.handleMeanSec,
    patienceMeanSec: p.patienceMeanSec,
    serviceLevelThresholdSec: 20,
  });
  const checksum = new Checksum().counts(outcome.counts).number(outcome.waitMsTotal).digest();
  return {
    name: p.name,
    params: p,
    metrics: {
      customersPerSec: higher(perSec(p.customers, measured.times.wallMs), 'customers/s'),
      customersPerCpuSec: higher(perSec(p.customers, measured.times.cpuMs), 'customers/CPU-s'),
      gcShare: lower(measured.times.gcMs / measured.times.wallMs, 'fraction'),
    },
    checksum,
    details: {
      times: measured.times,
      abandonFraction: outcome.abandoned / p.customers,
      erlangAAbandonFraction: exact.pAbandon,
      counts: Object.fromEntries(outcome.counts),
      driver: 'own minimal driver (bench/simulation.bench.ts); src/simulation has no runner exported yet',
    },
  };
}

/** One run of the scenario on a fresh engine. */
function simulate(lib: Lib, p: typeof DEFAULTS): SimOutcome {
  const clock = new lib.VirtualClock(0);
  const agentIds = Array.from({ length: p.agents }, (_, i) => `a${i}`);
  const engine = lib.createEngine({
    clock,
    seed: p.seed,
    config: {
      queues: [{ id: 'erlang', channels: ['voice'], offerMode: 'auto-accept', wrapUpMs: 0 }],
      agents: agentIds.map((id) => ({ id, capacity: { voice: 1 }, memberships: [{ queueId: 'erlang' }] })),
    },
  });
  for (const id of agentIds) engine.agents.setStatus(id, 'available');
  const arrivals = new BenchRandom(p.seed);
  const behaviour = new BenchRandom(p.seed ^ 0x9e3779b9);
  const agenda = new EventHeap();
  const waiting = new Set<string>();
  const counts = new Map<string, number>();
  const handleMeanMs = p.handleMeanSec * 1000;
  const patienceMeanMs = p.patienceMeanSec * 1000;
  let abandoned = 0;
  let waitMsTotal = 0;
  engine.events$.subscribe((event: SwitchboardEvent) => {
    counts.set(event.type, (counts.get(event.type) ?? 0) + 1);
    if (event.type === 'contact.queued') {
      waiting.add(event.contactId);
      agenda.push(clock.now() + behaviour.exponentialMs(patienceMeanMs), ABANDON, event.contactId);
    } else if (event.type === 'contact.assigned') {
      waiting.delete(event.contactId);
      waitMsTotal += event.waitMs;
      agenda.push(clock.now() + behaviour.exponentialMs(handleMeanMs), COMPLETE, event.contactId);
    } else if (event.type === 'contact.abandoned') {
      waiting.delete(event.contactId);
      abandoned++;
    }
  });
  const interArrivalMs = 60_000 / p.arrivalsPerMin;
  let created = 0;
  let nextArrivalMs = arrivals.exponentialMs(interArrivalMs);
  for (;;) {
    const arrivalAtMs = created < p.customers ? nextArrivalMs : Infinity;
    const agendaAtMs = agenda.peekAtMs();
    const timerAtMs = clock.nextTimerAt() ?? Infinity;
    if (timerAtMs <= arrivalAtMs && timerAtMs <= agendaAtMs) {
      if (timerAtMs === Infinity) break;
      clock.advanceTo(timerAtMs);
    } else if (arrivalAtMs <= agendaAtMs) {
      clock.advanceTo(arrivalAtMs);
      engine.dispatch({ type: 'contact.create', queueId: 'erlang', channel: 'voice' });
      created++;
      nextArrivalMs += arrivals.exponentialMs(interArrivalMs);
    } else {
      const kind = agenda.peekKind();
      const contactId = agenda.peekId();
      agenda.pop();
      clock.advanceTo(agendaAtMs);
      if (kind === COMPLETE) engine.dispatch({ type: 'contact.complete', contactId });
      else if (waiting.has(contactId)) engine.dispatch({ type: 'contact.abandon', contactId });
    }
  }
  engine.stop();
  return { counts, abandoned, waitMsTotal };
}
