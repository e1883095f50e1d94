/**
 * Contact facts: entering a queue, and every way a contact leaves one (abandon, reject, ticket,
 * overflow, transfer, requeue). Each is counted in the current leg's queue and interval, and at the
 * contact level in the overall figures.
 */
import type { EventOf, SwitchboardEvent } from '../domain/events/event.js';
import { releaseHold, releaseHoldsOf, takeOver } from './hold.facts.js';
import type { ReportFold } from './report-fold.js';
import type { Tally } from './tally.js';
import type { ContactTrack, Leg } from './tracks.js';

function count(tallies: readonly Tally[], add: (t: Tally) => void): void {
  for (const t of tallies) add(t);
}

function queued(fold: ReportFold, e: EventOf<'contact.queued'>): void {
  const known = fold.contacts.get(e.contactId);
  // A contact first seen here arrived at its first enqueue, which `enqueuedAt` keeps across moves.
  const track = known ?? fold.startContact(e.contactId, e.enqueuedAt);
  const leg: Leg = { queueId: e.queueId, index: fold.indexOf(e.at), answered: false };
  track.leg = leg;
  if (!track.counted) return;
  count(fold.legScopes(leg), (t) => t.offered++);
  if (known === undefined) count(fold.overallScopes(track), (t) => t.offered++);
}

/** The contact's record, or a leg-less record for a contact that ends without having been queued. */
function endingTrack(fold: ReportFold, contactId: string, queueId: string, atMs: number): ContactTrack {
  const track = fold.contacts.get(contactId) ?? fold.startContact(contactId, atMs);
  if (track.leg === null) track.leg = { queueId, index: fold.indexOf(atMs), answered: false };
  return track;
}

function abandoned(fold: ReportFold, e: EventOf<'contact.abandoned'>): void {
  const track = endingTrack(fold, e.contactId, e.queueId, e.at);
  if (track.counted) {
    // A short abandon is one of an unanswered wait (a contact answered, requeued and then abandoned is not),
    // so answered + short abandons never exceed offered and every service level stays within 0..1.
    const short = e.waitMs <= fold.options.serviceLevelThresholdMs;
    const abandon = (shortHere: boolean) => (t: Tally): void => {
      t.abandoned++;
      if (shortHere) t.abandonedWithinThreshold++;
      t.abandonedWait.add(e.waitMs);
    };
    count(fold.legScopes(track.leg), abandon(short && track.leg?.answered !== true));
    count(fold.overallScopes(track), abandon(short && !track.answered));
  }
  releaseHoldsOf(fold, track, e.at);
  fold.endContact(track);
}

function rejected(fold: ReportFold, e: EventOf<'contact.rejected'>): void {
  const track = endingTrack(fold, e.contactId, e.queueId, e.at);
  if (track.counted) count([...fold.legScopes(track.leg), ...fold.overallScopes(track)], (t) => t.rejected++);
  releaseHoldsOf(fold, track, e.at);
  fold.endContact(track);
}

function ticketed(fold: ReportFold, e: EventOf<'ticket.created'>): void {
  const track = endingTrack(fold, e.contactId, e.queueId, e.at);
  if (track.counted) {
    count([...fold.legScopes(track.leg), ...fold.overallScopes(track)], (t) => {
      t.ticketed++;
      t.ticketedByReason[e.reason]++;
    });
  }
  releaseHoldsOf(fold, track, e.at);
  fold.endContact(track);
}

function moved(fold: ReportFold, contactId: string, add: (t: Tally) => void, agentId: string | null): void {
  const track = fold.contacts.get(contactId);
  if (track === undefined || !track.counted) return;
  const agentLeg = agentId === null ? null : (fold.agents.get(agentId)?.holds.get(contactId)?.leg ?? track.leg);
  count([...fold.legScopes(track.leg), ...fold.overallScopes(track)], add);
  if (agentId !== null) count(fold.agentScopes(agentId, agentLeg), add);
}

function transferred(fold: ReportFold, e: EventOf<'contact.transferred'>): void {
  moved(fold, e.contactId, (t) => t.transferredOut++, e.fromAgentId);
  const track = fold.contacts.get(e.contactId);
  // Cold: the first agent leaves now and the contact is routed again. Warm to an agent: the event marks
  // the moment the second agent accepted, and it takes the contact over (there is no `contact.assigned`).
  if (e.mode === 'cold') releaseHold(fold, e.fromAgentId, e.contactId, e.at);
  else if (e.toAgentId !== null) takeOver(fold, e.fromAgentId, e.toAgentId, e.contactId, e.at);
  else if (track !== undefined) track.warmFromAgentId = e.fromAgentId;
}

function requeued(fold: ReportFold, e: EventOf<'contact.requeued'>): void {
  moved(fold, e.contactId, (t) => t.requeued++, e.agentId);
  releaseHold(fold, e.agentId, e.contactId, e.at);
}

/** Applies a contact fact; returns false when the event is not one. */
export function applyContactEvent(fold: ReportFold, e: SwitchboardEvent): boolean {
  switch (e.type) {
    case 'contact.queued':
      queued(fold, e);
      return true;
    case 'contact.abandoned':
      abandoned(fold, e);
      return true;
    case 'contact.rejected':
      rejected(fold, e);
      return true;
    case 'ticket.created':
      ticketed(fold, e);
      return true;
    case 'contact.overflowed':
      moved(fold, e.contactId, (t) => t.overflowedOut++, null);
      return true;
    case 'contact.transferred':
      transferred(fold, e);
      return true;
    case 'contact.requeued':
      requeued(fold, e);
      return true;
    case 'callback.cancelled': {
      const track = fold.contacts.get(e.contactId);
      if (track !== undefined) fold.endContact(track);
      return true;
    }
    default:
      return false;
  }
}
