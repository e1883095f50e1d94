/**
 * Agent-selection strategies (DESIGN.md section 3 rule 3) as orderings of ready agents. Ties always
 * break by agent id, so every choice but `random` is a function of the state alone.
 */
import type { Strategy } from '../domain/config/queue.config.js';
import { type AgentSlot, compareAgentIds, type RoutedAgent } from './routed-agent.js';

/** How much of its total capacity an agent uses, as a fraction (for `least-occupied`). */
export function occupancy(agent: RoutedAgent): number {
  let capacity = 0;
  for (const cap of agent.capacity) capacity += cap;
  capacity = Math.min(capacity, agent.capacityTotalMax);
  return capacity === 0 ? 1 : agent.usedTotal / capacity;
}

const longestIdle = (a: AgentSlot, b: AgentSlot): number =>
  a.agent.idleSinceMs - b.agent.idleSinceMs || compareAgentIds(a.agent, b.agent);

const leastOccupied = (a: AgentSlot, b: AgentSlot): number =>
  occupancy(a.agent) - occupancy(b.agent) || compareAgentIds(a.agent, b.agent);

const roundRobin = (a: AgentSlot, b: AgentSlot): number =>
  a.membership.roundRobinSeq - b.membership.roundRobinSeq || compareAgentIds(a.agent, b.agent);

const topDown = (a: AgentSlot, b: AgentSlot): number =>
  b.membership.priority - a.membership.priority || compareAgentIds(a.agent, b.agent);

const byId = (a: AgentSlot, b: AgentSlot): number => compareAgentIds(a.agent, b.agent);

/**
 * The order of ready agents inside one (queue, channel, profile) set. For `best-skill` every agent of a
 * set has the same skills, so the set is ordered by id and sets are compared by score.
 */
export function slotOrder(strategy: Strategy): (a: AgentSlot, b: AgentSlot) => number {
  switch (strategy) {
    case 'longest-idle':
      return longestIdle;
    case 'least-occupied':
      return leastOccupied;
    case 'round-robin':
      return roundRobin;
    case 'top-down':
      return topDown;
    case 'best-skill':
    case 'random':
      return byId;
  }
}

/** Whether a strategy's order depends on `idleSinceMs` or load, which change as agents work. */
export function orderChangesWithWork(strategy: Strategy): boolean {
  return strategy === 'longest-idle' || strategy === 'least-occupied';
}
