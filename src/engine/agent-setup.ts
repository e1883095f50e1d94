/**
 * Building and changing agents: profile, capacity arrays, memberships and their ready-set slots.
 * Lowering a cap never evicts work: the agent just stops getting offers until it is under the cap.
 */
import { CHANNELS } from '../domain/channel.js';
import type { Presence } from '../domain/presence.js';
import { type AgentConfig, DEFAULT_CAPACITY, type MembershipConfig } from '../domain/config/agent.config.js';
import { noteUpkeep, refreshAgent, unfileAgent } from '../routing/agent-readiness.js';
import { dequeueContact, enqueueContact } from '../routing/contact-queue.js';
import type { AgentSlot, Membership } from '../routing/routed-agent.js';
import type { EngineState } from './engine-state.js';
import { countMembers, isLoggedIn } from './logged-in.js';
import { withdrawOffersOf } from './offers.js';
import type { AgentRecord, QueueRecord } from './records.js';
import { setTarget } from './contact-record.js';
import { targetOf } from '../routing/routed-contact.js';

/** Per-channel caps of a configuration, by channel index. */
export function capacityOf(config: AgentConfig): { capacity: number[]; capacityTotalMax: number } {
  if (config.capacity === undefined) {
    return { capacity: CHANNELS.map((c) => DEFAULT_CAPACITY[c]), capacityTotalMax: config.capacityTotalMax ?? 1 };
  }
  const caps = config.capacity;
  return { capacity: CHANNELS.map((c) => caps[c] ?? 0), capacityTotalMax: config.capacityTotalMax ?? Infinity };
}

/** Creates an agent (offline) from its configuration. */
export function addAgent(state: EngineState, config: AgentConfig): AgentRecord {
  const agent = buildAgent(state, config, 'offline', false);
  state.emit({ type: 'agent.added', seq: 0, at: state.nowMs, agentId: agent.id, agent: config });
  setMemberships(state, agent, config.memberships);
  return agent;
}

/** Builds and registers an agent record (no memberships yet) and its actor, emitting nothing. */
export function buildAgent(state: EngineState, config: AgentConfig, presence: Presence, phoneBusy: boolean): AgentRecord {
  const { capacity, capacityTotalMax } = capacityOf(config);
  const agent: AgentRecord = {
    kind: 'agent',
    id: config.id,
    profile: state.skills.profile(config.skills),
    presence,
    phoneBusy,
    capacity,
    capacityTotalMax,
    used: CHANNELS.map(() => 0),
    usedTotal: 0,
    idleSinceMs: state.nowMs,
    memberships: [],
    readyMask: 0,
    eagerUpkeep: false,
    leads: null,
    config,
    missedInRow: 0,
    pendingOffers: [],
    triggered: false,
  };
  state.agents.set(agent.id, agent);
  return agent;
}

/** Replaces an agent's configuration, keeping presence and work in progress. */
export function updateAgent(state: EngineState, agent: AgentRecord, config: AgentConfig): void {
  // The change first, then what it causes (withdrawn offers, no-agents overflow).
  state.emit({ type: 'agent.updated', seq: 0, at: state.nowMs, agentId: agent.id, agent: config });
  unfileAgent(agent);
  const { capacity, capacityTotalMax } = capacityOf(config);
  agent.config = config;
  agent.profile = state.skills.profile(config.skills);
  agent.capacity = capacity;
  agent.capacityTotalMax = capacityTotalMax;
  setMemberships(state, agent, config.memberships);
}

/** Removes an agent that holds no work. */
export function removeAgent(state: EngineState, agent: AgentRecord): void {
  state.emit({ type: 'agent.removed', seq: 0, at: state.nowMs, agentId: agent.id });
  setMemberships(state, agent, []);
  state.agents.delete(agent.id);
  state.actors.sendAgent(agent.id, { type: 'REMOVE' });
}

/** Rebuilds an agent's memberships (keeping round-robin positions), re-files it and routes it. */
export function setMemberships(state: EngineState, agent: AgentRecord, configs: readonly MembershipConfig[]): void {
  const kept = new Set(configs.map((c) => c.queueId));
  withdrawOffersOf(state, agent, 'membership_removed', (offer) => !kept.has(offer.membership.queue.id));
  unfileAgent(agent);
  const previous = new Map(agent.memberships.map((m) => [m.queue.id, m]));
  for (const old of agent.memberships) removeFromQueue(old.queue as QueueRecord, old);
  const loggedIn = isLoggedIn(agent.presence);
  const old = agent.memberships;
  buildMemberships(state, agent, configs, (queueId) => previous.get(queueId)?.roundRobinSeq ?? 0);
  refreshAgent(agent, state.phoneBlocks);
  if (loggedIn) {
    countMembers(state, agent.memberships, 1);
    countMembers(state, old, -1);
  }
  untargetLeftQueues(state, agent, old);
  state.raiseAgent(agent);
}

/** Contacts waiting for this agent in queues it has left fall back to the whole queue. */
function untargetLeftQueues(state: EngineState, agent: AgentRecord, old: readonly Membership[]): void {
  const left = new Set(old.filter((m) => !agent.memberships.some((n) => n.queue === m.queue)).map((m) => m.queue));
  if (left.size === 0) return;
  const stranded = [...state.contacts.values()]
    .filter((c) => targetOf(c) === agent.id && c.status === 'queued' && left.has(c.queue))
    .sort((a, b) => a.seq - b.seq);
  for (const contact of stranded) {
    dequeueContact(contact);
    setTarget(contact, null);
    state.emit({ type: 'contact.untargeted', seq: 0, at: state.nowMs, contactId: contact.id, agentId: agent.id, reason: 'agent_left' });
    enqueueContact(contact.queue, contact);
    state.raiseContact(contact);
  }
}

/** Creates an agent's memberships and slots, in work order, and adds them to their queues. */
export function buildMemberships(
  state: EngineState,
  agent: AgentRecord,
  configs: readonly MembershipConfig[],
  roundRobinSeqOf: (queueId: string) => number,
): void {
  agent.memberships = configs.map((config) => {
    const queue = state.queues.get(config.queueId) as QueueRecord;
    const membership: Membership = {
      agent,
      queue,
      priority: config.priority,
      wrapUpMs: config.wrapUpMs ?? null,
      roundRobinSeq: roundRobinSeqOf(queue.id),
      slots: [],
    };
    buildSlots(membership);
    queue.members.push(membership);
    return membership;
  });
  sortMemberships(agent);
  noteUpkeep(agent);
}

/** Orders memberships as the agent's work order: membership priority, queue priority, queue id. */
export function sortMemberships(agent: AgentRecord): void {
  agent.memberships.sort(
    (a, b) =>
      b.priority - a.priority ||
      b.queue.priority - a.queue.priority ||
      (a.queue.id < b.queue.id ? -1 : a.queue.id > b.queue.id ? 1 : 0),
  );
}

/**
 * (Re)creates a membership's slots: one per channel its queue serves. The array is built at its exact
 * size (an empty array grown by `push` reserves room for 17), since there is one per membership.
 */
export function buildSlots(membership: Membership): void {
  const channels = membership.queue.serves.flatMap((served, channelIndex) => (served ? [channelIndex] : []));
  membership.slots = channels.map(
    (channelIndex): AgentSlot => ({ heapIndex: -1, agent: membership.agent, membership, channelIndex, set: null, home: null, lead: false, peers: null, idleKeyMs: 0 }),
  );
}

function removeFromQueue(queue: QueueRecord, membership: Membership): void {
  const index = queue.members.indexOf(membership);
  if (index >= 0) queue.members.splice(index, 1);
}
