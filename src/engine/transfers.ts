/**
 * Handing an active contact on. Cold transfer, requeue and escalation release the agent at once and
 * route the contact again (keeping its first enqueue time and its session); a warm transfer offers it
 * to the new agent while the first one keeps it until the offer is accepted.
 */
import type { Membership } from '../routing/routed-agent.js';
import { holdCapacity, releaseCapacity } from './capacity.js';
import type { EngineState } from './engine-state.js';
import { enterQueue } from './queue-entry.js';
import { addDecline } from './offers.js';
import type { AgentRecord, ContactRecord, OfferRecord, QueueRecord } from './records.js';
import { leaveSession, releaseInvited } from './sessions.js';
import { setTarget } from './contact-record.js';

/** Cold transfer (or escalation): the agent leaves now; the contact is routed to the queue or agent. */
export function coldTransfer(
  state: EngineState,
  contact: ContactRecord,
  toQueue: QueueRecord,
  toAgentId: string | null,
  reason: 'transfer' | 'escalation',
): void {
  const from = contact.agent as AgentRecord;
  state.emit({
    type: 'contact.transferred',
    seq: 0,
    at: state.nowMs,
    contactId: contact.id,
    fromAgentId: from.id,
    toAgentId,
    toQueueId: toQueue.id,
    mode: 'cold',
    reason,
  });
  release(state, contact, from, toQueue);
  setTarget(contact, toAgentId);
  enterQueue(state, contact, toQueue, reason === 'escalation' ? 'escalation' : 'transfer');
}

/** Requeue: the agent puts the contact back into a queue; it keeps its first enqueue time. */
export function requeue(state: EngineState, contact: ContactRecord, toQueue: QueueRecord): void {
  const from = contact.agent as AgentRecord;
  state.emit({ type: 'contact.requeued', seq: 0, at: state.nowMs, contactId: contact.id, agentId: from.id, queueId: toQueue.id });
  release(state, contact, from, toQueue);
  setTarget(contact, null);
  enterQueue(state, contact, toQueue, 'requeue');
}

/** Warm transfer: offers the active contact to `membership`'s agent; the first agent keeps it meanwhile. */
export function warmTransfer(state: EngineState, contact: ContactRecord, membership: Membership): void {
  const agent = membership.agent as AgentRecord;
  const queue = membership.queue as QueueRecord;
  const at = state.nowMs;
  const expiresAt = at + queue.config.offerTimeoutMs;
  const offer: OfferRecord = {
    id: `o-${++state.offerCounter}`,
    pending: true,
    fromAgent: contact.agent,
    contact,
    agent,
    membership,
    trigger: 'transfer',
    createdAt: at,
    expiresAt,
  };
  agent.idleSinceMs = at;
  holdCapacity(state, agent, contact);
  state.offers.set(offer.id, offer);
  agent.pendingOffers.push(offer);
  contact.offer = offer;
  state.deadlines.add(expiresAt, 'offer.expire', offer, 0);
  state.emit({
    type: 'offer.created',
    seq: 0,
    at,
    offerId: offer.id,
    contactId: contact.id,
    agentId: agent.id,
    queueId: queue.id,
    trigger: 'transfer',
    expiresAt,
  });
}

/**
 * The holder leaves the contact (and its session) without wrap-up, and is not offered it again within
 * the target queue's re-offer cooldown: a handed-on contact must not bounce straight back.
 */
function release(state: EngineState, contact: ContactRecord, from: AgentRecord, toQueue: QueueRecord): void {
  const session = contact.session;
  if (session !== null) {
    releaseInvited(state, session);
    leaveSession(state, session, from);
  }
  contact.agent = null;
  releaseCapacity(state, from, contact);
  const cooldownMs = toQueue.config.reofferCooldownMs;
  if (cooldownMs > 0) addDecline(state, contact, { agentId: from.id, untilMs: state.nowMs + cooldownMs });
}
