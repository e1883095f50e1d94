/**
 * The engine's actor system: every agent, queue, contact, session and customer has an xstate actor,
 * reachable by its id, made when someone asks for it (`engine.actorOf(id)`): it starts in the record's
 * current state and follows it from then on. Actors receive real lifecycle edges only, never the
 * per-decision traffic, and a record nobody watches has none, so they cost nothing on the routing hot
 * path and no memory per agent (D-028).
 *
 * Actors are standalone (not spawned children of one parent): spawning thousands of children into one
 * parent is quadratic in xstate 5.33.
 */
import { type AnyActorRef, type AnyStateMachine, createActor, type EventObject } from 'xstate';
import type { AgentLifecycleEvent } from './agent.machine.js';
import type { QueueLifecycleEvent } from './queue.machine.js';

/** How to start an actor in a record's current state; `kind` says which edges will reach it. */
export interface ActorSeed {
  readonly kind: 'agent' | 'queue' | 'record';
  readonly machine: AnyStateMachine;
  readonly value: string;
  readonly context: Record<string, unknown>;
}

/** Actors asked for so far, by kind and id; each follows its record until it is done. */
export class ActorRegistry {
  private readonly agents = new Map<string, AnyActorRef>();
  private readonly queues = new Map<string, AnyActorRef>();
  /** Contacts, sessions and customers. */
  private readonly records = new Map<string, AnyActorRef>();

  /** Tells an agent's actor, if it has one, about a lifecycle edge; `REMOVE` stops it. */
  sendAgent(agentId: string, event: AgentLifecycleEvent): void {
    forward(this.agents, agentId, event, event.type === 'REMOVE');
  }

  /** Tells a queue's actor, if it has one, about a lifecycle edge; `REMOVE` stops it. */
  sendQueue(queueId: string, event: QueueLifecycleEvent): void {
    forward(this.queues, queueId, event, event.type === 'REMOVE');
  }

  /** Whether any contact, session or customer actor is watched (lets the hot path skip the lookup). */
  get watching(): boolean {
    return this.records.size > 0;
  }

  /** Tells a contact's, session's or customer's actor, if it has one, about a lifecycle edge. */
  send(id: string, event: EventObject): void {
    forward(this.records, id, event, false);
  }

  /** The actor for an id (an agent's first, then a queue's, then a record's), or one started now from `seed`. */
  actorOf(id: string, seed?: ActorSeed): AnyActorRef | undefined {
    const known = this.agents.get(id) ?? this.queues.get(id) ?? this.records.get(id);
    if (known !== undefined || seed === undefined) return known;
    const snapshot = seed.machine.resolveState({ value: seed.value, context: seed.context });
    const actor = createActor(seed.machine, { snapshot, input: seed.context }).start();
    if (actor.getSnapshot().status !== 'done') this.mapOf(seed.kind).set(id, actor);
    return actor;
  }

  /** Stops every actor. */
  stopAll(): void {
    for (const map of [this.agents, this.queues, this.records]) {
      for (const actor of map.values()) actor.stop();
      map.clear();
    }
  }

  private mapOf(kind: ActorSeed['kind']): Map<string, AnyActorRef> {
    return kind === 'agent' ? this.agents : kind === 'queue' ? this.queues : this.records;
  }
}

/** Sends an event to the actor of `id` in `map`; forgets it when it is done, stopping it first when `stop`. */
function forward(map: Map<string, AnyActorRef>, id: string, event: EventObject, stop: boolean): void {
  const actor = map.get(id);
  if (actor === undefined) return;
  actor.send(event);
  if (stop) actor.stop();
  if (stop || actor.getSnapshot().status === 'done') map.delete(id);
}
