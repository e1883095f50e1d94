/**
 * The engine's actor system: every agent and queue is a live xstate actor, reachable by id. Contacts,
 * sessions and customers get an actor only when someone asks for it (`engine.actorOf(id)`): it starts
 * in the record's current state and follows it from then on. Actors receive real lifecycle edges only,
 * never the per-decision traffic, so they cost nothing on the routing hot path.
 *
 * Actors are standalone (not spawned children of one parent): spawning thousands of children into one
 * parent is quadratic in xstate 5.33.
 */
import { type Actor, type AnyActorRef, type AnyStateMachine, createActor, type EventObject } from 'xstate';
import type { Presence } from '../domain/presence.js';
import { type AgentLifecycleEvent, agentMachine } from './agent.machine.js';
import { type QueueLifecycleEvent, queueMachine } from './queue.machine.js';

/** How to start an on-demand actor in a record's current state. */
export interface ActorSeed {
  readonly machine: AnyStateMachine;
  readonly value: string;
  readonly context: Record<string, unknown>;
}

/** Live actors by id, plus on-demand actors for contacts, sessions and customers. */
export class ActorRegistry {
  private readonly agents = new Map<string, Actor<typeof agentMachine>>();
  private readonly queues = new Map<string, Actor<typeof queueMachine>>();
  private readonly watched = new Map<string, AnyActorRef>();

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

  /** Tells an agent's actor about a lifecycle edge; `REMOVE` stops it. */
  sendAgent(agentId: string, event: AgentLifecycleEvent): void {
    const actor = this.agents.get(agentId);
    if (actor === undefined) return;
    actor.send(event);
    if (event.type === 'REMOVE') {
      actor.stop();
      this.agents.delete(agentId);
    }
  }

  /** Tells a queue's actor about a lifecycle edge; `REMOVE` stops it. */
  sendQueue(queueId: string, event: QueueLifecycleEvent): void {
    const actor = this.queues.get(queueId);
    if (actor === undefined) return;
    actor.send(event);
    if (event.type === 'REMOVE') {
      actor.stop();
      this.queues.delete(queueId);
    }
  }

  /** Whether any on-demand actor is watched (lets the hot path skip the lookup). */
  get watching(): boolean {
    return this.watched.size > 0;
  }

  /** Tells a watched actor about a lifecycle edge; drops it once it is done. */
  send(id: string, event: EventObject): void {
    const actor = this.watched.get(id);
    if (actor === undefined) return;
    actor.send(event);
    if (actor.getSnapshot().status === 'done') this.watched.delete(id);
  }

  /** The actor for an id: live (agent, queue), watched, or started now from `seed`. */
  actorOf(id: string, seed?: ActorSeed): AnyActorRef | undefined {
    const live = this.agents.get(id) ?? this.queues.get(id) ?? this.watched.get(id);
    if (live !== undefined || seed === undefined) return live;
    const snapshot = seed.machine.resolveState({ value: seed.value, context: seed.context });
    const actor = createActor(seed.machine, { snapshot, input: seed.context }).start();
    if (actor.getSnapshot().status !== 'done') this.watched.set(id, actor);
    return actor;
  }

  /** Stops every actor. */
  stopAll(): void {
    for (const actor of [...this.agents.values(), ...this.queues.values(), ...this.watched.values()]) actor.stop();
    this.agents.clear();
    this.queues.clear();
    this.watched.clear();
  }
}
