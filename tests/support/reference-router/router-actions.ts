/**
 * What happens to contacts and agents, as DESIGN.md sections 3 and D-006/D-009/D-012 describe it:
 * offers and their four endings, queue entries with their timers, overflow, relaxation, wrap-up,
 * abandon, presence and phone. Each function emits the events the engine must log, in order.
 */
import type { MAgent, MContact, MOffer, ModelOverflow } from './model-types.js';
import type { RouterState } from './router-state.js';

/** Reserves a waiting contact for an agent: an offer, or the assignment itself in auto-accept mode. */
export function routeTo(state: RouterState, contact: MContact, agent: MAgent, trigger: 'contact' | 'agent'): void {
  const queue = state.queue(contact.queueId);
  const at = state.nowMs;
  const membership = agent.config.memberships.find((m) => m.queueId === queue.id)!;
  agent.idleSinceMs = at;
  const counter = state.roundRobinCounters.get(queue.id)! + 1;
  state.roundRobinCounters.set(queue.id, counter);
  agent.roundRobin.set(queue.id, counter);
  contact.agentId = agent.id;
  contact.wrapUpOverrideMs = membership.wrapUpMs ?? null;
  if (queue.offerMode === 'auto-accept') {
    contact.status = 'active';
    state.emit({ type: 'contact.assigned', at, contactId: contact.id, agentId: agent.id, queueId: queue.id, waitMs: at - contact.enqueuedAt, offerId: null, trigger });
    return;
  }
  const offer: MOffer = { id: `o-${++state.offerCounter}`, contactId: contact.id, agentId: agent.id, queueId: queue.id, trigger, expiresAt: at + queue.offerTimeoutMs };
  state.offers.set(offer.id, offer);
  agent.pending.push(offer.id);
  contact.offerId = offer.id;
  contact.status = 'offered';
  state.addDeadline(offer.expiresAt, 'offer.expire', offer.id, 0);
  state.emit({ type: 'offer.created', at, offerId: offer.id, contactId: contact.id, agentId: agent.id, queueId: queue.id, trigger, expiresAt: offer.expiresAt });
}

function endPending(state: RouterState, offer: MOffer): void {
  state.offers.delete(offer.id);
  const pending = state.agents.get(offer.agentId)!.pending;
  pending.splice(pending.indexOf(offer.id), 1);
}

/** The agent takes the offered contact. */
export function acceptOffer(state: RouterState, offer: MOffer): void {
  const contact = state.contacts.get(offer.contactId)!;
  endPending(state, offer);
  state.agents.get(offer.agentId)!.missedInRow = 0;
  contact.offerId = null;
  contact.status = 'active';
  state.emit({ type: 'offer.accepted', at: state.nowMs, offerId: offer.id, contactId: contact.id, agentId: offer.agentId });
  state.emit({ type: 'contact.assigned', at: state.nowMs, contactId: contact.id, agentId: offer.agentId, queueId: contact.queueId, waitMs: state.nowMs - contact.enqueuedAt, offerId: offer.id, trigger: offer.trigger });
}

/** Reject (`declined`) or expiry: the contact waits again, raised before the agent (D-006). */
export function declineOffer(state: RouterState, offer: MOffer, how: 'rejected' | 'expired'): void {
  const agent = state.agents.get(offer.agentId)!;
  const base = { at: state.nowMs, offerId: offer.id, contactId: offer.contactId, agentId: agent.id };
  if (how === 'rejected') agent.missedInRow = 0;
  else agent.missedInRow++;
  endPending(state, offer);
  state.emit(how === 'rejected' ? { type: 'offer.rejected', ...base } : { type: 'offer.expired', ...base, missedInRow: agent.missedInRow });
  returnToQueue(state, offer, true);
}

/** The engine takes an offer back; the contact waits again unless it is ending. */
export function withdrawOffer(state: RouterState, offer: MOffer, reason: string): void {
  endPending(state, offer);
  state.emit({ type: 'offer.withdrawn', at: state.nowMs, offerId: offer.id, contactId: offer.contactId, agentId: offer.agentId, reason });
  if (reason !== 'contact_ended') return returnToQueue(state, offer, false);
  const contact = state.contacts.get(offer.contactId)!;
  contact.offerId = null;
  contact.agentId = null;
  state.raiseAgent(state.agents.get(offer.agentId)!);
}

function returnToQueue(state: RouterState, offer: MOffer, declined: boolean): void {
  const contact = state.contacts.get(offer.contactId)!;
  const agent = state.agents.get(offer.agentId)!;
  if (declined && contact.target === agent.id) {
    contact.target = null;
    state.emit({ type: 'contact.untargeted', at: state.nowMs, contactId: contact.id, agentId: agent.id, reason: 'declined' });
  }
  contact.offerId = null;
  contact.agentId = null;
  contact.status = 'queued';
  const cooldownMs = state.queue(contact.queueId).reofferCooldownMs;
  if (declined && cooldownMs > 0) {
    const untilMs = state.nowMs + cooldownMs;
    contact.declined = contact.declined.filter((d) => d.untilMs >= state.nowMs && d.agentId !== agent.id);
    contact.declined.push({ agentId: agent.id, untilMs });
    state.addDeadline(untilMs, 'cooldown.end', contact.id, 0);
  }
  state.raiseContact(contact);
  state.raiseAgent(agent);
}

/** A contact enters a queue (D-012): `contact.queued`, queue timers from now, then routing. */
export function enterQueue(state: RouterState, contact: MContact, queueId: string, cause: 'arrival' | 'overflow'): void {
  const queue = state.queue(queueId);
  contact.status = 'queued';
  contact.queueId = queueId;
  contact.leg++;
  contact.legStartMs = state.nowMs;
  contact.step = 0;
  contact.priority = contact.basePriority;
  if (contact.ownSkills === null) contact.requirement = queue.relaxation?.[0]?.skills ?? queue.skills;
  state.emit({ type: 'contact.queued', at: state.nowMs, contactId: contact.id, queueId, priority: contact.priority, enqueuedAt: contact.enqueuedAt, cause });
  const target = contact.target === null ? undefined : state.agents.get(contact.target);
  if (contact.target !== null && !target?.config.memberships.some((m) => m.queueId === queueId)) {
    state.emit({ type: 'contact.untargeted', at: state.nowMs, contactId: contact.id, agentId: contact.target, reason: 'not_member' });
    contact.target = null;
  }
  if (queue.waitMsMax !== undefined) state.addDeadline(contact.legStartMs + queue.waitMsMax, 'wait.max', contact.id, contact.leg);
  const next = queue.relaxation?.[1];
  if (contact.ownSkills === null && next !== undefined) state.addDeadline(contact.legStartMs + next.afterMs, 'relax.step', contact.id, contact.leg);
  state.raiseContact(contact);
}

/** The wait limit: deferred while an offer is out, else the queue's action. */
export function waitLimitReached(state: RouterState, contact: MContact): void {
  if (contact.offerId !== null) {
    state.addDeadline(state.offers.get(contact.offerId)!.expiresAt, 'wait.max', contact.id, contact.leg);
    return;
  }
  const action: ModelOverflow = state.queue(contact.queueId).onWaitMsMax;
  const at = state.nowMs;
  if (action.action === 'ticket') {
    contact.status = 'ticketed';
    state.emit({ type: 'ticket.created', at, ticketId: `t-${++state.ticketCounter}`, contactId: contact.id, queueId: contact.queueId, reason: 'wait_exceeded', customerId: null, email: null, transcript: [] });
  } else if (action.action === 'reject') {
    contact.status = 'rejected';
    state.emit({ type: 'contact.rejected', at, contactId: contact.id, queueId: contact.queueId, reason: 'wait_exceeded', message: '' });
  } else {
    state.emit({ type: 'contact.overflowed', at, contactId: contact.id, fromQueueId: contact.queueId, toQueueId: action.queueId, reason: 'wait_exceeded' });
    enterQueue(state, contact, action.queueId, 'overflow');
  }
}

/** The next relaxation step: the requirement loosens; a waiting contact is routed again. */
export function relax(state: RouterState, contact: MContact): void {
  const steps = state.queue(contact.queueId).relaxation ?? [];
  const step = contact.step + 1;
  const config = steps[step];
  if (config === undefined) return;
  contact.step = step;
  contact.requirement = config.skills;
  state.emit({ type: 'contact.relaxed', at: state.nowMs, contactId: contact.id, step, skills: config.skills });
  const next = steps[step + 1];
  if (next !== undefined) state.addDeadline(contact.legStartMs + next.afterMs, 'relax.step', contact.id, contact.leg);
  if (contact.status === 'queued') state.raiseContact(contact);
}

/** The agent finishes: wrap-up starts (and ends at once when it is 0). */
export function complete(state: RouterState, contact: MContact): void {
  const wrapUpMs = contact.wrapUpOverrideMs ?? state.queue(contact.queueId).wrapUpMs;
  contact.status = 'wrap_up';
  state.emit({ type: 'contact.completed', at: state.nowMs, contactId: contact.id, agentId: contact.agentId, wrapUpMs });
  if (wrapUpMs === 0) endWrapUp(state, contact);
  else state.addDeadline(state.nowMs + wrapUpMs, 'wrapup.end', contact.id, 0);
}

/** Wrap-up over: the unit returns to the agent, who looks for more work. */
export function endWrapUp(state: RouterState, contact: MContact): void {
  const agent = state.agents.get(contact.agentId!)!;
  contact.status = 'completed';
  agent.idleSinceMs = state.nowMs;
  state.emit({ type: 'agent.wrapup.ended', at: state.nowMs, agentId: agent.id, contactId: contact.id });
  state.raiseAgent(agent);
}

/** The customer leaves before an agent took the contact. */
export function abandon(state: RouterState, contact: MContact): void {
  if (contact.offerId !== null) withdrawOffer(state, state.offers.get(contact.offerId)!, 'contact_ended');
  contact.status = 'abandoned';
  state.emit({ type: 'contact.abandoned', at: state.nowMs, contactId: contact.id, queueId: contact.queueId, waitMs: state.nowMs - contact.enqueuedAt });
}

/** Presence change (rule 5): leaving `available` withdraws every pending offer. */
export function setPresence(state: RouterState, agent: MAgent, to: MAgent['presence'], reason: 'command' | 'missed_offers'): void {
  const from = agent.presence;
  if (from === to) return;
  agent.presence = to;
  if (to === 'available') {
    agent.idleSinceMs = state.nowMs;
    agent.missedInRow = 0;
  }
  state.emit({ type: 'agent.status.changed', at: state.nowMs, agentId: agent.id, from, to, reason });
  if (to !== 'available') for (const id of agent.pending.slice()) withdrawOffer(state, state.offers.get(id)!, 'agent_status');
  if (to === 'available') state.raiseAgent(agent);
}

/** Phone call (rule 5): offers on the channels it blocks are withdrawn; the call's end frees the agent. */
export function setPhoneBusy(state: RouterState, agent: MAgent, busy: boolean): void {
  if (agent.phoneBusy === busy) return;
  agent.phoneBusy = busy;
  state.emit({ type: 'agent.phone.changed', at: state.nowMs, agentId: agent.id, phoneBusy: busy });
  if (busy) {
    for (const id of agent.pending.slice()) {
      const offer = state.offers.get(id)!;
      if (state.config.routing.phoneBlocks.includes(state.contacts.get(offer.contactId)!.channel)) withdrawOffer(state, offer, 'agent_phone');
    }
  } else {
    state.raiseAgent(agent);
  }
}
