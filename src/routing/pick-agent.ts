/**
 * Contact-driven choice: a contact became routable; which ready agent gets it (rule 3)?
 * Looks only at the heads of the ready sets whose profile meets the contact's requirement.
 */
import { CHANNELS } from '../domain/channel.js';
import { type AgentSlot, compareAgentIds, isFiled, slotIn } from './routed-agent.js';
import { declinesOf, isDeclinedBy, type RoutedContact, targetOf } from './routed-contact.js';
import type { ReadySet, RoutedQueue } from './routed-queue.js';
import type { RoutingContext } from './routing-context.js';
import { pickContact } from './pick-contact.js';
import { firstOf, headOf } from './ready-heads.js';

const OUTBOUND = CHANNELS.indexOf('outbound');

/** The agent the queue's strategy chooses for this waiting contact, or undefined if none is eligible. */
export function pickAgent(queue: RoutedQueue, contact: RoutedContact, ctx: RoutingContext): AgentSlot | undefined {
  if (!queue.open) return undefined;
  const readiness = queue.readiness[contact.channelIndex];
  if (readiness === undefined || readiness.active.length === 0) return undefined;
  const target = targetOf(contact);
  if (target !== null) return targetSlot(queue, contact, target, ctx);
  if (queue.strategy === 'random') return randomSlot(readiness.active, contact, ctx);
  const skip = skipFor(contact, ctx);
  let best: AgentSlot | undefined;
  let bestSet: ReadySet | undefined;
  let bestScore = 0;
  for (const set of readiness.active) {
    if (!ctx.skills.satisfies(set.profile.id, contact.requirement.id)) continue;
    const slot = skip === null ? headOf(set) : firstOf(set, skip);
    if (slot === undefined) continue;
    if (queue.strategy === 'best-skill') {
      const score = ctx.skills.score(set.profile.id, contact.requirement.id);
      if (best === undefined || score > bestScore || (score === bestScore && compareAgentIds(slot.agent, best.agent) < 0)) {
        best = slot;
        bestSet = set;
        bestScore = score;
      }
    } else if (best === undefined || set.agents.compareItems(slot, best) < 0) {
      best = slot;
      bestSet = set;
    }
  }
  // A shared group's heap holds each agent's lead slot: hand back the agent's slot in this queue.
  return best === undefined || best.peers === null ? best : best.peers[(bestSet as ReadySet).index];
}

/** Whether any agent could take this contact now (no choice made, no random number drawn). */
export function hasEligibleAgent(queue: RoutedQueue, contact: RoutedContact, ctx: RoutingContext): boolean {
  if (!queue.open) return false;
  const readiness = queue.readiness[contact.channelIndex];
  if (readiness === undefined) return false;
  const skip = skipFor(contact, ctx);
  for (const set of readiness.active) {
    if (!ctx.skills.satisfies(set.profile.id, contact.requirement.id)) continue;
    if ((skip === null ? headOf(set) : firstOf(set, skip)) !== undefined) return true;
  }
  return false;
}

/**
 * Agents to pass over: those within their re-offer cooldown and, for outbound work, those who could
 * take an inbound contact instead (blending, rule 10). Null when nobody is passed over.
 */
function skipFor(contact: RoutedContact, ctx: RoutingContext): ((slot: AgentSlot) => boolean) | null {
  // Kept apart from the closure, whose captured variables would cost an allocation on every call.
  if (declinesOf(contact) === null && contact.channelIndex !== OUTBOUND) return null;
  return skipper(contact, ctx);
}

function skipper(contact: RoutedContact, ctx: RoutingContext): (slot: AgentSlot) => boolean {
  const outbound = contact.channelIndex === OUTBOUND;
  return (slot) =>
    isDeclinedBy(contact, slot.agent.id, ctx.nowMs) ||
    (outbound && pickContact(slot.agent, ctx, false) !== undefined);
}

function targetSlot(queue: RoutedQueue, contact: RoutedContact, target: string, ctx: RoutingContext): AgentSlot | undefined {
  const agent = ctx.agentById(target);
  if (agent === undefined) return undefined;
  const slot = slotIn(agent, queue, contact.channelIndex);
  if (slot === undefined || !isFiled(slot)) return undefined;
  if (!ctx.skills.satisfies(agent.profile.id, contact.requirement.id)) return undefined;
  const skip = skipFor(contact, ctx);
  return skip !== null && skip(slot) ? undefined : slot;
}

/** Uniform choice among eligible agents, drawn over agents sorted by id so snapshots replay it. */
function randomSlot(sets: readonly ReadySet[], contact: RoutedContact, ctx: RoutingContext): AgentSlot | undefined {
  const skip = skipFor(contact, ctx);
  const candidates: AgentSlot[] = [];
  for (const set of sets) {
    if (!ctx.skills.satisfies(set.profile.id, contact.requirement.id)) continue;
    for (const slot of set.agents.values()) if (skip === null || !skip(slot)) candidates.push(slot);
  }
  if (candidates.length === 0) return undefined;
  candidates.sort((a, b) => compareAgentIds(a.agent, b.agent));
  return candidates[ctx.random.int(0, candidates.length - 1)];
}
