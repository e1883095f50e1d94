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

// Orders by the key stored in the slot, refreshed lazily: see `ready-heads.ts`.
const longestIdle = (a: AgentSlot, b: AgentSlot): number => a.idleKeyMs - b.idleKeyMs || compareAgentIds(a.agent, b.agent);

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

/**
 * How a ready set keeps its order while agents work:
 * - `lazy` (`longest-idle`): keys only grow (engine time never goes back), so a slot keeps the key it
 *   was placed with and is refreshed when it reaches the top. No heap work per offer.
 * - `eager` (`least-occupied`): the load goes up and down, so every change re-sorts the slot.
 * - `static`: the order does not change as agents work (`round-robin` is re-sorted where an agent is
 *   picked; `top-down`, `best-skill` and `random` never).
 */
export type Upkeep = 'lazy' | 'eager' | 'static';

/** The upkeep of a strategy's ready sets. */
export function upkeepOf(strategy: Strategy): Upkeep {
  return strategy === 'longest-idle' ? 'lazy' : strategy === 'least-occupied' ? 'eager' : 'static';
}
