/**
 * Invariant 7 (D-006): a contact-triggered offer goes to the first eligible agent in the queue's
 * strategy order; an agent-triggered offer takes the first eligible waiting contact in the agent's
 * work order. `random` is checked for eligibility only. A better choice is claimed only for a rival
 * that was certainly eligible: in a deadline step, a cooldown ending exactly now may still hold.
 */
import { eligibleAgents, inboundFor, whyNot } from './eligibility.js';
import { ALL_CHANNELS, type OAgent, type OContact, type OracleWorld } from './world.js';

type Key = readonly number[];

/** Negative when key `a` comes first (smaller is first, element by element). */
function compareKeys(a: Key, b: Key): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return 0;
}

/** `used / capacity` over all channels (capped by the total), 1 when the agent has no capacity. */
function occupancy(world: OracleWorld, agent: OAgent): number {
  const caps = world.capsOf(agent);
  const capacity = Math.min(ALL_CHANNELS.reduce((sum, c) => sum + caps.channel[c], 0), caps.total);
  return capacity === 0 ? 1 : world.usedBy(agent.id).total / capacity;
}

/** An agent's place in the queue's strategy order for a contact (smaller first; ties by id). */
function strategyKey(world: OracleWorld, contact: OContact, agent: OAgent): Key {
  const queue = world.queues.get(contact.queueId)!;
  switch (queue.config.strategy) {
    case 'longest-idle':
      return [agent.idleSinceMs];
    case 'least-occupied':
      return [occupancy(world, agent)];
    case 'round-robin':
      return [agent.roundRobin.get(queue.id) ?? 0];
    case 'top-down':
      return [-(world.membership(agent, queue.id)?.priority ?? 0)];
    case 'best-skill':
      return [-Object.keys(contact.requirement).reduce((sum, skill) => sum + (agent.config.skills[skill] ?? 0), 0)];
    case 'random':
      return [0];
  }
}

/** Why a contact-triggered choice of `agentId` is not the strategy's first, or null. */
export function contactChoiceViolation(world: OracleWorld, contact: OContact, agentId: string): string | null {
  const strategy = world.queues.get(contact.queueId)!.config.strategy;
  if (contact.target !== null || strategy === 'random') return null;
  const chosen = world.agents.get(agentId)!;
  const chosenKey = strategyKey(world, contact, chosen);
  for (const id of eligibleAgents(world, contact, world.cooldown)) {
    if (id === agentId) continue;
    const other = world.agents.get(id)!;
    const order = compareKeys(strategyKey(world, contact, other), chosenKey);
    if (order < 0 || (order === 0 && id < agentId)) {
      return `${strategy} puts ${id} (${strategyKey(world, contact, other).join(',')}) before ${agentId} (${chosenKey.join(',')})`;
    }
  }
  return null;
}

/** A contact's place in an agent's work order (smaller first): membership, queue, contact priority, wait, creation. */
function workKey(world: OracleWorld, agent: OAgent, contact: OContact): Key {
  const queue = world.queues.get(contact.queueId)!;
  const membershipPriority = world.membership(agent, queue.id)?.priority ?? 0;
  return [-membershipPriority, -queue.config.priority, -contact.priority, contact.enqueuedAt, contact.seq];
}

/** Why an agent-triggered choice of `contact` skips a better waiting contact, or null. */
export function agentChoiceViolation(world: OracleWorld, agentId: string, contact: OContact): string | null {
  const agent = world.agents.get(agentId)!;
  const inbound = inboundFor(world, agentId, world.cooldown);
  if (contact.channel === 'outbound' && inbound.length > 0) return `outbound work offered while ${inbound[0]!.id} (inbound) waits`;
  const pool = contact.channel === 'outbound' ? world.waiting().filter((c) => whyNot(world, c, agentId, world.cooldown) === null) : inbound;
  const chosenKey = workKey(world, agent, contact);
  for (const other of pool) {
    if (other === contact) continue;
    const otherKey = workKey(world, agent, other);
    if (compareKeys(otherKey, chosenKey) < 0) {
      return `${agentId}'s work order puts ${other.id} [${otherKey.join(',')}] before ${contact.id} [${chosenKey.join(',')}]`;
    }
  }
  return null;
}
