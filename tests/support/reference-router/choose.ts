/**
 * The two routing decisions of D-006, by brute force over every agent and every waiting contact:
 * which agent the queue's strategy picks for a contact (rule 3), and which contact comes first in an
 * agent's work order (rule 2). Outbound work goes only to agents with no inbound work (rule 10).
 */
import type { MAgent, MContact } from './model-types.js';
import type { RouterState } from './router-state.js';

/** Lexicographic comparison of number lists: negative when `a` comes first. */
function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return 0;
}

/** The first contact in `agent`'s work order it may take now, inbound before outbound. */
export function chooseContact(state: RouterState, agent: MAgent, inboundOnly = false): MContact | undefined {
  const candidates = state.waiting().filter((c) => state.mayTake(agent, c));
  const inbound = candidates.filter((c) => c.channel !== 'outbound');
  const pool = inbound.length > 0 || inboundOnly ? inbound : candidates;
  const key = (c: MContact) => {
    const membership = agent.config.memberships.find((m) => m.queueId === c.queueId)!;
    return [-membership.priority, -state.queue(c.queueId).priority, -c.priority, c.enqueuedAt, c.seq];
  };
  let best: MContact | undefined;
  for (const c of pool) if (best === undefined || compare(key(c), key(best)) < 0) best = c;
  return best;
}

/** How busy an agent is, as a fraction of its capacity (1 with no capacity), for `least-occupied`. */
function occupancy(state: RouterState, agent: MAgent): number {
  const caps = state.caps(agent);
  const capacity = Math.min(Object.values(caps.channel).reduce((a, b) => a + b, 0), caps.total);
  return capacity === 0 ? 1 : state.used(agent).total / capacity;
}

/** The agent the contact's queue picks for it now, or undefined. Draws a random number only for `random` with candidates. */
export function chooseAgent(state: RouterState, contact: MContact): MAgent | undefined {
  const queue = state.queue(contact.queueId);
  const outbound = contact.channel === 'outbound';
  const eligible = state
    .agentsById()
    .filter((a) => state.mayTake(a, contact) && !(outbound && chooseContact(state, a, true) !== undefined));
  if (eligible.length === 0) return undefined;
  if (contact.target !== null) return eligible[0];
  const key = (a: MAgent): number[] => {
    const membership = a.config.memberships.find((m) => m.queueId === queue.id)!;
    switch (queue.strategy) {
      case 'longest-idle':
        return [a.idleSinceMs];
      case 'least-occupied':
        return [occupancy(state, a)];
      case 'round-robin':
        return [a.roundRobin.get(queue.id) ?? 0];
      case 'top-down':
        return [-membership.priority];
      case 'best-skill':
        return [-Object.keys(contact.requirement).reduce((sum, skill) => sum + (a.config.skills[skill] ?? 0), 0)];
      case 'random':
        return [0];
    }
  };
  if (queue.strategy === 'random') return eligible[state.random.int(0, eligible.length - 1)];
  // `eligible` is sorted by id, so keeping the first of equal keys breaks ties by id.
  let best = eligible[0]!;
  for (const a of eligible) if (compare(key(a), key(best)) < 0) best = a;
  return best;
}
