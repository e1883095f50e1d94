/**
 * The engine's actor system: every agent and queue is a live xstate actor, reachable by id; a contact
 * gets an actor only when someone asks for it (`engine.actorOf(id)`), starting in the contact's current
 * state and following it from then on. Actors receive real lifecycle edges only, never the
 * per-decision traffic, so thousands of them cost nothing on the routing hot path.
 *
 * Actors are standalone (not spawned children of one parent): spawning thousands of children into one
 * parent is quadratic in xstate 5.33.
 */
import { type Actor, type AnyActorRef, createActor } from 'xstate';
import type { ContactStatus } from '../domain/contact-status.js';
import type { Presence } from '../domain/presence.js';
import { type AgentLifecycleEvent, agentMachine } from './agent.machine.js';
import { type ContactLifecycleEvent, contactMachine } from './contact.machine.js';
import { type QueueLifecycleEvent, queueMachine } from './queue.machine.js';

/** Live actors by id, plus on-demand contact actors. */
export class ActorRegistry {
  private readonly agents = new Map<string, Actor<typeof agentMachine>>();
  private readonly queues = new Map<string, Actor<typeof queueMachine>>();
  private readonly contacts = new Map<string, Actor<typeof contactMachine>>();

  /** Starts an agent's actor in the given presence. */
  addAgent(agentId: string, presence: Presence, phoneBusy: boolean): void {
    const snapshot = agentMachine.resolveState({ value: presence, context: { agentId, phoneBusy } });
    this.agents.set(agentId, createActor(agentMachine, { snapshot, input: { agentId } }).start());
  }

  /** Starts a queue's actor, open or closed. */
  addQueue(queueId: string, open: boolean): void {
    const snapshot = queueMachine.resolveState({ value: open ? 'open' : 'closed', context: { queueId } });
    this.queues.set(queueId, createActor(queueMachine, { snapshot, input: { queueId } }).start());
  }

  /** Tells an agent's actor about a lifecycle edge. */
  sendAgent(agentId: string, event: AgentLifecycleEvent): void {
    const actor = this.agents.get(agentId);
    actor?.send(event);
    if (event.type === 'REMOVE' && actor !== undefined) {
      actor.stop();
      this.agents.delete(agentId);
    }
  }

  /** Tells a queue's actor about a lifecycle edge. */
  sendQueue(queueId: string, event: QueueLifecycleEvent): void {
    const actor = this.queues.get(queueId);
    actor?.send(event);
    if (event.type === 'REMOVE' && actor !== undefined) {
      actor.stop();
      this.queues.delete(queueId);
    }
  }

  /** Whether any contact actor is being watched (lets the hot path skip the lookup). */
  get watchingContacts(): boolean {
    return this.contacts.size > 0;
  }

  /** Tells a watched contact's actor about a lifecycle edge; drops it once final. */
  sendContact(contactId: string, event: ContactLifecycleEvent): void {
    const actor = this.contacts.get(contactId);
    if (actor === undefined) return;
    actor.send(event);
    if (actor.getSnapshot().status === 'done') this.contacts.delete(contactId);
  }

  /** The actor for an id: an agent's, a queue's, or a contact's (created on demand in `status`). */
  actorOf(id: string, contactStatus?: ContactStatus): AnyActorRef | undefined {
    const live = this.agents.get(id) ?? this.queues.get(id) ?? this.contacts.get(id);
    if (live !== undefined || contactStatus === undefined) return live;
    const snapshot = contactMachine.resolveState({ value: contactStatus, context: { contactId: id } });
    const actor = createActor(contactMachine, { snapshot, input: { contactId: id } }).start();
    if (actor.getSnapshot().status !== 'done') this.contacts.set(id, actor);
    return actor;
  }

  /** Stops every actor. */
  stopAll(): void {
    for (const actor of [...this.agents.values(), ...this.queues.values(), ...this.contacts.values()]) actor.stop();
    this.agents.clear();
    this.queues.clear();
    this.contacts.clear();
  }
}
