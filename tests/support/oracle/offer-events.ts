/**
 * Folding offer events (and assignments) into the oracle's world, checking invariants 1-7 and 9-10
 * at the moment each decision is logged: the world then is exactly the state the engine decided on.
 */
import type { EventOf } from '../../../src/domain/events/event.js';
import { agentChoiceViolation, contactChoiceViolation } from './choice.js';
import { whyNot } from './eligibility.js';
import { FINAL, type OContact, type OOffer, type OracleWorld } from './world.js';

/** Reports one violation. */
export type Report = (message: string) => void;

type Decision = EventOf<'offer.created'> | EventOf<'contact.assigned'>;

/** Invariants 1-7 and 10 for a routing decision (offer, or auto-accept assignment) made now. */
function checkDecision(world: OracleWorld, c: OContact, e: Decision, trigger: 'contact' | 'agent', report: Report): void {
  const what = `${e.type} ${c.id} -> ${e.agentId} (${trigger} trigger)`;
  if (c.status === 'offered') report(`${what}: the contact already has a pending offer (invariant 2)`);
  else if (c.status === 'active' || c.status === 'wrap_up') report(`${what}: the contact is already assigned to ${c.holder} (invariant 1)`);
  else if (c.status !== 'queued') report(`${what}: the contact is ${c.status}, not waiting`);
  if (e.queueId !== c.queueId) report(`${what}: made in ${e.queueId}, but the contact waits in ${c.queueId}`);
  const why = whyNot(world, c, e.agentId);
  if (why !== null) {
    report(`${what}: not eligible: ${why}`);
    return;
  }
  checkStepReached(world, c, e.at, what, report);
  const order = trigger === 'contact' ? contactChoiceViolation(world, c, e.agentId) : agentChoiceViolation(world, e.agentId, c);
  if (order !== null) report(`${what}: wrong choice (invariant 7): ${order}`);
}

/** Invariant 6: a relaxation step due strictly before now must have been applied. */
function checkStepReached(world: OracleWorld, c: OContact, at: number, what: string, report: Report): void {
  const steps = world.queues.get(c.queueId)?.config.relaxation;
  if (c.ownSkills !== null || steps === undefined || c.legStartMs === null) return;
  const due = steps.filter((s, k) => k > 0 && c.legStartMs! + s.afterMs < at).length;
  if (c.step < due) report(`${what}: the contact is at relaxation step ${c.step}, but step ${due} was due (invariant 6)`);
}

/** Records what a routing decision changes for strategies: idle time and round-robin position. */
function noteDecision(world: OracleWorld, c: OContact, agentId: string, at: number): void {
  const agent = world.agents.get(agentId)!;
  agent.idleSinceMs = at;
  const queue = world.queues.get(c.queueId)!;
  agent.roundRobin.set(queue.id, ++queue.roundRobinCounter);
}

/** `offer.created`. */
export function onOfferCreated(world: OracleWorld, e: EventOf<'offer.created'>, c: OContact, report: Report): void {
  if (world.offers.has(e.offerId) || world.resolved.has(e.offerId)) report(`offer ${e.offerId} created twice`);
  if (e.trigger === 'transfer') {
    checkWarmOffer(world, e, c, report);
  } else {
    checkDecision(world, c, e, e.trigger, report);
    if (world.queues.get(e.queueId)?.config.offerMode === 'auto-accept') report(`offer ${e.offerId} made in auto-accept queue ${e.queueId}`);
  }
  const timeoutMs = world.queues.get(e.queueId)?.config.offerTimeoutMs;
  if (timeoutMs !== undefined && e.expiresAt !== e.at + timeoutMs) {
    report(`offer ${e.offerId} expires at ${e.expiresAt}, expected ${e.at + timeoutMs} (invariant 9)`);
  }
  const offer: OOffer = { id: e.offerId, contactId: c.id, agentId: e.agentId, queueId: e.queueId, channel: c.channel, trigger: e.trigger, createdAt: e.at, expiresAt: e.expiresAt ?? Infinity };
  world.offers.set(offer.id, offer);
  c.offerId = offer.id;
  if (e.trigger === 'transfer') {
    world.agents.get(e.agentId)!.idleSinceMs = e.at;
    return;
  }
  noteDecision(world, c, e.agentId, e.at);
  c.status = 'offered';
}

/** A warm transfer offer: the contact is active with another agent; the target must be able to take it now. */
function checkWarmOffer(world: OracleWorld, e: EventOf<'offer.created'>, c: OContact, report: Report): void {
  const what = `warm transfer offer ${e.offerId} of ${c.id} to ${e.agentId}`;
  if (c.status !== 'active') report(`${what}: the contact is ${c.status}, not active`);
  if (c.offerId !== null) report(`${what}: the contact already has pending offer ${c.offerId} (invariant 2)`);
  const agent = world.agents.get(e.agentId);
  if (agent === undefined) return report(`${what}: unknown agent`);
  if (world.membership(agent, e.queueId) === undefined) report(`${what}: not a member of ${e.queueId}`);
  if (agent.presence !== 'available') report(`${what}: the agent is ${agent.presence} (invariant 4)`);
  if (agent.phoneBusy && world.phoneBlocks.has(c.channel)) report(`${what}: the agent is on a phone call (invariant 4)`);
  checkRoom(world, e.agentId, c, what, report);
}

/** Invariant 3 at a new reservation: the agent must have a free unit on the channel and in total. */
export function checkRoom(world: OracleWorld, agentId: string, c: OContact, what: string, report: Report): void {
  const agent = world.agents.get(agentId);
  if (agent === undefined) return;
  const caps = world.capsOf(agent);
  const used = world.usedBy(agentId);
  if (used.channel[c.channel] >= caps.channel[c.channel]) report(`${what}: ${c.channel} cap ${caps.channel[c.channel]} already full (${used.channel[c.channel]} held) (invariant 3)`);
  if (used.total >= caps.total) report(`${what}: total cap ${caps.total} already full (${used.total} held) (invariant 3)`);
}

/** `offer.accepted`. */
export function onOfferAccepted(world: OracleWorld, e: EventOf<'offer.accepted'>, c: OContact, report: Report): void {
  const offer = takePending(world, e.offerId, 'accepted', report);
  if (offer === undefined) return;
  if (e.at >= offer.expiresAt) report(`offer ${offer.id} accepted at ${e.at}, after it expired at ${offer.expiresAt} (invariant 9)`);
  world.agents.get(offer.agentId)!.missedInRow = 0;
  c.offerId = null;
  if (offer.trigger === 'transfer') {
    c.holder = offer.agentId;
    c.queueId = offer.queueId;
    return;
  }
  if (c.status !== 'offered') report(`offer ${offer.id} accepted while ${c.id} is ${c.status} (invariant 1)`);
  c.status = 'active';
  c.holder = offer.agentId;
  c.assignDue = offer.id;
}

/** `contact.assigned`: after an accept, or at once in auto-accept mode. */
export function onAssigned(world: OracleWorld, e: EventOf<'contact.assigned'>, c: OContact, report: Report): void {
  if (e.offerId !== null) {
    if (c.assignDue !== e.offerId) report(`${c.id} assigned to ${e.agentId} through ${e.offerId} without that offer being accepted just before (invariant 1)`);
    if (c.holder !== e.agentId) report(`${c.id} assigned to ${e.agentId}, but offer ${e.offerId} went to ${c.holder}`);
    c.assignDue = null;
    return;
  }
  if (e.trigger === 'transfer') return report(`${c.id} auto-assigned with trigger transfer`);
  checkDecision(world, c, e, e.trigger, report);
  if (world.queues.get(e.queueId)?.config.offerMode !== 'auto-accept') report(`${c.id} assigned without an offer in offer-mode queue ${e.queueId}`);
  noteDecision(world, c, e.agentId, e.at);
  c.status = 'active';
  c.holder = e.agentId;
}

/** `offer.rejected` and `offer.expired`: the contact waits again, with a cooldown for this agent. */
export function onOfferDeclined(world: OracleWorld, e: EventOf<'offer.rejected'> | EventOf<'offer.expired'>, c: OContact, report: Report): void {
  const offer = takePending(world, e.offerId, e.type === 'offer.rejected' ? 'rejected' : 'expired', report);
  if (offer === undefined) return;
  const agent = world.agents.get(offer.agentId)!;
  if (e.type === 'offer.rejected') {
    if (e.at >= offer.expiresAt) report(`offer ${offer.id} rejected at ${e.at}, after it expired at ${offer.expiresAt} (invariant 9)`);
    agent.missedInRow = 0;
  } else {
    if (e.at !== offer.expiresAt) report(`offer ${offer.id} expired at ${e.at}, not at its expiry time ${offer.expiresAt} (invariant 9)`);
    agent.missedInRow++;
    if (e.missedInRow !== agent.missedInRow) report(`offer ${offer.id}: missedInRow ${e.missedInRow}, expected ${agent.missedInRow}`);
    if (agent.missedInRow >= world.missedOffersMax && agent.presence === 'available') agent.mustStopResponding = true;
  }
  c.offerId = null;
  if (offer.trigger === 'transfer') return;
  if (c.status !== 'offered') report(`offer ${offer.id} ended while ${c.id} is ${c.status}`);
  c.status = 'queued';
  // A target who declines or misses releases the contact: a contact.untargeted follows (then, not here).
  addDecline(world, c, offer.agentId, e.at, world.queues.get(c.queueId)?.config.reofferCooldownMs ?? 0);
}

/** `offer.withdrawn`: the engine took the offer back; checks the reason against the world. */
export function onOfferWithdrawn(world: OracleWorld, e: EventOf<'offer.withdrawn'>, c: OContact, report: Report): void {
  const offer = takePending(world, e.offerId, 'withdrawn', report);
  if (offer === undefined) return;
  const agent = world.agents.get(offer.agentId);
  if (e.reason === 'agent_status' && agent?.presence === 'available') report(`offer ${offer.id} withdrawn for agent_status while ${offer.agentId} is available`);
  if (e.reason === 'agent_phone' && !(agent?.phoneBusy === true && world.phoneBlocks.has(offer.channel))) {
    report(`offer ${offer.id} withdrawn for agent_phone, but ${offer.agentId}'s phone does not block ${offer.channel}`);
  }
  c.offerId = null;
  if (offer.trigger === 'transfer') return;
  c.status = e.reason === 'contact_ended' ? 'leaving' : 'queued';
}

/** Remembers a decline: the agent may not be offered the contact again before `at + cooldownMs`. */
export function addDecline(world: OracleWorld, c: OContact, agentId: string, at: number, cooldownMs: number): void {
  if (cooldownMs <= 0) return;
  c.declines = c.declines.filter((d) => d.untilMs > at && d.agentId !== agentId);
  c.declines.push({ agentId, untilMs: at + cooldownMs });
}

function takePending(world: OracleWorld, offerId: string, outcome: string, report: Report): OOffer | undefined {
  const offer = world.offers.get(offerId);
  if (offer === undefined) {
    const before = world.resolved.get(offerId);
    report(`offer ${offerId} ${outcome}, but it ${before === undefined ? 'was never made' : `had already ended (${before})`} (invariant 1)`);
    return undefined;
  }
  world.offers.delete(offerId);
  world.resolved.set(offerId, outcome);
  return offer;
}

/** Whether a contact may still change (terminal states are final). */
export function checkLive(c: OContact, type: string, report: Report): boolean {
  if (!FINAL.has(c.status)) return true;
  report(`${type} for ${c.id}, which already ended ${c.status} (invariant 8: terminal states are final)`);
  return false;
}
