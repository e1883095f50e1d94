/**
 * The engine: the single writer. Every change goes through `dispatch`; deadlines fire from the clock.
 * Each step (one command, or one deadline) is applied, routed until no eligible pair is left, and
 * then published.
 */
import { Observable, Subject } from 'rxjs';
import type { AnyActorRef } from 'xstate';
import type { Command, CommandResult } from '../domain/commands/command.js';
import type { SwitchboardEvent } from '../domain/events/event.js';
import type { Clock, TimerHandle } from '../time/clock.js';
import { BoundedMap } from './bounded-map.js';
import { applyCommand } from './commands/apply-command.js';
import { runTriggers } from './dispatcher.js';
import type { EngineState } from './engine-state.js';
import { dropStaleDeadlines, fireDue } from './timers.js';
import { customerMachine } from '../actors/customer.machine.js';
import { contactMachine } from '../actors/contact.machine.js';
import { sessionMachine } from '../actors/session.machine.js';
import type { ActorSeed } from '../actors/actor-registry.js';
import type { TypingPreview } from './previews.js';
import { contactOfSession, type HistoryEntry, historyOf, type TranscriptEntry, transcriptOf } from './transcripts.js';
import {
  type AgentView,
  agentView,
  type ContactView,
  contactView,
  type QueueView,
  queueView,
  type SessionView,
  sessionView,
} from './views.js';

/** The engine's core: dispatch, time, events and lookups. Typed helpers are added by `createEngine`. */
export class EngineCore {
  /** Every event, as it happens (published after its step). Errors thrown by subscribers are
   * reported by RxJS (`config.onUnhandledError`) and never reach the engine. */
  readonly events$: Observable<SwitchboardEvent>;
  /** Typing previews for the agents of a session. Never logged or stored. */
  readonly previews$: Observable<TypingPreview>;
  private readonly previewSubject = new Subject<TypingPreview>();
  private readonly commandMemory: BoundedMap<string, CommandResult>;
  private wakeHandle: TimerHandle | null = null;
  private wakeAtMs = Infinity;
  private stopped = false;

  constructor(protected readonly state: EngineState) {
    this.commandMemory = new BoundedMap(state.config.routing.commandIdMemoryMax);
    this.events$ = new Observable<SwitchboardEvent>((subscriber) => state.log.listen((event) => subscriber.next(event)));
    this.previews$ = this.previewSubject.asObservable();
  }

  /**
   * Applies one command. Returns `{ ok: true, ... }`, or `{ ok: false, error }` having changed nothing.
   * @example engine.dispatch({ type: 'contact.create', queueId: 'sales', channel: 'chat' });
   */
  dispatch(command: Command): CommandResult {
    this.sync();
    const result = applyCommand(this.state, command, this.commandMemory);
    runTriggers(this.state);
    this.publish();
    this.scheduleWake();
    return result;
  }

  /** The clock the engine reads (virtual in simulations and tests). */
  get clock(): Clock {
    return this.state.clock;
  }

  /** Engine time in ms: never goes backwards, even when the clock does. */
  now(): number {
    return this.state.nowMs;
  }

  /** Retained events with `seq >= fromSeq`. */
  events(fromSeq = 0): readonly SwitchboardEvent[] {
    return this.state.log.since(fromSeq);
  }

  /** Calls `listener` for every event after its step; a throwing listener is reported, never fatal. */
  listen(listener: (event: SwitchboardEvent) => void): () => void {
    return this.state.log.listen(listener);
  }

  /**
   * The xstate actor of an agent, a queue, a live contact, a session or a customer, by id. Contact,
   * session and customer actors are created on first request and follow the record from then on.
   */
  actorOf(id: string): AnyActorRef | undefined {
    return this.state.actors.actorOf(id, this.seedOf(id));
  }

  /** A chat session (open, or closed and still rateable), or undefined. */
  session(sessionId: string): SessionView | undefined {
    const session = this.state.sessions.get(sessionId);
    return session === undefined ? undefined : sessionView(session);
  }

  /** Every message of a session's chat (queued messages, internal consults marked), from the log. */
  transcript(sessionId: string): TranscriptEntry[] {
    const events = this.state.log.since(0);
    const contactId = this.state.sessions.get(sessionId)?.contact.id ?? contactOfSession(events, sessionId);
    return contactId === undefined ? [] : transcriptOf(events, contactId);
  }

  /** A customer's contacts and how each ended, from the log. */
  customerHistory(customerId: string): HistoryEntry[] {
    return historyOf(this.state.log.since(0), customerId);
  }

  /** A live contact, or undefined once it has ended. */
  contact(contactId: string): ContactView | undefined {
    const contact = this.state.contacts.get(contactId);
    return contact === undefined ? undefined : contactView(contact);
  }

  /** An agent, or undefined. */
  agent(agentId: string): AgentView | undefined {
    const agent = this.state.agents.get(agentId);
    return agent === undefined ? undefined : agentView(agent);
  }

  /** A queue, or undefined. */
  queue(queueId: string): QueueView | undefined {
    const queue = this.state.queues.get(queueId);
    return queue === undefined ? undefined : queueView(queue);
  }

  /** Stops timers and actors. The engine accepts no more deadlines afterwards. */
  stop(): void {
    this.stopped = true;
    if (this.wakeHandle !== null) this.state.clock.clearTimer(this.wakeHandle);
    this.wakeHandle = null;
    this.state.actors.stopAll();
  }

  /** Publishes the step's events, then its typing previews. */
  protected publish(): void {
    this.state.log.publish();
    const previews = this.state.previews;
    while (previews.length > 0) this.previewSubject.next(previews.shift()!);
  }

  private seedOf(id: string): ActorSeed | undefined {
    const contact = this.state.contacts.get(id);
    if (contact !== undefined && contact.status !== 'new') return { machine: contactMachine, value: contact.status, context: { contactId: id } };
    const session = this.state.sessions.get(id);
    if (session !== undefined) return { machine: sessionMachine, value: session.status, context: { sessionId: id } };
    if (this.state.customers.get(id) === undefined) return undefined;
    const contactCount = this.state.customers.history(id).length;
    return { machine: customerMachine, value: 'known', context: { customerId: id, contactCount, lastContactId: null } };
  }

  /** Reads the clock and fires every deadline due by now, each as its own step. */
  protected sync(): void {
    const state = this.state;
    const clockMs = state.clock.now();
    if (clockMs < state.lastClockMs) {
      state.emit({ type: 'clock.anomaly', seq: 0, at: state.nowMs, clockMs, engineMs: state.nowMs });
    }
    state.lastClockMs = clockMs;
    fireDue(state, clockMs, () => this.publish());
    if (clockMs > state.nowMs) state.nowMs = clockMs;
    state.routing.nowMs = state.nowMs;
  }

  /** Keeps one clock timer armed for the earliest live deadline. */
  protected scheduleWake(): void {
    if (this.stopped) return;
    dropStaleDeadlines(this.state);
    const next = this.state.deadlines.peek();
    if (next === undefined || next.at >= this.wakeAtMs) return;
    if (this.wakeHandle !== null) this.state.clock.clearTimer(this.wakeHandle);
    this.wakeAtMs = next.at;
    this.wakeHandle = this.state.clock.setTimer(next.at, this.wake);
  }

  private readonly wake = (): void => {
    this.wakeHandle = null;
    this.wakeAtMs = Infinity;
    if (this.stopped) return;
    this.sync();
    this.publish();
    this.scheduleWake();
  };
}
