/**
 * Building and changing queues. A queue change re-files every member's slots, since channels,
 * strategy and priority all shape the ready sets and the members' work order.
 */
import { CHANNELS } from '../domain/channel.js';
import type { QueueConfig } from '../domain/config/queue.config.js';
import { refreshAgent, unfileAgent } from '../routing/agent-readiness.js';
import type { ChannelReadiness } from '../routing/routed-queue.js';
import { buildSlots, sortMemberships } from './agent-setup.js';
import type { EngineState } from './engine-state.js';
import type { AgentRecord, QueueRecord } from './records.js';

function readinessFor(config: QueueConfig): (ChannelReadiness | undefined)[] {
  return CHANNELS.map((c) => (config.channels.includes(c) ? { byProfile: new Map(), active: [] } : undefined));
}

/** Creates a queue from its configuration (open: business hours come with calendars). */
export function addQueue(state: EngineState, config: QueueConfig): QueueRecord {
  const queue: QueueRecord = {
    id: config.id,
    priority: config.priority,
    strategy: config.strategy,
    serves: CHANNELS.map((c) => config.channels.includes(c)),
    open: true,
    buckets: new Map(),
    activeBuckets: [],
    waitingCount: 0,
    readiness: readinessFor(config),
    roundRobinCounter: 0,
    config,
    members: [],
  };
  state.queues.set(queue.id, queue);
  state.actors.addQueue(queue.id, queue.open);
  state.emit({ type: 'queue.added', seq: 0, at: state.nowMs, queueId: queue.id, queue: config });
  return queue;
}

/** Replaces a queue's configuration; waiting contacts stay, members are re-filed and routed. */
export function updateQueue(state: EngineState, queue: QueueRecord, config: QueueConfig): void {
  const agents = new Set(queue.members.map((m) => m.agent as AgentRecord));
  for (const agent of agents) unfileAgent(agent);
  queue.config = config;
  queue.priority = config.priority;
  queue.strategy = config.strategy;
  queue.serves = CHANNELS.map((c) => config.channels.includes(c));
  const readiness = readinessFor(config);
  queue.readiness.length = 0;
  queue.readiness.push(...readiness);
  for (const membership of queue.members) buildSlots(membership);
  for (const agent of agents) {
    sortMemberships(agent);
    refreshAgent(agent, state.phoneBlocks);
    state.raiseAgent(agent);
  }
  state.emit({ type: 'queue.updated', seq: 0, at: state.nowMs, queueId: queue.id, queue: config });
}

/** Removes a queue with no members and no waiting contacts. */
export function removeQueue(state: EngineState, queue: QueueRecord): void {
  state.queues.delete(queue.id);
  state.actors.sendQueue(queue.id, { type: 'REMOVE' });
  state.emit({ type: 'queue.removed', seq: 0, at: state.nowMs, queueId: queue.id });
}
