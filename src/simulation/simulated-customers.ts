/**
 * Simulated customers: Poisson arrivals create contacts; a customer whose patience runs out while
 * waiting (queued or offered) abandons, or leaves a message instead; an answered customer is served
 * for their handle time (then the agent completes with a sampled wrap-up); a customer whose chat
 * closed may rate it. Every reaction is planned on the agenda, never sent from inside an event.
 */
import type { SwitchboardEvent } from '../domain/events/event.js';
import type { ArrivalStream } from './arrival-stream.schema.js';
import { ArrivalProcess } from './arrival-process.js';
import { CustomerFactory, type SimulatedCustomer, streamIdOf } from './customer-factory.js';
import { streamRandom } from './random-streams.js';
import { AgendaKind, type SimulationContext } from './simulation-context.js';

/** Picks the wrap-up an agent gives a contact (null: the engine's configured one). */
export type WrapUpSource = (agentId: string) => number | null;

/** Called when a customer's contact exists, before its first `contact.queued` is applied. */
export type ArrivalListener = (customer: SimulatedCustomer, queueId: string) => void;

/** Per-customer state kept only while the contact is live. */
interface CustomerRun {
  readonly customer: SimulatedCustomer;
  agentId: string | null;
  wrapped: boolean;
  ratePending: boolean;
}

/** Every simulated customer of a run. */
export class SimulatedCustomers {
  private readonly factories: CustomerFactory[];
  private readonly processes: ArrivalProcess[];
  private readonly live = new Map<string, CustomerRun>();
  private arriving: CustomerRun | null = null;
  /** Customers created so far. */
  created = 0;

  constructor(
    private readonly ctx: SimulationContext,
    private readonly streams: readonly ArrivalStream[],
    seed: number,
    timeZone: string,
    private readonly wrapUpOf: WrapUpSource,
    private readonly onArrival: ArrivalListener,
  ) {
    this.factories = streams.map((stream, i) => new CustomerFactory(stream, i, seed));
    this.processes = streams.map((stream) => arrivalProcessOf(stream, seed, timeZone));
  }

  /** Customers whose contact has not ended yet. */
  get liveCount(): number {
    return this.live.size;
  }

  /** Plans the first arrival of every stream after `startMs`. */
  start(startMs: number): void {
    this.processes.forEach((process, i) => this.ctx.plan(process.next(startMs), AgendaKind.arrival, i));
  }

  /** A customer of stream `streamIndex` arrives now; plans the stream's next arrival. */
  arrive(streamIndex: number): void {
    const now = this.ctx.now();
    const stream = this.streams[streamIndex] as ArrivalStream;
    const customer = (this.factories[streamIndex] as CustomerFactory).create(this.created++, now);
    const cls = stream.classes[customer.classIndex];
    const run: CustomerRun = { customer, agentId: null, wrapped: false, ratePending: false };
    this.arriving = run;
    this.ctx.dispatch({
      type: 'contact.create',
      queueId: stream.queueId,
      channel: customer.channel,
      ...(cls?.priority ? { priority: cls.priority } : {}),
      ...(cls?.skills !== undefined ? { skills: cls.skills } : {}),
      ...(customer.email !== null ? { customer: { email: customer.email } } : {}),
    });
    this.arriving = null;
    if (customer.patienceMs !== Infinity && customer.phase === 'waiting' && this.live.has(customer.contactId)) {
      this.ctx.plan(now + customer.patienceMs, AgendaKind.patience, run);
    }
    this.ctx.plan((this.processes[streamIndex] as ArrivalProcess).next(now), AgendaKind.arrival, streamIndex);
  }

  /** Patience ran out: abandon, or leave a message, if still waiting. */
  losePatience(run: CustomerRun): void {
    const { customer } = run;
    if (customer.phase !== 'waiting' || !this.live.has(customer.contactId)) return;
    if (customer.leavesMessage) this.ctx.dispatch({ type: 'contact.leaveMessage', contactId: customer.contactId });
    else this.ctx.dispatch({ type: 'contact.abandon', contactId: customer.contactId });
  }

  /** The handle time is over: the agent completes, with its wrap-up. */
  complete(run: CustomerRun): void {
    const wrapUpMs = run.agentId === null ? null : this.wrapUpOf(run.agentId);
    const contactId = run.customer.contactId;
    this.ctx.dispatch(wrapUpMs === null ? { type: 'contact.complete', contactId } : { type: 'contact.complete', contactId, wrapUpMs });
  }

  /** The customer rates the closed chat. */
  rate(run: CustomerRun): void {
    run.ratePending = false;
    const sessionId = run.customer.sessionId;
    if (sessionId !== null) this.ctx.dispatch({ type: 'session.rate', sessionId, score: run.customer.ratingScore });
    this.finishIfDone(run);
  }

  /** Reacts to one published event. */
  onEvent(event: SwitchboardEvent): void {
    switch (event.type) {
      case 'contact.created':
        return this.bind(event.contactId, event.queueId);
      case 'contact.assigned':
        return this.answered(event.contactId, event.agentId, event.at);
      case 'session.started': {
        const run = this.live.get(event.contactId);
        if (run !== undefined) run.customer.sessionId = event.sessionId;
        return;
      }
      case 'session.closed': {
        const run = this.live.get(event.contactId);
        if (run === undefined || event.by === 'system' || run.customer.ratingScore === 0) return;
        run.ratePending = true;
        return this.ctx.plan(event.at, AgendaKind.rate, run);
      }
      case 'agent.wrapup.ended': {
        const run = this.live.get(event.contactId);
        if (run === undefined) return;
        run.wrapped = true;
        return this.finishIfDone(run);
      }
      case 'contact.abandoned':
      case 'contact.rejected':
      case 'ticket.created':
        return this.end(event.contactId);
      default:
        return;
    }
  }

  private bind(contactId: string, queueId: string): void {
    const run = this.arriving;
    if (run === null) return;
    run.customer.contactId = contactId;
    this.live.set(contactId, run);
    this.onArrival(run.customer, queueId);
  }

  private answered(contactId: string, agentId: string, atMs: number): void {
    const run = this.live.get(contactId);
    if (run === undefined || run.customer.phase !== 'waiting') return;
    run.customer.phase = 'active';
    run.agentId = agentId;
    this.ctx.plan(atMs + run.customer.handleMs, AgendaKind.complete, run);
  }

  private finishIfDone(run: CustomerRun): void {
    if (run.wrapped && !run.ratePending) this.end(run.customer.contactId);
  }

  private end(contactId: string): void {
    const run = this.live.get(contactId);
    if (run === undefined) return;
    run.customer.phase = 'done';
    this.live.delete(contactId);
  }
}

function arrivalProcessOf(stream: ArrivalStream, seed: number, timeZone: string): ArrivalProcess {
  const rates = stream.hourlyRatesPerHour ?? [stream.ratePerHour as number];
  return new ArrivalProcess(streamRandom(seed, `arrivals/${streamIdOf(stream)}`), rates, timeZone);
}
