/**
 * The report fold: reads events one at a time, in log order, and keeps the tallies up to date. The
 * report (`createReport`) and the live streams (`createLiveStats`) both drive one, so both apply the
 * same definitions to the same events. Non-goal: reading events out of order.
 */
import type { SwitchboardEvent } from '../domain/events/event.js';
import { BoundedMap } from '../engine/bounded-map.js';
import { type AccrualGrid, accrueAgentTime } from './agent-time.accrual.js';
import { applyAgentEvent } from './agent.facts.js';
import { applyContactEvent } from './contact.facts.js';
import { applyHoldEvent } from './hold.facts.js';
import { intervalIndex } from './interval-grid.js';
import type { ResolvedReportOptions } from './report-options.js';
import type { Tally } from './tally.js';
import { TallyStore } from './tally-store.js';
import type { AgentTrack, ContactTrack, Leg } from './tracks.js';

/** Folds events into tallies. */
export class ReportFold {
  readonly store: TallyStore;
  /** Start of the report: the option, or the first event's time. */
  fromMs: number | undefined;
  lastSeq: number | null = null;
  lastAtMs: number | undefined;
  readonly contacts = new Map<string, ContactTrack>();
  /** Ended contacts, kept for late ratings; the oldest are forgotten past `endedContactsMax`. */
  readonly endedContacts: BoundedMap<string, ContactTrack>;
  readonly agents = new Map<string, AgentTrack>();

  constructor(readonly options: ResolvedReportOptions) {
    this.store = new TallyStore(options.valuesMax, options.intervalsMax);
    this.endedContacts = new BoundedMap(options.endedContactsMax);
    this.fromMs = options.fromMs;
  }

  /** `fromMs + warmupMs`, once known. */
  get countFromMs(): number | undefined {
    return this.fromMs === undefined ? undefined : this.fromMs + this.options.warmupMs;
  }

  /** Applies one event. Events must come in log order. */
  apply(event: SwitchboardEvent): void {
    if (this.fromMs === undefined) this.fromMs = event.at;
    this.lastSeq = event.seq;
    this.lastAtMs = event.at;
    if (event.type === 'queue.added') this.store.queue(event.queueId);
    else if (!applyContactEvent(this, event) && !applyHoldEvent(this, event)) applyAgentEvent(this, event);
  }

  /** Whether a contact that arrived at `arrivalMs` counts. */
  isCounted(arrivalMs: number): boolean {
    const countFromMs = this.countFromMs;
    return countFromMs !== undefined && arrivalMs >= countFromMs;
  }

  /** How agent time is cut (once the first event has set `fromMs`). */
  grid(countFromMs = this.countFromMs as number): AccrualGrid {
    return { countFromMs, intervalMs: this.options.intervalMs, intervalsMax: this.options.intervalsMax };
  }

  /** The interval index of an instant. */
  indexOf(atMs: number): number {
    return intervalIndex(atMs, this.options.intervalMs);
  }

  /** A live or recently ended contact. */
  contact(contactId: string): ContactTrack | undefined {
    return this.contacts.get(contactId) ?? this.endedContacts.get(contactId);
  }

  /** Creates the record of a contact first seen at an instant it arrived at. */
  startContact(contactId: string, arrivalMs: number, counted = this.isCounted(arrivalMs)): ContactTrack {
    const track: ContactTrack = {
      id: contactId,
      counted,
      arrivalIndex: this.indexOf(arrivalMs),
      leg: null,
      answered: false,
      answeredLeg: null,
      holders: new Set(),
      warmFromAgentId: null,
    };
    this.contacts.set(contactId, track);
    return track;
  }

  /** Moves a contact that reached a final state to the bounded memory of ended contacts. */
  endContact(track: ContactTrack): void {
    if (this.contacts.delete(track.id)) this.endedContacts.set(track.id, track);
  }

  /** The agent's record, created (presence unknown) on first mention. */
  agent(agentId: string, atMs: number): AgentTrack {
    let agent = this.agents.get(agentId);
    if (agent === undefined) {
      agent = { id: agentId, presence: null, held: 0, cursorMs: atMs, holds: new Map() };
      this.agents.set(agentId, agent);
      this.store.agent(agentId);
    }
    return agent;
  }

  /** Adds the agent's time up to `atMs`; call it before the agent's presence or holds change. */
  touchAgent(agent: AgentTrack, atMs: number): void {
    accrueAgentTime(agent, atMs, this.grid(), (index) => {
      if (index === null) return [this.store.agent(agent.id).time, this.store.overall.time];
      const interval = this.store.interval(index);
      return interval === null ? [] : [this.store.inInterval(interval.agents, agent.id).time, interval.overall.time];
    });
    if (atMs > agent.cursorMs) agent.cursorMs = atMs;
  }

  /** Tallies for contact-level facts: overall, and overall in the contact's arrival interval. */
  overallScopes(track: ContactTrack): Tally[] {
    const interval = this.store.interval(track.arrivalIndex);
    return interval === null ? [this.store.overall] : [this.store.overall, interval.overall];
  }

  /** Tallies for leg facts: the leg's queue, in total and in the leg's interval. */
  legScopes(leg: Leg | null): Tally[] {
    if (leg === null) return [];
    const interval = this.store.interval(leg.index);
    const total = this.store.queue(leg.queueId);
    return interval === null ? [total] : [total, this.store.inInterval(interval.queues, leg.queueId)];
  }

  /** Tallies for an agent's contact facts: the agent, in total and in the leg's interval. */
  agentScopes(agentId: string, leg: Leg | null): Tally[] {
    const total = this.store.agent(agentId);
    const interval = leg === null ? null : this.store.interval(leg.index);
    return interval === null ? [total] : [total, this.store.inInterval(interval.agents, agentId)];
  }
}
