/**
 * The plain loop: issue 8's yardstick, "a plain indexed routing loop with no actors and no events",
 * run by the same driver on the same workload and clock as the engine, so its rate is measured on
 * the same machine in the same run. It routes as the engine does for `longest-idle` queues (DESIGN.md
 * rules 2 and 3): a new contact goes to the ready agent idle longest (ties by agent id) among the ready
 * sets that may serve its queue; an agent whose wrap-up ends takes the longest-waiting contacts of its
 * queues while it has capacity. An offer, a wrap-up end and becoming available set the agent's idle
 * time; a contact holds capacity from its offer to its wrap-up's end. So it makes the engine's choices
 * (the benchmark checks it). It keeps no log, no sessions, no offer expiries and nothing per contact
 * but its queue, agent and queueing time; it validates nothing, and it emits only the two events the
 * driver acts on (`offer.created`, `contact.assigned`; the engine emits ten per chat).
 *
 * Agents of one skill map and queue set share one ready heap (`bench/ready-heaps.ts`), as the
 * engine's ready sets do (D-022); typed arrays, not the engine's `IndexedHeap`, whose items are objects.
 * Waiting contacts are a mnemonist `Queue` per queue. Configuration it would not follow (another
 * strategy, priorities, overflow...) is refused when the loop is built.
 */
import { Queue } from 'mnemonist';
import type { AgentConfigInput, Channel, Command, CommandResult, QueueConfigInput, SwitchboardEvent } from '../src/index.js';
import type { BenchClock, DrivenEngine } from './lib.js';
import { ReadyHeaps } from './ready-heaps.js';
import type { Workload } from './workload.js';

/** Builds the plain loop over `workload`, every agent available at the clock's current time. */
export function createPlainLoop(workload: Workload, clock: BenchClock, channel: Channel): PlainLoop {
  const { agents = [], queues = [] } = workload.config;
  checkSupported(agents, queues, channel);
  return new PlainLoop(agents, queues, clock, channel);
}

const QUEUE_FIELDS = new Set(['id', 'channels', 'wrapUpMs', 'skills', 'strategy', 'offerMode', 'priority']);
const AGENT_FIELDS = new Set(['id', 'skills', 'capacity', 'memberships']);

/** Refuses, naming the queue or agent, what the loop would route differently from the engine. */
function checkSupported(agents: readonly AgentConfigInput[], queues: readonly QueueConfigInput[], channel: Channel): void {
  const refuse = (what: string, why: string): never => {
    throw new Error(`bench/plain-loop: ${what} ${why}, which the plain loop does not follow`);
  };
  for (const q of queues) {
    const extra = Object.keys(q).find((key) => !QUEUE_FIELDS.has(key));
    if (extra !== undefined) refuse(`queue ${q.id}`, `sets ${extra}`);
    if ((q.strategy ?? 'longest-idle') !== 'longest-idle') refuse(`queue ${q.id}`, `has strategy ${q.strategy}`);
    if ((q.offerMode ?? 'offer') !== 'offer') refuse(`queue ${q.id}`, `has offer mode ${q.offerMode}`);
    if ((q.priority ?? 0) !== 0) refuse(`queue ${q.id}`, `has priority ${q.priority}`);
  }
  for (const a of agents) {
    const extra = Object.keys(a).find((key) => !AGENT_FIELDS.has(key));
    if (extra !== undefined) refuse(`agent ${a.id}`, `sets ${extra}`);
    if (a.capacity?.[channel] === undefined) refuse(`agent ${a.id}`, `has no ${channel} capacity`);
    for (const m of a.memberships ?? []) {
      const extra = Object.keys(m).find((key) => key !== 'queueId' && key !== 'priority');
      if (extra !== undefined) refuse(`agent ${a.id}`, `sets ${extra} on its membership of ${m.queueId}`);
      if ((m.priority ?? 0) !== 0) refuse(`agent ${a.id}`, `has priority ${m.priority} in ${m.queueId}`);
    }
  }
}

/** The loop as the driver sees it, plus each agent's used capacity (for the checksum). */
export class PlainLoop implements DrivenEngine {
  readonly events$ = {
    subscribe: (next: (event: SwitchboardEvent) => void) => {
      this.listeners.push(next);
      return { unsubscribe: () => void this.listeners.splice(this.listeners.indexOf(next), 1) };
    },
  };
  private readonly listeners: ((event: SwitchboardEvent) => void)[] = [];
  private readonly ok: CommandResult = { ok: true };
  private readonly agentIds: string[];
  private readonly capacity: Int32Array;
  private readonly load: Int32Array;
  private readonly idleSince: Float64Array;
  private readonly groupOf: Int32Array;
  private readonly heaps: ReadyHeaps;
  /** Per agent, the queues it serves; per queue, the ready groups that serve it. */
  private readonly agentQueues: Int32Array[];
  private readonly queueGroups: Int32Array[];
  private readonly queueIds: string[];
  private readonly queueIndex: Map<string, number>;
  private readonly wrapUpMs: number[];
  private readonly waiting: Queue<number>[];
  private waitingTotal = 0;
  // Per contact: its queue, its agent, when it was queued.
  private readonly contactQueue: number[] = [];
  private readonly contactAgent: number[] = [];
  private readonly enqueuedAt: number[] = [];

  constructor(
    agents: readonly AgentConfigInput[],
    queues: readonly QueueConfigInput[],
    private readonly clock: BenchClock,
    channel: Channel,
  ) {
    this.agentIds = agents.map((a) => a.id);
    this.queueIds = queues.map((q) => q.id);
    this.queueIndex = new Map(this.queueIds.map((id, i) => [id, i]));
    this.capacity = Int32Array.from(agents, (a) => a.capacity?.[channel] ?? 0);
    this.load = new Int32Array(agents.length);
    this.idleSince = new Float64Array(agents.length).fill(clock.now());
    this.agentQueues = agents.map((a) => Int32Array.from(servedQueues(a, queues, this.queueIndex)));
    const { groupOf, groupCount } = groupAgents(agents, this.agentQueues);
    this.groupOf = groupOf;
    const rank = ranksById(this.agentIds);
    const idle = this.idleSince;
    this.heaps = new ReadyHeaps(groupOf, groupCount, (a, b) => idle[a]! < idle[b]! || (idle[a] === idle[b] && rank[a]! < rank[b]!));
    for (let a = 0; a < agents.length; a++) if (this.capacity[a]! > 0) this.heaps.insert(this.groupOf[a]!, a);
    this.queueGroups = queues.map((_, q) => groupsServing(q, this.agentQueues, this.groupOf));
    this.wrapUpMs = queues.map((q) => q.wrapUpMs ?? 0);
    this.waiting = queues.map(() => new Queue<number>());
  }

  /** Contacts agent `i` (in configuration order) holds now: offered, active or in wrap-up. */
  loadOf(i: number): number {
    return this.load[i]!;
  }

  dispatch(command: Command): CommandResult {
    if (command.type === 'contact.create') this.create(command.queueId);
    else if (command.type === 'offer.accept') this.accept(command.offerId);
    else if (command.type === 'contact.complete') this.complete(command.contactId);
    else throw new Error(`bench/plain-loop: ${command.type} is not supported`);
    return this.ok;
  }

  private create(queueId: string): void {
    const q = this.queueIndex.get(queueId);
    if (q === undefined) throw new Error(`bench/plain-loop: unknown queue ${queueId}`);
    const c = this.enqueuedAt.length;
    this.enqueuedAt.push(this.clock.now());
    this.contactQueue.push(q);
    this.contactAgent.push(-1);
    const a = this.heaps.bestHead(this.queueGroups[q]!);
    if (a >= 0) return this.offer(c, a, 'contact');
    this.waiting[q]!.enqueue(c);
    this.waitingTotal++;
  }

  private offer(c: number, a: number, trigger: 'contact' | 'agent'): void {
    this.contactAgent[c] = a;
    this.idleSince[a] = this.clock.now();
    if (++this.load[a]! === this.capacity[a]) this.heaps.remove(this.groupOf[a]!, a);
    else this.heaps.update(this.groupOf[a]!, a);
    const queueId = this.queueIds[this.contactQueue[c]!]!;
    const event = { type: 'offer.created', seq: 0, at: this.clock.now(), offerId: `o-${c}`, contactId: `c-${c}`, agentId: this.agentIds[a]!, queueId, trigger, expiresAt: 0 } as const;
    this.emit(event);
  }

  private accept(offerId: string): void {
    const c = Number(offerId.slice(2));
    const queueId = this.queueIds[this.contactQueue[c]!]!;
    const waitMs = this.clock.now() - this.enqueuedAt[c]!;
    const agentId = this.agentIds[this.contactAgent[c]!]!;
    this.emit({ type: 'contact.assigned', seq: 0, at: this.clock.now(), contactId: `c-${c}`, agentId, queueId, waitMs, offerId, trigger: 'contact' });
  }

  private complete(contactId: string): void {
    const c = Number(contactId.slice(2));
    this.clock.setTimer(this.clock.now() + this.wrapUpMs[this.contactQueue[c]!]!, () => this.endWrapUp(c));
  }

  private endWrapUp(c: number): void {
    const a = this.contactAgent[c]!;
    this.idleSince[a] = this.clock.now();
    if (this.load[a]!-- === this.capacity[a]) this.heaps.insert(this.groupOf[a]!, a);
    else this.heaps.update(this.groupOf[a]!, a);
    while (this.waitingTotal > 0 && this.load[a]! < this.capacity[a]!) {
      const q = longestWaiting(this.agentQueues[a]!, this.waiting, this.enqueuedAt);
      if (q < 0) break;
      this.waitingTotal--;
      this.offer(this.waiting[q]!.dequeue()!, a, 'agent');
    }
  }

  private emit(event: SwitchboardEvent): void {
    for (let i = 0; i < this.listeners.length; i++) this.listeners[i]!(event);
  }
}

/** Each agent's rank in agent-id order (the engine breaks ties by comparing ids as strings). */
function ranksById(ids: readonly string[]): Int32Array {
  const order = ids.map((_, i) => i).sort((a, b) => (ids[a]! < ids[b]! ? -1 : 1));
  const rank = new Int32Array(ids.length);
  order.forEach((agent, r) => (rank[agent] = r));
  return rank;
}

/** The queues the agent is a member of and whose skill requirement it meets, in membership order. */
function servedQueues(agent: AgentConfigInput, queues: readonly QueueConfigInput[], index: ReadonlyMap<string, number>): number[] {
  return (agent.memberships ?? [])
    .map((m) => {
      const q = index.get(m.queueId);
      if (q === undefined) throw new Error(`bench/plain-loop: agent ${agent.id} is a member of unknown queue ${m.queueId}`);
      return q;
    })
    .filter((q) => Object.entries(queues[q]!.skills ?? {}).every(([skill, level]) => (agent.skills?.[skill] ?? 0) >= level));
}

/** Each agent's ready group: one per (skill map, queue set), as the engine's shared ready sets. */
function groupAgents(agents: readonly AgentConfigInput[], agentQueues: readonly Int32Array[]): { groupOf: Int32Array; groupCount: number } {
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
function longestWaiting(queues: Int32Array, waiting: readonly Queue<number>[], enqueuedAt: readonly number[]): number {
  let best = -1;
  let bestContact = -1;
  for (let i = 0; i < queues.length; i++) {
    const q = queues[i]!;
    const queue = waiting[q]!;
    if (queue.size === 0) continue;
    const c = queue.peek()!;
    if (best < 0 || enqueuedAt[c]! < enqueuedAt[bestContact]! || (enqueuedAt[c] === enqueuedAt[bestContact] && c < bestContact)) {
      best = q;
      bestContact = c;
    }
  }
  return best;
}
