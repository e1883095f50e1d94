/**
 * Where an agent's slots are filed: its queue's own ready set, or (`longest-idle`) its queue's view
 * of a group shared by every agent with the same profile and the same `longest-idle` queues for the
 * channel. Worked out once after each change to the agent or its queues, then cached in the slots and
 * in the agent's list of lead slots.
 *
 * A decision looks at the head of every active set of its queue, so a queue takes part in at most
 * `GROUPS_PER_QUEUE_MAX` groups per channel: where agents' queue sets are all different, later agents
 * use the queue's own sets there, and a decision still looks at a bounded number of sets. Which agents
 * share never changes a choice (every set is ordered by idle time, then id), only what it costs.
 */
import { IndexedHeap } from './indexed-heap.js';
import type { AgentSlot, RoutedAgent } from './routed-agent.js';
import type { ChannelReadiness, ReadyGroup, ReadySet, RoutedQueue } from './routed-queue.js';
import { slotOrder, upkeepOf } from './strategies.js';

/**
 * Sets `home` and `lead` of every slot of the agent and returns the lead slots, all channels. A slot
 * whose queue does not serve its channel keeps a null home (it is never filed).
 */
export function assignHomes(agent: RoutedAgent): AgentSlot[] {
  const leads: AgentSlot[] = [];
  const shared: AgentSlot[][] = [];
  for (const membership of agent.memberships) {
    for (const slot of membership.slots) {
      const readiness = membership.queue.readiness[slot.channelIndex];
      if (readiness === undefined) continue;
      if (upkeepOf(membership.queue.strategy) === 'lazy') {
        (shared[slot.channelIndex] ??= []).push(slot);
      } else {
        slot.home = ownSet(readiness, membership.queue, agent);
        slot.lead = true;
        leads.push(slot);
      }
    }
  }
  shared.forEach((slots, channelIndex) => placeLazySlots(agent, channelIndex, slots, leads));
  // A copy at its exact size: `push` left room for 17, and every agent keeps this list.
  return leads.slice();
}

/**
 * Places the agent's `longest-idle` slots of one channel: those of its group's queues in the group's
 * views, with the first of them (in the agent's work order) as lead; the others in their queue's own set.
 */
function placeLazySlots(agent: RoutedAgent, channelIndex: number, slots: readonly AgentSlot[], leads: AgentSlot[]): void {
  const group = groupFor(agent, channelIndex, slots);
  const peers = group === null ? [] : group.queues.map((queue) => slots.find((slot) => slot.membership.queue === queue) as AgentSlot);
  peers.forEach((slot, i) => (slot.home = (group as ReadyGroup).views[i] as ReadySet));
  const lead = slots.find((slot) => peers.includes(slot));
  if (group !== null) group.agentCount++;
  for (const slot of slots) {
    if (peers.includes(slot)) {
      slot.lead = slot === lead;
      continue;
    }
    slot.home = ownSet(slot.membership.queue.readiness[channelIndex] as ChannelReadiness, slot.membership.queue, agent);
    slot.lead = true;
    leads.push(slot);
  }
  if (lead !== undefined) {
    lead.peers = peers;
    leads.push(lead);
  }
}

function ownSet(readiness: ChannelReadiness, queue: RoutedQueue, agent: RoutedAgent): ReadySet {
  const profile = agent.profile;
  let set = readiness.byProfile.get(profile.id);
  if (set === undefined) {
    set = { profile, agents: new IndexedHeap(slotOrder(queue.strategy)), upkeep: upkeepOf(queue.strategy), activeIndex: -1, group: null, index: 0 };
    readiness.byProfile.set(profile.id, set);
  }
  return set;
}

/** How many shared groups one queue takes part in, per channel, at most (see the file's comment). */
export const GROUPS_PER_QUEUE_MAX = 16;

/**
 * The group for the agent's profile and these slots' queues, kept by the first queue (by id) under the
 * whole set's key; null when fewer than two of the queues can take part in one more group.
 */
function groupFor(agent: RoutedAgent, channelIndex: number, slots: readonly AgentSlot[]): ReadyGroup | null {
  const queues = slots.map((slot) => slot.membership.queue).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const key = `${agent.profile.id}|${queues.map((queue) => queue.id).join(',')}`;
  const registry = ((queues[0] as RoutedQueue).readiness[channelIndex] as ChannelReadiness).groups;
  const known = registry.get(key);
  if (known !== undefined) return known;
  const members = queues.filter((queue) => (queue.readiness[channelIndex] as ChannelReadiness).groupCount < GROUPS_PER_QUEUE_MAX);
  if (members.length < 2) return null;
  const group = newGroup(agent, channelIndex, members, key, registry);
  for (const readiness of group.readiness) readiness.groupCount++;
  registry.set(key, group);
  return group;
}

/**
 * An agent's lead slot of a group lets go of it (`unfileAgent`). The last agent to leave dissolves the
 * group, so its queues count only groups that hold agents. Every member of a queue leaves before the
 * queue's ready sets are rebuilt (`queue.update`), so no group outlives the sets it was made from.
 */
export function leaveGroup(lead: AgentSlot): void {
  const group = (lead.home as ReadySet).group as ReadyGroup;
  if (--group.agentCount > 0) return;
  for (const readiness of group.readiness) readiness.groupCount--;
  group.registry.delete(group.key);
}

function newGroup(agent: RoutedAgent, channelIndex: number, queues: RoutedQueue[], key: string, registry: Map<string, ReadyGroup>): ReadyGroup {
  const agents = new IndexedHeap<AgentSlot>(slotOrder('longest-idle'));
  const views: ReadySet[] = [];
  const readiness = queues.map((queue) => queue.readiness[channelIndex] as ChannelReadiness);
  const group: ReadyGroup = { agents, queues, readiness, views, key, registry, agentCount: 0 };
  for (let i = 0; i < queues.length; i++) views.push({ profile: agent.profile, agents, upkeep: 'lazy', activeIndex: -1, group, index: i });
  return group;
}
