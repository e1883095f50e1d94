/**
 * The simulated agents: contacts arrive (Poisson), every offer is accepted after a short delay, and
 * every assigned contact is completed after an exponential handle time; wrap-up and offer expiry are
 * the engine's own deadlines on the virtual clock. The driver keeps its own agenda (event-heap.ts) and
 * moves the clock to each entry before dispatching it, so no wall time is ever waited. It ends when
 * every contact has arrived, the agenda is empty and no engine deadline is left.
 *
 * Non-goals: rejects, expiries, transfers. The driver must be cheap: its cost is measured on its own
 * against `createStubEngine` and reported next to the engine's.
 */
import type { Channel, SwitchboardEvent } from '../src/index.js';
import { EventHeap } from './event-heap.js';
import type { BenchClock, DrivenEngine } from './lib.js';
import { BenchRandom } from './rng.js';
import { Durations } from './stats.js';

const ACCEPT = 0;
const COMPLETE = 1;
const FNV_PRIME = 0x01000193;

/** What to send and how the simulated agents behave. */
export interface DrivePlan {
  readonly contacts: number;
  readonly channel: Channel;
  /** Mean time between arrivals (exponential). */
  readonly interArrivalMeanMs: number;
  readonly acceptDelayMinMs: number;
  readonly acceptDelayMaxMs: number;
  /** Mean handle time, from accept to complete (exponential). */
  readonly handleMeanMs: number;
  readonly pickQueue: (random: BenchRandom) => string;
  readonly agentIds: readonly string[];
  readonly seed: number;
  /** Time every decision-making dispatch with `process.hrtime.bigint()` (off for throughput runs). */
  readonly timed: boolean;
  /** Called once, right after the last arrival (e.g. to read agent loads for the checksum). */
  readonly onArrivalsDone?: () => void;
}

/** Per-command decision times in nanoseconds (timed runs only). */
export interface DecisionTimes {
  /** `contact.create` dispatches that produced an offer. */
  readonly create: Durations;
  readonly accept: Durations;
  readonly complete: Durations;
  /** Engine deadlines (wrap-up ends) that produced an offer: agent-driven decisions. */
  readonly deadline: Durations;
}

/** What a drive produced. */
export interface DriveOutcome {
  readonly created: number;
  readonly counts: Map<string, number>;
  readonly eventCount: number;
  readonly assignedPerAgent: Int32Array;
  readonly waitMsTotal: number;
  /** A hash of (agent, wait) over the assignments in order: which contact went first matters. */
  readonly assignedOrderHash: number;
  readonly offers: number;
  readonly decisions: DecisionTimes | null;
}

/** Runs the plan to the end (every contact created, accepted, completed, wrapped up; every deadline fired). */
export function drive(engine: DrivenEngine, clock: BenchClock, plan: DrivePlan): DriveOutcome {
  const agenda = new EventHeap();
  const arrivals = new BenchRandom(plan.seed);
  const behaviour = new BenchRandom(plan.seed ^ 0x9e3779b9);
  // One box per event type: a count is one map read per event, not a read and a write.
  const counts = new Map<string, { n: number }>();
  const agentIndex = new Map<string, number>();
  plan.agentIds.forEach((id, i) => agentIndex.set(id, i));
  const assignedPerAgent = new Int32Array(plan.agentIds.length);
  let waitMsTotal = 0;
  let assignedOrderHash = 0x811c9dc5;
  let offers = 0;
  let eventCount = 0;
  const onEvent = (event: SwitchboardEvent): void => {
    eventCount++;
    // Read once: events have many shapes, so each read of `type` is a megamorphic load.
    const { type } = event;
    const count = counts.get(type);
    if (count === undefined) counts.set(type, { n: 1 });
    else count.n++;
    if (type === 'offer.created') {
      offers++;
      agenda.push(clock.now() + behaviour.uniformMs(plan.acceptDelayMinMs, plan.acceptDelayMaxMs), ACCEPT, event.offerId);
    } else if (type === 'contact.assigned') {
      const agent = agentIndex.get(event.agentId) ?? 0;
      assignedPerAgent[agent] = (assignedPerAgent[agent] as number) + 1;
      waitMsTotal += event.waitMs;
      // The hash mixes waits as 32-bit integers: whole milliseconds here (bench/rng.ts), never that long.
      if (!Number.isInteger(event.waitMs) || event.waitMs > 0x7fffffff) throw new Error(`bench/driver: waitMs ${event.waitMs} is not a whole number of ms below 2^31`);
      assignedOrderHash = Math.imul(Math.imul(assignedOrderHash ^ agent, FNV_PRIME) ^ event.waitMs, FNV_PRIME);
      agenda.push(clock.now() + behaviour.exponentialMs(plan.handleMeanMs), COMPLETE, event.contactId);
    }
  };
  const subscription = engine.events$.subscribe(onEvent);
  const decisions: DecisionTimes | null = plan.timed
    ? { create: new Durations(plan.contacts), accept: new Durations(plan.contacts), complete: new Durations(plan.contacts), deadline: new Durations(plan.contacts) }
    : null;
  const offersSoFar = (): number => offers;
  const step = decisions === null ? untimedStep(engine, clock) : timedStep(engine, clock, decisions, offersSoFar);
  let created = 0;
  let nextArrivalMs = clock.now() + arrivals.exponentialMs(plan.interArrivalMeanMs);
  // Three sources of steps, earliest first: the engine's own deadlines (wrap-up ends, expiries) on the
  // clock, arrivals, and the agenda. Deadlines are fired one time at a time because they can create
  // offers whose accepts are due before the next arrival.
  for (;;) {
    const arrivalAtMs = created < plan.contacts ? nextArrivalMs : Infinity;
    const agendaAtMs = agenda.peekAtMs();
    const timerAtMs = clock.nextTimerAt() ?? Infinity;
    if (timerAtMs <= arrivalAtMs && timerAtMs <= agendaAtMs) {
      if (timerAtMs === Infinity) break;
      step.deadline(timerAtMs);
    } else if (arrivalAtMs <= agendaAtMs) {
      step.create(arrivalAtMs, plan.pickQueue(arrivals), plan.channel);
      nextArrivalMs += arrivals.exponentialMs(plan.interArrivalMeanMs);
      if (++created === plan.contacts) plan.onArrivalsDone?.();
    } else {
      const kind = agenda.peekKind();
      const id = agenda.peekId();
      agenda.pop();
      if (kind === ACCEPT) step.accept(agendaAtMs, id);
      else step.complete(agendaAtMs, id);
    }
  }
  subscription.unsubscribe();
  return { created, counts: new Map([...counts].map(([type, count]) => [type, count.n])), eventCount, assignedPerAgent, waitMsTotal, assignedOrderHash: assignedOrderHash >>> 0, offers, decisions };
}

interface Step {
  deadline(atMs: number): void;
  create(atMs: number, queueId: string, channel: Channel): void;
  accept(atMs: number, offerId: string): void;
  complete(atMs: number, contactId: string): void;
}

function untimedStep(engine: DrivenEngine, clock: BenchClock): Step {
  return {
    deadline(atMs) {
      clock.advanceTo(atMs);
    },
    create(atMs, queueId, channel) {
      clock.advanceTo(atMs);
      engine.dispatch({ type: 'contact.create', queueId, channel });
    },
    accept(atMs, offerId) {
      clock.advanceTo(atMs);
      engine.dispatch({ type: 'offer.accept', offerId });
    },
    complete(atMs, contactId) {
      clock.advanceTo(atMs);
      engine.dispatch({ type: 'contact.complete', contactId });
    },
  };
}

/** Times each dispatch; a `contact.create` or a deadline counts only when it produced an offer. */
function timedStep(engine: DrivenEngine, clock: BenchClock, decisions: DecisionTimes, offers: () => number): Step {
  return {
    deadline(atMs) {
      const before = offers();
      const t0 = process.hrtime.bigint();
      clock.advanceTo(atMs);
      const ns = Number(process.hrtime.bigint() - t0);
      if (offers() > before) decisions.deadline.add(ns);
    },
    create(atMs, queueId, channel) {
      clock.advanceTo(atMs);
      const before = offers();
      const t0 = process.hrtime.bigint();
      engine.dispatch({ type: 'contact.create', queueId, channel });
      const ns = Number(process.hrtime.bigint() - t0);
      if (offers() > before) decisions.create.add(ns);
    },
    accept(atMs, offerId) {
      clock.advanceTo(atMs);
      const t0 = process.hrtime.bigint();
      engine.dispatch({ type: 'offer.accept', offerId });
      decisions.accept.add(Number(process.hrtime.bigint() - t0));
    },
    complete(atMs, contactId) {
      clock.advanceTo(atMs);
      const t0 = process.hrtime.bigint();
      engine.dispatch({ type: 'contact.complete', contactId });
      decisions.complete.add(Number(process.hrtime.bigint() - t0));
    },
  };
}
