/**
 * Offers: reserving a waiting contact for an agent, and every way an offer ends (accept, reject,
 * expiry, withdrawal). In auto-accept queues the contact is assigned at once, without an offer.
 */
import type { WithdrawReason } from '../domain/events/offer.events.js';
import { reorderMembership } from '../routing/agent-readiness.js';
import { dequeueContact, enqueueContact } from '../routing/contact-queue.js';
import type { Membership } from '../routing/routed-agent.js';
import type { Decline } from '../routing/routed-contact.js';
import { holdCapacity, releaseCapacity } from './capacity.js';
import type { EngineState } from './engine-state.js';
import { stepContact } from './lifecycles.js';
import type { AgentRecord, ContactRecord, OfferRecord, QueueRecord } from './records.js';
import { leaveSession, openSessionFor, releaseInvited } from './sessions.js';
import { detailsOf, setTarget } from './contact-record.js';
import { targetOf } from '../routing/routed-contact.js';

/** Reserves a waiting contact for the membership's agent: an offer, or an assignment in auto-accept. */
export function routeTo(
  state: EngineState,
  contact: ContactRecord,
  membership: Membership,
  trigger: 'contact' | 'agent',
): void {
  const agent = membership.agent as AgentRecord;
  const queue = contact.queue;
  const at = state.nowMs;
  dequeueContact(contact);
  agent.idleSinceMs = at;
  membership.roundRobinSeq = ++queue.roundRobinCounter;
  if (queue.strategy === 'round-robin') reorderMembership(membership);
  contact.agent = agent;
  holdCapacity(state, agent, contact);
  if (queue.config.offerMode === 'auto-accept') {
    stepContact(state, contact, 'ASSIGN');
    emitAssigned(state, contact, agent, null, trigger);
    openSessionFor(state, contact, agent);
    return;
  }
  const expiresAt = at + queue.config.offerTimeoutMs;
  const offer: OfferRecord = { id: `o-${++state.offerCounter}`, pending: true, fromAgent: null, contact, agent, membership, trigger, createdAt: at, expiresAt };
  state.offers.set(offer.id, offer);
  agent.pendingOffers.push(offer);
  contact.offer = offer;
  stepContact(state, contact, 'OFFER');
  state.deadlines.add(expiresAt, 'offer.expire', offer, 0);
  state.emit({
    type: 'offer.created',
    seq: 0,
    at,
    offerId: offer.id,
    contactId: contact.id,
    agentId: agent.id,
    queueId: queue.id,
    trigger,
    expiresAt,
  });
}

/** The agent takes the offered contact (for a warm transfer: takes it over from its first agent). */
export function acceptOffer(state: EngineState, offer: OfferRecord): void {
  const { contact, agent } = offer;
  endPending(state, offer);
  agent.missedInRow = 0;
  contact.offer = null;
  state.emit({ type: 'offer.accepted', seq: 0, at: state.nowMs, offerId: offer.id, contactId: contact.id, agentId: agent.id });
  if (offer.fromAgent !== null) return takeOver(state, offer, offer.fromAgent);
  stepContact(state, contact, 'ACCEPT');
  emitAssigned(state, contact, agent, offer.id, offer.trigger);
  openSessionFor(state, contact, agent);
}

/** A warm transfer completes: the new agent owns the contact; the first one leaves it. */
function takeOver(state: EngineState, offer: OfferRecord, from: AgentRecord): void {
  const { contact, agent, membership } = offer;
  state.emit({
    type: 'contact.transferred',
    seq: 0,
    at: state.nowMs,
    contactId: contact.id,
    fromAgentId: from.id,
    toAgentId: agent.id,
    toQueueId: membership.queue.id,
    mode: 'warm',
    reason: 'transfer',
  });
  const session = contact.session;
  if (session !== null) {
    releaseInvited(state, session);
    leaveSession(state, session, from);
  }
  contact.agent = agent;
  contact.queue = membership.queue as QueueRecord;
  releaseCapacity(state, from, contact);
  if (session !== null) openSessionFor(state, contact, agent);
}

/** The agent declines: the contact waits again and is not re-offered to this agent within the cooldown. */
export function rejectOffer(state: EngineState, offer: OfferRecord): void {
  offer.agent.missedInRow = 0;
  endPending(state, offer);
  state.emit({
    type: 'offer.rejected',
    seq: 0,
    at: state.nowMs,
    offerId: offer.id,
    contactId: offer.contact.id,
    agentId: offer.agent.id,
  });
  returnToQueue(state, offer, true);
}

/** Nobody answered in time: a miss for the agent; returns the agent's misses in a row. */
export function expireOffer(state: EngineState, offer: OfferRecord): number {
  const agent = offer.agent;
  const missedInRow = ++agent.missedInRow;
  endPending(state, offer);
  state.emit({
    type: 'offer.expired',
    seq: 0,
    at: state.nowMs,
    offerId: offer.id,
    contactId: offer.contact.id,
    agentId: agent.id,
    missedInRow,
  });
  returnToQueue(state, offer, true);
  return missedInRow;
}

/** The engine takes an offer back. The contact waits again unless it has ended (`contact_ended`). */
export function withdrawOffer(state: EngineState, offer: OfferRecord, reason: WithdrawReason): void {
  endPending(state, offer);
  state.emit({
    type: 'offer.withdrawn',
    seq: 0,
    at: state.nowMs,
    offerId: offer.id,
    contactId: offer.contact.id,
    agentId: offer.agent.id,
    reason,
  });
  if (reason === 'contact_ended') {
    offer.contact.offer = null;
    if (offer.fromAgent === null) offer.contact.agent = null;
    releaseCapacity(state, offer.agent, offer.contact);
  } else {
    returnToQueue(state, offer, false);
  }
}

/** Withdraws an agent's pending offers that match `which`. */
export function withdrawOffersOf(
  state: EngineState,
  agent: AgentRecord,
  reason: WithdrawReason,
  which: (offer: OfferRecord) => boolean = () => true,
): void {
  for (const offer of agent.pendingOffers.slice()) if (which(offer)) withdrawOffer(state, offer, reason);
}

function endPending(state: EngineState, offer: OfferRecord): void {
  offer.pending = false;
  state.offers.delete(offer.id);
  removeItem(offer.agent.pendingOffers, offer);
}

/** Removes an item from a short list in place (`splice` would allocate the removed items' array). */
function removeItem<T>(list: T[], item: T): void {
  const index = list.indexOf(item);
  if (index < 0) return;
  for (let i = index; i < list.length - 1; i++) list[i] = list[i + 1] as T;
  list.pop();
}

function returnToQueue(state: EngineState, offer: OfferRecord, declined: boolean): void {
  const { contact, agent } = offer;
  if (offer.fromAgent !== null) {
    // A warm transfer not taken: the first agent simply keeps the contact.
    contact.offer = null;
    releaseCapacity(state, agent, contact);
    return;
  }
  if (declined && targetOf(contact) === agent.id) {
    setTarget(contact, null);
    state.emit({ type: 'contact.untargeted', seq: 0, at: state.nowMs, contactId: contact.id, agentId: agent.id, reason: 'declined' });
  }
  contact.offer = null;
  contact.agent = null;
  stepContact(state, contact, 'OFFER_RETURNED');
  const cooldownMs = contact.queue.config.reofferCooldownMs;
  if (declined && cooldownMs > 0) addDecline(state, contact, { agentId: agent.id, untilMs: state.nowMs + cooldownMs });
  enqueueContact(contact.queue, contact);
  state.raiseContact(contact);
  releaseCapacity(state, agent, contact);
}

/** Keeps an agent from being offered this contact again before `decline.untilMs`. */
export function addDecline(state: EngineState, contact: ContactRecord, decline: Decline): void {
  const now = state.nowMs;
  const details = detailsOf(contact);
  const kept = (details.declined ?? []).filter((d) => d.untilMs >= now && d.agentId !== decline.agentId);
  kept.push(decline);
  details.declined = kept;
  state.deadlines.add(decline.untilMs, 'cooldown.end', contact, 0);
}

/** Weight of the newest gap in the moving average of time between answers. */
const ANSWER_GAP_WEIGHT = 0.2;

/** Updates the queue's moving average of the time between answers (for estimated waits). */
function noteAnswer(queue: QueueRecord, atMs: number): void {
  if (queue.lastAnswerAtMs !== null) {
    const gap = atMs - queue.lastAnswerAtMs;
    queue.answerGapMs = queue.answerGapMs === null ? gap : queue.answerGapMs + ANSWER_GAP_WEIGHT * (gap - queue.answerGapMs);
  }
  queue.lastAnswerAtMs = atMs;
}

function emitAssigned(
  state: EngineState,
  contact: ContactRecord,
  agent: AgentRecord,
  offerId: string | null,
  trigger: 'contact' | 'agent' | 'transfer',
): void {
  noteAnswer(contact.queue, state.nowMs);
  state.emit({
    type: 'contact.assigned',
    seq: 0,
    at: state.nowMs,
    contactId: contact.id,
    agentId: agent.id,
    queueId: contact.queue.id,
    waitMs: state.nowMs - contact.enqueuedAt,
    offerId,
    trigger,
  });
}
