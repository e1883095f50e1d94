/**
 * Keeps the ready sets true: an agent's slot is in the (queue, channel, profile) set exactly when the
 * agent could take one more contact of that channel. Called after every change to an agent.
 */
import { IndexedHeap } from './indexed-heap.js';
import { type AgentSlot, canTake, type ChannelFlags, type RoutedAgent } from './routed-agent.js';
import { activate, deactivate, type ReadySet, type RoutedQueue } from './routed-queue.js';
import { slotOrder } from './strategies.js';

/**
 * Re-files every slot of an agent after its presence, phone, capacity, load or idle time changed.
 * Costs one heap operation per (membership, channel), never a scan of other agents.
 */
export function refreshAgent(agent: RoutedAgent, phoneBlocks: ChannelFlags): void {
  const memberships = agent.memberships;
  for (let i = 0; i < memberships.length; i++) {
    const slots = memberships[i]!.slots;
    for (let j = 0; j < slots.length; j++) {
      const slot = slots[j] as AgentSlot;
      if (canTake(agent, slot.channelIndex, phoneBlocks)) {
        if (slot.set === null) fileSlot(slot);
        else slot.set.agents.update(slot);
      } else if (slot.set !== null) {
        unfileSlot(slot);
      }
    }
  }
}

/** Takes every slot of an agent out of the ready sets (before its memberships or profile change). */
export function unfileAgent(agent: RoutedAgent): void {
  for (const membership of agent.memberships) {
    for (const slot of membership.slots) if (slot.set !== null) unfileSlot(slot);
  }
}

/** Rebuilds a queue's ready sets, e.g. after its strategy changed. */
export function reindexQueue(queue: RoutedQueue, slots: readonly AgentSlot[], phoneBlocks: ChannelFlags): void {
  for (const slot of slots) if (slot.set !== null) unfileSlot(slot);
  for (const readiness of queue.readiness) {
    if (readiness === undefined) continue;
    readiness.byProfile.clear();
    readiness.active.length = 0;
  }
  for (const slot of slots) if (canTake(slot.agent, slot.channelIndex, phoneBlocks)) fileSlot(slot);
}

function fileSlot(slot: AgentSlot): void {
  const queue = slot.membership.queue;
  const readiness = queue.readiness[slot.channelIndex];
  if (readiness === undefined) return;
  const profile = slot.agent.profile;
  let set = readiness.byProfile.get(profile.id);
  if (set === undefined) {
    set = { profile, agents: new IndexedHeap(slotOrder(queue.strategy)), activeIndex: -1 };
    readiness.byProfile.set(profile.id, set);
  }
  set.agents.push(slot);
  slot.set = set;
  activate(readiness.active, set);
}

function unfileSlot(slot: AgentSlot): void {
  const set = slot.set as ReadySet;
  set.agents.remove(slot);
  slot.set = null;
  if (set.agents.size === 0) {
    deactivate((slot.membership.queue.readiness[slot.channelIndex] as { active: ReadySet[] }).active, set);
  }
}
