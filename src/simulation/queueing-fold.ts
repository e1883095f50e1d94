/**
 * The queueing fold: reads the run's events as they are published and keeps what the queueing metrics
 * need: each measured customer's outcome and wait, the number waiting (overall, per queue, per class)
 * and the agents busy and staffed (overall, per queue of membership), as time integrals over the
 * measurement window. It also tells the timeline how many agents are busy, available and logged in.
 *
 * Non-goals: invited colleagues in sessions (not "busy" here) and contacts the simulator did not create.
 */
import type { SwitchboardEvent } from '../domain/events/event.js';
import type { Presence } from '../domain/presence.js';
import { OutcomeTally, type Outcome, type QueueingMetrics, queueingMetrics } from './queueing-metrics.js';
import { TimeAverage } from './time-average.js';

/** What the fold knows of a customer's contact. */
interface ContactState {
  readonly classIndex: number;
  /** The queue the customer arrived in (their "by queue" scope). */
  readonly queueIndex: number;
  readonly arrivalMs: number;
  readonly measured: boolean;
  /** The queue the contact waits in, or -1 while not waiting. */
  waitingIn: number;
}

interface AgentState {
  readonly queueIndexes: readonly number[];
  presence: Presence;
  held: number;
  busy: boolean;
  staffed: boolean;
}

/** The queueing metrics of a run: overall, by arrival queue and by class. */
export interface QueueingResult {
  /** The service-level threshold T, in ms. */
  readonly thresholdMs: number;
  /** The measurement window: customers arriving in it are measured; time averages cover it. */
  readonly measureFromMs: number;
  readonly measureToMs: number;
  readonly overall: QueueingMetrics;
  readonly byQueue: Readonly<Record<string, QueueingMetrics>>;
  readonly byClass: Readonly<Record<string, QueueingMetrics>>;
  /** Measured customers still waiting or served when the run ended (not in the metrics). */
  readonly unresolved: number;
}

/** The setting of a queueing fold. */
export interface QueueingFoldOptions {
  readonly measureFromMs: number;
  readonly thresholdMs: number;
  readonly queueIds: readonly string[];
  readonly classNames: readonly string[];
  /** Each agent and the indexes (in `queueIds`) of the queues it is a member of. */
  readonly agents: readonly { readonly id: string; readonly queueIndexes: readonly number[] }[];
}

/** Folds events into queueing metrics. */
export class QueueingFold {
  private readonly contacts = new Map<string, ContactState>();
  private readonly agents = new Map<string, AgentState>();
  private readonly queueIndex = new Map<string, number>();
  private readonly overall = new OutcomeTally();
  private readonly byQueue: OutcomeTally[];
  private readonly byClass: OutcomeTally[];
  private readonly waiting: TimeAverage;
  private readonly waitingByQueue: TimeAverage[];
  private readonly waitingByClass: TimeAverage[];
  private readonly busy: TimeAverage;
  private readonly staffed: TimeAverage;
  private readonly busyByQueue: TimeAverage[];
  private readonly staffedByQueue: TimeAverage[];
  private measureToMs: number | null = null;
  /** Agents logged in (not offline). */
  loggedIn = 0;
  /** Agents available and holding nothing. */
  idle = 0;

  constructor(private readonly options: QueueingFoldOptions) {
    const from = options.measureFromMs;
    options.queueIds.forEach((id, i) => this.queueIndex.set(id, i));
    this.byQueue = options.queueIds.map(() => new OutcomeTally());
    this.byClass = options.classNames.map(() => new OutcomeTally());
    this.waiting = new TimeAverage(from);
    this.waitingByQueue = options.queueIds.map(() => new TimeAverage(from));
    this.waitingByClass = options.classNames.map(() => new TimeAverage(from));
    this.busy = new TimeAverage(from);
    this.staffed = new TimeAverage(from);
    this.busyByQueue = options.queueIds.map(() => new TimeAverage(from));
    this.staffedByQueue = options.queueIds.map(() => new TimeAverage(from));
    for (const agent of options.agents) {
      this.agents.set(agent.id, { queueIndexes: agent.queueIndexes, presence: 'offline', held: 0, busy: false, staffed: false });
    }
  }

  /** Contacts waiting now. */
  get waitingNow(): number {
    return this.waiting.current;
  }

  /** Agents holding at least one contact now. */
  get busyNow(): number {
    return this.busy.current;
  }

  /** Registers a customer's contact (call on its `contact.created`, before its `contact.queued`). */
  arrive(contactId: string, queueId: string, classIndex: number, arrivalMs: number): void {
    const queueIndex = this.queueIndex.get(queueId) ?? 0;
    const measured = arrivalMs >= this.options.measureFromMs && this.measureToMs === null;
    this.contacts.set(contactId, { classIndex, queueIndex, arrivalMs, measured, waitingIn: -1 });
  }

  /** Ends the measurement window (the horizon): later arrivals and time are not measured. */
  closeWindow(atMs: number): void {
    this.measureToMs = atMs;
    for (const average of [this.waiting, this.busy, this.staffed, ...this.waitingByQueue, ...this.waitingByClass, ...this.busyByQueue, ...this.staffedByQueue]) {
      average.close(atMs);
    }
  }

  /** Applies one event (in log order). */
  apply(event: SwitchboardEvent): void {
    switch (event.type) {
      case 'contact.queued':
        return this.startWaiting(event.contactId, event.queueId, event.at);
      case 'contact.assigned':
        this.hold(event.agentId, 1, event.at);
        return this.resolve(event.contactId, 'answered', event.waitMs, event.at);
      case 'contact.abandoned':
        return this.resolve(event.contactId, 'abandoned', event.waitMs, event.at);
      case 'ticket.created':
        return this.resolve(event.contactId, event.reason === 'left_message' ? 'left_message' : 'ticketed', null, event.at);
      case 'contact.rejected':
        return this.resolve(event.contactId, 'blocked', 0, event.at);
      case 'contact.overflowed':
        return this.stopWaiting(this.contacts.get(event.contactId), event.at);
      case 'agent.wrapup.ended':
        return this.hold(event.agentId, -1, event.at);
      case 'contact.requeued':
        return this.hold(event.agentId, -1, event.at);
      case 'contact.transferred':
        this.hold(event.fromAgentId, -1, event.at);
        if (event.mode === 'warm' && event.toAgentId !== null) this.hold(event.toAgentId, 1, event.at);
        return;
      case 'agent.status.changed':
        return this.setPresence(event.agentId, event.to, event.at);
      default:
        return;
    }
  }

  /** The metrics, once the window is closed; `unresolved` counts measured contacts still open. */
  result(): QueueingResult {
    const { queueIds, classNames, thresholdMs, measureFromMs } = this.options;
    let unresolved = 0;
    for (const contact of this.contacts.values()) if (contact.measured) unresolved++;
    const byQueue: Record<string, QueueingMetrics> = {};
    queueIds.forEach((id, i) => {
      byQueue[id] = queueingMetrics(this.byQueue[i] as OutcomeTally, (this.waitingByQueue[i] as TimeAverage).mean(), occupancy(this.busyByQueue[i] as TimeAverage, this.staffedByQueue[i] as TimeAverage));
    });
    const byClass: Record<string, QueueingMetrics> = {};
    classNames.forEach((name, i) => {
      byClass[name] = queueingMetrics(this.byClass[i] as OutcomeTally, (this.waitingByClass[i] as TimeAverage).mean(), null);
    });
    return {
      thresholdMs,
      measureFromMs,
      measureToMs: this.measureToMs ?? measureFromMs,
      overall: queueingMetrics(this.overall, this.waiting.mean(), occupancy(this.busy, this.staffed)),
      byQueue,
      byClass,
      unresolved,
    };
  }

  private startWaiting(contactId: string, queueId: string, atMs: number): void {
    const contact = this.contacts.get(contactId);
    if (contact === undefined || contact.waitingIn >= 0) return;
    contact.waitingIn = this.queueIndex.get(queueId) ?? 0;
    this.changeWaiting(contact, 1, atMs);
  }

  private stopWaiting(contact: ContactState | undefined, atMs: number): void {
    if (contact === undefined || contact.waitingIn < 0) return;
    this.changeWaiting(contact, -1, atMs);
    contact.waitingIn = -1;
  }

  private changeWaiting(contact: ContactState, delta: number, atMs: number): void {
    this.waiting.add(atMs, delta);
    (this.waitingByQueue[contact.waitingIn] as TimeAverage).add(atMs, delta);
    (this.waitingByClass[contact.classIndex] as TimeAverage).add(atMs, delta);
  }

  /** A customer's wait ended (`waitMs` null: from arrival to now). Each contact counts once. */
  private resolve(contactId: string, outcome: Outcome, waitMs: number | null, atMs: number): void {
    const contact = this.contacts.get(contactId);
    if (contact === undefined) return;
    this.stopWaiting(contact, atMs);
    this.contacts.delete(contactId);
    if (!contact.measured) return;
    const wait = waitMs ?? atMs - contact.arrivalMs;
    const threshold = this.options.thresholdMs;
    this.overall.add(outcome, wait, threshold);
    (this.byQueue[contact.queueIndex] as OutcomeTally).add(outcome, wait, threshold);
    (this.byClass[contact.classIndex] as OutcomeTally).add(outcome, wait, threshold);
  }

  private agent(agentId: string): AgentState {
    let agent = this.agents.get(agentId);
    if (agent === undefined) {
      agent = { queueIndexes: [], presence: 'offline', held: 0, busy: false, staffed: false };
      this.agents.set(agentId, agent);
    }
    return agent;
  }

  private hold(agentId: string, delta: number, atMs: number): void {
    const agent = this.agent(agentId);
    const wasIdle = isIdle(agent);
    agent.held += delta;
    this.idle += Number(isIdle(agent)) - Number(wasIdle);
    this.refresh(agent, atMs);
  }

  private setPresence(agentId: string, to: Presence, atMs: number): void {
    const agent = this.agent(agentId);
    const wasIdle = isIdle(agent);
    this.loggedIn += Number(to !== 'offline') - Number(agent.presence !== 'offline');
    agent.presence = to;
    this.idle += Number(isIdle(agent)) - Number(wasIdle);
    this.refresh(agent, atMs);
  }

  /** Updates the busy and staffed integrals after an agent's holdings or presence changed. */
  private refresh(agent: AgentState, atMs: number): void {
    const busy = agent.held > 0;
    const staffed = busy || agent.presence !== 'offline';
    if (busy !== agent.busy) {
      const delta = busy ? 1 : -1;
      this.busy.add(atMs, delta);
      for (const q of agent.queueIndexes) (this.busyByQueue[q] as TimeAverage).add(atMs, delta);
      agent.busy = busy;
    }
    if (staffed !== agent.staffed) {
      const delta = staffed ? 1 : -1;
      this.staffed.add(atMs, delta);
      for (const q of agent.queueIndexes) (this.staffedByQueue[q] as TimeAverage).add(atMs, delta);
      agent.staffed = staffed;
    }
  }
}

function isIdle(agent: AgentState): boolean {
  return agent.presence === 'available' && agent.held === 0;
}

function occupancy(busy: TimeAverage, staffed: TimeAverage): number | null {
  return staffed.area > 0 ? busy.area / staffed.area : null;
}
