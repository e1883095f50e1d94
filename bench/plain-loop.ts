/**
 * The plain loop: issue 8's yardstick, "a plain indexed routing loop with no actors and no events",
 * run by the same driver on the same workload and clock as the engine, so its rate is measured on
 * the same machine in the same run. It routes as the engine does for `longest-idle` queues (DESIGN.md
 * rules 2 and 3): a new contact goes to the ready agent idle longest (ties by agent id) among the ready
 * sets that may serve its queue; an agent whose wrap-up ends takes the longest-waiting contacts of its
 * queues while it has capacity. An offer, a wrap-up end and becoming available set the agent's idle
 * time; a contact holds capacity from its offer to its wrap-up's end. So it makes the same choices
 * as the engine (the benchmark checks it). It keeps no log, no sessions, no offer expiries and no
 * records beyond a few numbers per contact, validates nothing, and tells the driver only what the
 * driver reads (`offer.created`, `contact.assigned`).
 *
 * Agents of one skill map and queue set share one ready heap (an indexed binary heap in typed arrays),
 * as the engine's ready sets do (D-022). Waiting contacts are a FIFO per queue (every contact has the
 * same priority in these workloads). Non-goals: priorities, strategies other than `longest-idle`,
 * presence changes, rejects, expiries.
 */
import type { Channel, Command, CommandResult, SwitchboardEvent } from '../src/index.js';
import type { BenchClock, DrivenEngine } from './lib.js';
import type { Workload } from './workload.js';

/** The plain loop as the driver sees it, plus each agent's used capacity (for the checksum). */
export interface PlainLoop extends DrivenEngine {
  /** Contacts agent `i` (in `workload.agentIds` order) holds now: offered, active or in wrap-up. */
  loadOf(i: number): number;
}

interface AgentInput {
  readonly id: string;
  readonly skills?: Readonly<Record<string, number>>;
  readonly capacity?: Readonly<Record<string, number>>;
  readonly memberships: readonly { readonly queueId: string }[];
}

interface QueueInput {
  readonly id: string;
  readonly skills?: Readonly<Record<string, number>>;
  readonly wrapUpMs?: number;
}

/** Builds the plain loop over `workload`, every agent available at the clock's current time. */
export function createPlainLoop(workload: Workload, clock: BenchClock, channel: Channel): PlainLoop {
  const agentInputs = workload.config.agents as readonly AgentInput[];
  const queueInputs = workload.config.queues as readonly QueueInput[];
  const queueIndex = new Map(queueInputs.map((q, i) => [q.id, i]));
  const n = agentInputs.length;
  const capacity = Int32Array.from(agentInputs, (a) => a.capacity?.[channel] ?? 1);
  const load = new Int32Array(n);
  const idleSince = new Float64Array(n).fill(clock.now());
  const idRank = ranksById(agentInputs);
  const agentQueues = agentInputs.map((a, i) => Int32Array.from(servedQueues(a, queueInputs, queueIndex, i)));
  const { groupOf, groupCount } = groupAgents(agentInputs, agentQueues);
  const heaps = new ReadyHeaps(groupOf, groupCount, (a, b) => idleSince[a]! < idleSince[b]! || (idleSince[a] === idleSince[b] && idRank[a]! < idRank[b]!));
  for (let a = 0; a < n; a++) if (capacity[a]! > 0) heaps.insert(groupOf[a]!, a);
  const queueGroups = queueInputs.map((_, q) => groupsServing(q, agentQueues, groupOf));
  const wrapUpMs = queueInputs.map((q) => q.wrapUpMs ?? 0);
  const waiting = queueInputs.map(() => new Fifo());
  let waitingTotal = 0;
  // Per contact: its queue, its agent, when it was queued.
  const contactQueue: number[] = [];
  const contactAgent: number[] = [];
  const enqueuedAt: number[] = [];
  const listeners: ((event: SwitchboardEvent) => void)[] = [];
  const ok: CommandResult = { ok: true };

  const emit = (event: SwitchboardEvent): void => {
    for (let i = 0; i < listeners.length; i++) listeners[i]!(event);
  };
  const offer = (c: number, a: number, trigger: 'contact' | 'agent'): void => {
    contactAgent[c] = a;
    idleSince[a] = clock.now();
    if (++load[a]! === capacity[a]) heaps.remove(groupOf[a]!, a);
    else heaps.update(groupOf[a]!, a);
    const q = contactQueue[c]!;
    const queueId = queueInputs[q]!.id;
    emit({ type: 'offer.created', seq: 0, at: clock.now(), offerId: `o-${c}`, contactId: `c-${c}`, agentId: agentInputs[a]!.id, queueId, trigger, expiresAt: 0 });
  };
  const create = (queueId: string): void => {
    const q = queueIndex.get(queueId)!;
    const c = enqueuedAt.length;
    enqueuedAt.push(clock.now());
    contactQueue.push(q);
    contactAgent.push(-1);
    const a = heaps.bestHead(queueGroups[q]!);
    if (a >= 0) return offer(c, a, 'contact');
    waiting[q]!.push(c);
    waitingTotal++;
  };
  const accept = (offerId: string): void => {
    const c = Number(offerId.slice(2));
    const q = contactQueue[c]!;
    const waitMs = clock.now() - enqueuedAt[c]!;
    const agentId = agentInputs[contactAgent[c]!]!.id;
    emit({ type: 'contact.assigned', seq: 0, at: clock.now(), contactId: `c-${c}`, agentId, queueId: queueInputs[q]!.id, waitMs, offerId, trigger: 'contact' });
  };
  const endWrapUp = (c: number): void => {
    const a = contactAgent[c]!;
    idleSince[a] = clock.now();
    if (load[a]!-- === capacity[a]) heaps.insert(groupOf[a]!, a);
    else heaps.update(groupOf[a]!, a);
    while (waitingTotal > 0 && load[a]! < capacity[a]!) {
      const q = longestWaiting(agentQueues[a]!, waiting, enqueuedAt);
      if (q < 0) break;
      waitingTotal--;
      offer(waiting[q]!.shift(), a, 'agent');
    }
  };
  const complete = (contactId: string): void => {
    const c = Number(contactId.slice(2));
    clock.setTimer(clock.now() + wrapUpMs[contactQueue[c]!]!, () => endWrapUp(c));
  };
  const dispatch = (command: Command): CommandResult => {
    if (command.type === 'contact.create') create(command.queueId);
    else if (command.type === 'offer.accept') accept(command.offerId);
    else if (command.type === 'contact.complete') complete(command.contactId);
    else throw new Error(`bench/plain-loop: ${command.type} is not supported`);
    return ok;
  };
  return {
    dispatch,
    loadOf: (i) => load[i]!,
    events$: {
      subscribe(next) {
        listeners.push(next);
        return { unsubscribe: () => void listeners.splice(listeners.indexOf(next), 1) };
      },
    },
  };
}

/** Each agent's rank in agent-id order (the engine breaks ties by comparing ids as strings). */
function ranksById(agents: readonly AgentInput[]): Int32Array {
  const order = agents.map((_, i) => i).sort((a, b) => (agents[a]!.id < agents[b]!.id ? -1 : 1));
  const rank = new Int32Array(agents.length);
  order.forEach((agent, r) => (rank[agent] = r));
  return rank;
}

/** The queues the agent is a member of and whose skill requirement it meets, in membership order. */
function servedQueues(agent: AgentInput, queues: readonly QueueInput[], index: ReadonlyMap<string, number>, i: number): number[] {
  return agent.memberships
    .map((m) => {
      const q = index.get(m.queueId);
      if (q === undefined) throw new Error(`bench/plain-loop: agent ${i} is a member of unknown queue ${m.queueId}`);
      return q;
    })
    .filter((q) => Object.entries(queues[q]!.skills ?? {}).every(([skill, level]) => (agent.skills?.[skill] ?? 0) >= level));
}

/** One ready heap per (skill map, queue set), as the engine's shared ready sets. */
function groupAgents(agents: readonly AgentInput[], agentQueues: readonly Int32Array[]): { groupOf: Int32Array; groupCount: number } {
  const keys = new Map<string, number>();
  const groupOf = Int32Array.from(agents, (agent, i) => {
    const key = JSON.stringify([Object.entries(agent.skills ?? {}).sort(), [...agentQueues[i]!].sort((x, y) => x - y)]);
    let group = keys.get(key);
    if (group === undefined) keys.set(key, (group = keys.size));
    return group;
  });
  return { groupOf, groupCount: keys.size };
}

/** The groups whose agents serve queue `q`. */
function groupsServing(q: number, agentQueues: readonly Int32Array[], groupOf: Int32Array): Int32Array {
  const groups = new Set<number>();
  agentQueues.forEach((queues, a) => queues.includes(q) && groups.add(groupOf[a]!));
  return Int32Array.from(groups);
}

/** The agent's queue whose first waiting contact waited longest (then was created first), or -1. */
function longestWaiting(queues: Int32Array, waiting: readonly Fifo[], enqueuedAt: readonly number[]): number {
  let best = -1;
  let bestContact = -1;
  for (let i = 0; i < queues.length; i++) {
    const q = queues[i]!;
    const fifo = waiting[q]!;
    if (fifo.size === 0) continue;
    const c = fifo.peek();
    if (best < 0 || enqueuedAt[c]! < enqueuedAt[bestContact]! || (enqueuedAt[c] === enqueuedAt[bestContact] && c < bestContact)) {
      best = q;
      bestContact = c;
    }
  }
  return best;
}

/** A FIFO of contact numbers: an array read from a head index, compacted as it drains. */
class Fifo {
  private items: number[] = [];
  private head = 0;

  get size(): number {
    return this.items.length - this.head;
  }

  push(c: number): void {
    this.items.push(c);
  }

  peek(): number {
    return this.items[this.head]!;
  }

  shift(): number {
    const c = this.items[this.head++]!;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return c;
  }
}

/** Binary min-heaps of agents, one per group, in shared typed arrays; each agent in at most one. */
export class ReadyHeaps {
  private readonly slots: Int32Array;
  private readonly start: Int32Array;
  private readonly size: Int32Array;
  /** Each agent's index in its group's heap, or -1 when it is in none. */
  private readonly position: Int32Array;

  constructor(
    groupOf: Int32Array,
    groups: number,
    private readonly less: (a: number, b: number) => boolean,
  ) {
    // Each group's heap is a range of one array, as long as the group has agents.
    this.slots = new Int32Array(groupOf.length);
    this.start = new Int32Array(groups);
    this.size = new Int32Array(groups);
    this.position = new Int32Array(groupOf.length).fill(-1);
    const members = new Int32Array(groups);
    for (const g of groupOf) members[g]!++;
    for (let g = 1; g < groups; g++) this.start[g] = this.start[g - 1]! + members[g - 1]!;
  }

  /** The best head among `groups`, or -1 when they are all empty. */
  bestHead(groups: Int32Array): number {
    let best = -1;
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i]!;
      if (this.size[g] === 0) continue;
      const head = this.slots[this.start[g]!]!;
      if (best < 0 || this.less(head, best)) best = head;
    }
    return best;
  }

  insert(g: number, agent: number): void {
    const i = this.size[g]!++;
    this.place(g, i, agent);
    this.up(g, i);
  }

  remove(g: number, agent: number): void {
    const i = this.position[agent]!;
    const last = this.slots[this.start[g]! + --this.size[g]!]!;
    this.position[agent] = -1;
    if (last === agent) return;
    this.place(g, i, last);
    this.up(g, i);
    this.down(g, this.position[last]!);
  }

  /** Restores the order after `agent`'s key changed. */
  update(g: number, agent: number): void {
    const i = this.position[agent]!;
    this.up(g, i);
    this.down(g, this.position[agent]!);
  }

  private place(g: number, i: number, agent: number): void {
    this.slots[this.start[g]! + i] = agent;
    this.position[agent] = i;
  }

  private at(g: number, i: number): number {
    return this.slots[this.start[g]! + i]!;
  }

  private up(g: number, i: number): void {
    const agent = this.at(g, i);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const above = this.at(g, parent);
      if (!this.less(agent, above)) break;
      this.place(g, i, above);
      i = parent;
    }
    this.place(g, i, agent);
  }

  private down(g: number, i: number): void {
    const agent = this.at(g, i);
    const size = this.size[g]!;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      if (child + 1 < size && this.less(this.at(g, child + 1), this.at(g, child))) child++;
      const below = this.at(g, child);
      if (!this.less(below, agent)) break;
      this.place(g, i, below);
      i = child;
    }
    this.place(g, i, agent);
  }
}
