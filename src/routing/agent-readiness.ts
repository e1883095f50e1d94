/**
 * Keeps the ready sets true: an agent's slot is in the (queue, channel, profile) set exactly when the
 * agent could take one more contact of that channel. Called after every change to an agent.
 */
import { assignHomes, leaveGroup } from './ready-groups.js';
import { type AgentSlot, canTake, type ChannelFlags, type Membership, type RoutedAgent } from './routed-agent.js';
import { activate, type ChannelReadiness, deactivate, type ReadySet } from './routed-queue.js';
import { upkeepOf } from './strategies.js';

/**
 * Re-files every slot of an agent after its presence, phone, capacity, load or idle time changed:
 * into or out of its ready sets as it can or cannot take more; re-sorted only in `least-occupied`
 * sets (`longest-idle` refreshes lazily, the others do not move as agents work). Never a scan of
 * other agents. Only lead slots are touched: in `longest-idle` queues that is one heap operation per
 * channel, whatever the number of queues (see `ReadyGroup`).
 */
export function refreshAgent(agent: RoutedAgent, phoneBlocks: ChannelFlags): void {
  const mask = readyMask(agent, phoneBlocks);
  // Most changes (one more chat of three) flip no channel: nothing to file unless a set re-sorts on load.
  if (mask === agent.readyMask && !agent.eagerUpkeep) return;
  agent.readyMask = mask;
  const leads = agent.leads ?? (agent.leads = assignHomes(agent));
  for (let i = 0; i < leads.length; i++) {
    const slot = leads[i] as AgentSlot;
    if ((mask & (1 << slot.channelIndex)) !== 0) {
      if (slot.set === null) fileSlot(slot);
      else if (slot.set.upkeep === 'eager') slot.set.agents.update(slot);
    } else if (slot.set !== null) {
      unfileSlot(slot);
    }
  }
}

/** The channels the agent could take one more contact of, as bits by channel index. */
function readyMask(agent: RoutedAgent, phoneBlocks: ChannelFlags): number {
  let mask = 0;
  for (let channel = 0; channel < agent.capacity.length; channel++) if (canTake(agent, channel, phoneBlocks)) mask |= 1 << channel;
  return mask;
}

/** Notes whether any of the agent's queues re-sorts its ready sets on load (call after memberships change). */
export function noteUpkeep(agent: RoutedAgent): void {
  agent.eagerUpkeep = agent.memberships.some((m) => upkeepOf(m.queue.strategy) === 'eager');
}

/** Re-sorts a membership's slots after its round-robin position changed (the agent was picked there). */
export function reorderMembership(membership: Membership): void {
  for (const slot of membership.slots) if (slot.set !== null) slot.set.agents.update(slot);
}

/** Takes every slot of an agent out of the ready sets (before its memberships, profile or queues change). */
export function unfileAgent(agent: RoutedAgent): void {
  agent.readyMask = 0;
  for (const slot of agent.leads ?? []) {
    if (slot.set !== null) unfileSlot(slot);
    if (slot.peers !== null) leaveGroup(slot);
  }
  agent.leads = null;
  for (const membership of agent.memberships) {
    for (const slot of membership.slots) {
      slot.home = null;
      slot.lead = false;
      slot.peers = null;
    }
  }
}

function fileSlot(slot: AgentSlot): void {
  const set = slot.home as ReadySet;
  slot.set = set;
  slot.idleKeyMs = slot.agent.idleSinceMs;
  set.agents.push(slot);
  if (set.agents.size === 1) showSet(set, slot);
}

function unfileSlot(slot: AgentSlot): void {
  const set = slot.set as ReadySet;
  slot.set = null;
  set.agents.remove(slot);
  if (set.agents.size === 0) hideSet(set, slot);
}

/** A set became non-empty: it (or every view of its group) joins its queue's active list. */
function showSet(set: ReadySet, slot: AgentSlot): void {
  const group = set.group;
  if (group === null) activate(activeList(slot), set);
  else for (let i = 0; i < group.views.length; i++) activate(group.readiness[i]!.active, group.views[i]!);
}

/** A set became empty: it (or every view of its group) leaves its queue's active list. */
function hideSet(set: ReadySet, slot: AgentSlot): void {
  const group = set.group;
  if (group === null) deactivate(activeList(slot), set);
  else for (let i = 0; i < group.views.length; i++) deactivate(group.readiness[i]!.active, group.views[i]!);
}

function activeList(slot: AgentSlot): ReadySet[] {
  return (slot.membership.queue.readiness[slot.channelIndex] as ChannelReadiness).active;
}
