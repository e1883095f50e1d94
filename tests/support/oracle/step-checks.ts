/**
 * Checks made when a step (one command or one deadline) is over, and after time has advanced:
 * nothing half-done (invariants 1, 5, 10), conservation (8), work conservation and liveness (9).
 */
import { type CooldownMode, eligibleAgents } from './eligibility.js';
import type { Report } from './offer-events.js';
import { FINAL, type OracleWorld } from './world.js';

/** Every check that must hold between steps. Returns how many checks it evaluated. */
export function checkStepEnd(world: OracleWorld, cooldown: CooldownMode, report: Report): number {
  checkSettled(world, report);
  checkOffersLive(world, report);
  checkConservation(world, report);
  const pairs = checkWorkConserving(world, cooldown, report);
  return world.contacts.size + world.agents.size + world.offers.size + 1 + pairs;
}

/** No contact is left between two states, and every policy due in the step was applied. */
function checkSettled(world: OracleWorld, report: Report): void {
  for (const c of world.contacts.values()) {
    if (c.status === 'new' || c.status === 'leaving') report(`${c.id} left ${c.status === 'new' ? 'created but never queued' : 'between queues'} at the end of a step`);
    if (c.assignDue !== null) report(`${c.id}: offer ${c.assignDue} accepted but no contact.assigned followed (invariant 1)`);
    if (c.policyDue !== null && !FINAL.has(c.status)) report(`${c.id}: policy "${c.policyDue}" of ${c.queueId} was not applied in its step (invariant 10)`);
    if (c.status === 'offered' && (c.offerId === null || world.offers.get(c.offerId)?.trigger === 'transfer')) {
      report(`${c.id} is offered but has no pending offer (invariant 5)`);
    }
    if (c.status === 'queued' && c.offerId !== null) report(`${c.id} waits with pending offer ${c.offerId} (invariant 2)`);
    if (c.status === 'queued' && c.target !== null) {
      const target = world.agents.get(c.target);
      if (target === undefined || world.membership(target, c.queueId) === undefined) {
        report(`${c.id} waits in ${c.queueId} for ${c.target} alone, who is not a member of it (it can never be served)`);
      }
    }
  }
  for (const agent of world.agents.values()) {
    if (agent.mustStopResponding && agent.presence === 'available') {
      report(`${agent.id} missed ${agent.missedInRow} offers in a row (max ${world.missedOffersMax}) but is still available`);
    }
  }
}

/** Invariant 5: a reservation exists only through a live offer to an agent who may still take it. */
function checkOffersLive(world: OracleWorld, report: Report): void {
  for (const offer of world.offers.values()) {
    const agent = world.agents.get(offer.agentId);
    const contact = world.contacts.get(offer.contactId);
    if (agent === undefined || contact === undefined) {
      report(`offer ${offer.id} pending for an unknown agent or contact`);
      continue;
    }
    if (agent.presence !== 'available') report(`offer ${offer.id} still pending for ${agent.id}, who is ${agent.presence} (invariant 5)`);
    if (agent.phoneBusy && world.phoneBlocks.has(offer.channel)) report(`offer ${offer.id} (${offer.channel}) still pending for ${agent.id}, who is on a phone call (invariant 5)`);
    if (FINAL.has(contact.status)) report(`offer ${offer.id} still pending for ${contact.id}, which ended ${contact.status} (invariant 5)`);
    if (contact.offerId !== offer.id) report(`offer ${offer.id} pending, but ${contact.id}'s pending offer is ${contact.offerId} (invariant 2)`);
  }
}

/** Invariant 8: created = live + terminal; every contact is in exactly one known state. */
function checkConservation(world: OracleWorld, report: Report): void {
  let live = 0;
  let terminal = 0;
  for (const c of world.contacts.values()) {
    if (FINAL.has(c.status)) terminal++;
    else live++;
  }
  if (world.created !== live + terminal) report(`conservation: created ${world.created} != live ${live} + terminal ${terminal} (invariant 8)`);
}

/** Invariant 9: no waiting contact has an agent who could take it now. Returns the (contact, agent) pairs checked. */
function checkWorkConserving(world: OracleWorld, cooldown: CooldownMode, report: Report): number {
  const waiting = world.waiting();
  for (const c of waiting) {
    const agents = eligibleAgents(world, c, cooldown);
    if (agents.length > 0) report(`${c.id} waits in ${c.queueId} while ${agents.join(', ')} could take it (invariant 9: work-conserving)`);
  }
  return waiting.length * world.agents.size;
}

/** Liveness after the clock reached `nowMs`: offers resolved within their timeout, wrap-ups ended on time. Returns the checks evaluated. */
export function checkAdvanced(world: OracleWorld, nowMs: number, report: Report): number {
  for (const offer of world.offers.values()) {
    if (offer.expiresAt <= nowMs) report(`offer ${offer.id} (${offer.contactId} -> ${offer.agentId}) still pending at ${nowMs}, past its expiry ${offer.expiresAt} (invariant 9)`);
  }
  for (const c of world.contacts.values()) {
    if (c.status === 'wrap_up' && c.wrapUpEndsAt !== null && c.wrapUpEndsAt <= nowMs) {
      report(`${c.id}: wrap-up due to end at ${c.wrapUpEndsAt} still running at ${nowMs}`);
    }
  }
  return world.offers.size + world.contacts.size;
}
