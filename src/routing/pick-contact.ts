/**
 * Agent-driven choice: an agent gained capacity; which waiting contact does it take (rule 2)?
 * Walks the agent's memberships in its work order and looks only at bucket heads it fits.
 */
import { CHANNELS } from '../domain/channel.js';
import { canTake, type Membership, type RoutedAgent } from './routed-agent.js';
import { compareWorkOrder, declinesOf, isDeclinedBy, type RoutedContact } from './routed-contact.js';
import type { RoutingContext } from './routing-context.js';

const OUTBOUND = CHANNELS.indexOf('outbound');

/** A contact chosen for an agent, with the membership it was found through. */
export interface ContactChoice {
  readonly contact: RoutedContact;
  readonly membership: Membership;
}

/**
 * The first waiting contact in the agent's work order that the agent may take: membership priority,
 * then queue priority, then contact priority, then longest wait. Outbound work only when no inbound
 * contact fits (blending). `withOutbound: false` looks at inbound work only.
 */
export function pickContact(agent: RoutedAgent, ctx: RoutingContext, withOutbound = true): ContactChoice | undefined {
  // Usually nothing waits anywhere: then the agent's queues need not be looked at one by one.
  if (ctx.allWaiting.count === 0) return undefined;
  return bestInTiers(agent, ctx, false) ?? (withOutbound ? bestInTiers(agent, ctx, true) : undefined);
}

function bestInTiers(agent: RoutedAgent, ctx: RoutingContext, outbound: boolean): ContactChoice | undefined {
  let best: ContactChoice | undefined;
  for (const membership of agent.memberships) {
    // A lower membership tier is only looked at when the tiers above it had nothing.
    if (best !== undefined && membership.priority < best.membership.priority) break;
    const contact = bestInQueue(agent, membership, ctx, outbound);
    if (contact === undefined) continue;
    if (best === undefined || isBetter(membership, contact, best)) best = { contact, membership };
  }
  return best;
}

function bestInQueue(
  agent: RoutedAgent,
  membership: Membership,
  ctx: RoutingContext,
  outbound: boolean,
): RoutedContact | undefined {
  const queue = membership.queue;
  if (!queue.open || queue.waitingCount === 0) return undefined;
  let best: RoutedContact | undefined;
  const buckets = queue.activeBuckets;
  for (let i = 0; i < buckets.length; i++) {
    const bucket = buckets[i]!;
    if ((bucket.channelIndex === OUTBOUND) !== outbound) continue;
    if (bucket.targetAgentId !== null && bucket.targetAgentId !== agent.id) continue;
    if (!canTake(agent, bucket.channelIndex, ctx.phoneBlocks)) continue;
    if (!ctx.skills.satisfies(agent.profile.id, bucket.requirement.id)) continue;
    const head = bucket.contacts.peek() as RoutedContact;
    const contact =
      declinesOf(head) === null ? head : bucket.contacts.firstWhere((c) => isDeclinedBy(c, agent.id, ctx.nowMs));
    if (contact !== undefined && (best === undefined || compareWorkOrder(contact, best) < 0)) best = contact;
  }
  return best;
}

function isBetter(membership: Membership, contact: RoutedContact, best: ContactChoice): boolean {
  const byQueue = membership.queue.priority - best.membership.queue.priority;
  if (byQueue !== 0) return byQueue > 0;
  return compareWorkOrder(contact, best.contact) < 0;
}
