/**
 * DESIGN.md section 3 rule 1 (eligibility) with rule 4's re-offer cooldown and rule 10's blending,
 * evaluated on the oracle's world: why an agent may not be offered a contact right now, or null.
 */
import { meets, type OContact, type OracleWorld } from './world.js';

/**
 * How a cooldown that ends exactly now counts. `strict` is the engine's rule (an agent is blocked
 * while `untilMs > now`); `lenient` also blocks at `untilMs == now`, for checks made between two
 * deadline steps of the same millisecond, where the cooldown's own deadline may not have fired yet.
 */
export type CooldownMode = 'strict' | 'lenient';

/** Why `agentId` may not be offered `contact` now (rule 1 and the cooldown), or null when it may. */
export function whyNot(world: OracleWorld, contact: OContact, agentId: string, cooldown: CooldownMode = 'strict'): string | null {
  const agent = world.agents.get(agentId);
  const queue = world.queues.get(contact.queueId);
  if (agent === undefined) return `agent ${agentId} does not exist`;
  if (queue === undefined) return `queue ${contact.queueId} does not exist`;
  if (!queue.open) return `queue ${queue.id} is closed (invariant 10)`;
  if (contact.target !== null && contact.target !== agentId) return `contact is targeted at ${contact.target} (invariant 4)`;
  if (world.membership(agent, queue.id) === undefined) return `${agentId} is not a member of ${queue.id} (invariant 4)`;
  if (!queue.config.channels.includes(contact.channel)) return `${queue.id} does not serve ${contact.channel} (invariant 4)`;
  if (agent.presence !== 'available') return `${agentId} is ${agent.presence} (invariant 4)`;
  if (agent.phoneBusy && world.phoneBlocks.has(contact.channel)) return `${agentId} is on a phone call (blocks ${contact.channel}) (invariant 4)`;
  const caps = world.capsOf(agent);
  const used = world.usedBy(agentId);
  if (used.channel[contact.channel] >= caps.channel[contact.channel]) {
    return `${agentId} has no free ${contact.channel} capacity (${used.channel[contact.channel]}/${caps.channel[contact.channel]} held) (invariant 3)`;
  }
  if (used.total >= caps.total) return `${agentId} has no free total capacity (${used.total}/${caps.total} held) (invariant 3)`;
  if (!meets(agent.config.skills, contact.requirement)) {
    return `${agentId}'s skills ${JSON.stringify(agent.config.skills)} miss ${JSON.stringify(contact.requirement)} at relaxation step ${contact.step} (invariant 6)`;
  }
  const now = world.nowMs;
  const blocked = contact.declines.some((d) => d.agentId === agentId && (d.untilMs > now || (cooldown === 'lenient' && d.untilMs === now)));
  if (blocked) return `${agentId} is within the re-offer cooldown for ${contact.id} (invariant 4, rule 4)`;
  return null;
}

/** The waiting inbound contacts an agent could take now (blending: outbound waits while these exist). */
export function inboundFor(world: OracleWorld, agentId: string, cooldown: CooldownMode = 'strict'): OContact[] {
  return world.waiting().filter((c) => c.channel !== 'outbound' && whyNot(world, c, agentId, cooldown) === null);
}

/**
 * Agents that could take the contact now, sorted by id; for outbound work, only agents with no inbound
 * work they could take. A cooldown ending exactly now is uncertain in `lenient` mode, so it blocks the
 * pair itself but still counts as inbound work the agent could take (blending).
 */
export function eligibleAgents(world: OracleWorld, contact: OContact, cooldown: CooldownMode = 'strict'): string[] {
  const ids = [...world.agents.keys()].sort();
  return ids.filter(
    (id) => whyNot(world, contact, id, cooldown) === null && (contact.channel !== 'outbound' || inboundFor(world, id, 'strict').length === 0),
  );
}
