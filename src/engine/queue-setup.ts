/**
 * Building and changing queues. A queue change re-files every member's slots, since channels,
 * strategy and priority all shape the ready sets and the members' work order.
 */
import { CHANNELS } from '../domain/channel.js';
import type { QueueConfig } from '../domain/config/queue.config.js';
import { noteUpkeep, refreshAgent, unfileAgent } from '../routing/agent-readiness.js';
import type { ChannelReadiness } from '../routing/routed-queue.js';
import type { SkillSet } from '../routing/skill-index.js';
import { compileCalendar } from '../time/calendar/compile-calendar.js';
import { isOpenAt } from '../time/calendar/is-open-at.js';
import { buildSlots, sortMemberships } from './agent-setup.js';
import { scheduleEdge, setOpen } from './calendar-edges.js';
import { sweepNoAgents } from './logged-in.js';
import { rearmQueueTimers } from './queue-entry.js';
import type { EngineState } from './engine-state.js';
import type { AgentRecord, QueueRecord } from './records.js';

function readinessFor(config: QueueConfig): (ChannelReadiness | undefined)[] {
  return CHANNELS.map((c) => (config.channels.includes(c) ? { byProfile: new Map(), groups: new Map(), groupCount: 0, active: [] } : undefined));
}

/** Creates a queue from its configuration, open or closed as its calendar says now. */
export function addQueue(state: EngineState, config: QueueConfig): QueueRecord {
  const queue = buildQueue(state, config, isOpenAt(compileCalendar(config.calendar ?? { alwaysOpen: true }), state.nowMs));
  state.emit({ type: 'queue.added', seq: 0, at: state.nowMs, queueId: queue.id, queue: config });
  scheduleEdge(state, queue);
  return queue;
}

/** Builds and registers a queue record and its actor, emitting nothing (also used by restore). */
export function buildQueue(state: EngineState, config: QueueConfig, open: boolean): QueueRecord {
  const queue: QueueRecord = {
    id: config.id,
    priority: config.priority,
    strategy: config.strategy,
    serves: CHANNELS.map((c) => config.channels.includes(c)),
    open: true,
    buckets: new Map(),
    untargetedBuckets: [],
    activeBuckets: [],
    waitingCount: 0,
    allWaiting: state.allWaiting,
    readiness: readinessFor(config),
    roundRobinCounter: 0,
    config,
    members: [],
    calendar: compileCalendar(config.calendar ?? { alwaysOpen: true }),
    calendarVersion: 0,
    loggedInCount: 0,
    requirements: requirementsOf(state, config),
    lastAnswerAtMs: null,
    answerGapMs: null,
  };
  queue.open = open;
  state.queues.set(queue.id, queue);
  return queue;
}

/** The queue's interned requirements: one per relaxation step, or its `skills`. */
function requirementsOf(state: EngineState, config: QueueConfig): SkillSet[] {
  const steps = config.relaxation;
  if (steps === undefined || steps.length === 0) return [state.skills.requirement(config.skills)];
  return steps.map((step) => state.skills.requirement(step.skills));
}

/**
 * Replaces a queue's configuration: the change is logged first, then its effects. Waiting contacts
 * stay, with their queue timers re-armed for the new configuration (from their entry time); members
 * are re-filed and routed in id order (never in the history-dependent order of the member list).
 */
export function updateQueue(state: EngineState, queue: QueueRecord, config: QueueConfig): void {
  state.emit({ type: 'queue.updated', seq: 0, at: state.nowMs, queueId: queue.id, queue: config });
  const agents = [...new Set(queue.members.map((m) => m.agent as AgentRecord))].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const agent of agents) unfileAgent(agent);
  const calendarChanged = JSON.stringify(queue.config.calendar) !== JSON.stringify(config.calendar);
  queue.config = config;
  queue.requirements = requirementsOf(state, config);
  queue.priority = config.priority;
  queue.strategy = config.strategy;
  queue.serves = CHANNELS.map((c) => config.channels.includes(c));
  const readiness = readinessFor(config);
  queue.readiness.length = 0;
  queue.readiness.push(...readiness);
  for (const membership of queue.members) buildSlots(membership);
  for (const agent of agents) {
    sortMemberships(agent);
    noteUpkeep(agent);
    refreshAgent(agent, state.phoneBlocks);
    state.raiseAgent(agent);
  }
  rearmQueueTimers(state, queue);
  if (calendarChanged) {
    queue.calendar = compileCalendar(config.calendar ?? { alwaysOpen: true });
    queue.calendarVersion++;
    setOpen(state, queue, isOpenAt(queue.calendar, state.nowMs));
    scheduleEdge(state, queue);
  }
  sweepNoAgents(state, queue);
}

/** Removes a queue with no members and no waiting contacts. */
export function removeQueue(state: EngineState, queue: QueueRecord): void {
  state.queues.delete(queue.id);
  state.actors.sendQueue(queue.id, { type: 'REMOVE' });
  state.emit({ type: 'queue.removed', seq: 0, at: state.nowMs, queueId: queue.id });
}
