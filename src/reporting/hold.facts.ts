/**
 * Hold facts: an agent takes a contact (answered, wait), talks (until `contact.completed`), wraps up
 * (until `agent.wrapup.ended`), and may be rated. Holds also drive occupancy and concurrency.
 */
import type { EventOf, SwitchboardEvent } from '../domain/events/event.js';
import type { ReportFold } from './report-fold.js';
import type { Tally } from './tally.js';
import type { ContactTrack, Hold, Leg } from './tracks.js';

function count(tallies: readonly Tally[], add: (t: Tally) => void): void {
  for (const t of tallies) add(t);
}

/** The hold of the agent who owns the contact (assigned, or taken over in a warm transfer). */
function ownerHold(track: ContactTrack, leg: Leg | null, atMs: number): Hold {
  return { contactId: track.id, leg, counted: track.counted, owner: true, assignedAt: atMs, completedAt: null };
}

function startHold(fold: ReportFold, agentId: string, track: ContactTrack, hold: Hold, atMs: number): void {
  const agent = fold.agent(agentId, atMs);
  if (agent.holds.has(track.id)) return;
  fold.touchAgent(agent, atMs);
  agent.holds.set(track.id, hold);
  agent.held = agent.holds.size;
  track.holders.add(agentId);
}

/**
 * Ends an agent's hold on a contact (no-op when it holds none). Returns the hold.
 * @example releaseHold(fold, 'ann', 'c-1', 60_000);
 */
export function releaseHold(fold: ReportFold, agentId: string, contactId: string, atMs: number): Hold | undefined {
  const agent = fold.agents.get(agentId);
  const hold = agent?.holds.get(contactId);
  if (agent === undefined || hold === undefined) return undefined;
  fold.touchAgent(agent, atMs);
  agent.holds.delete(contactId);
  agent.held = agent.holds.size;
  fold.contact(contactId)?.holders.delete(agentId);
  return hold;
}

/**
 * A warm transfer completed: the second agent holds the contact from now on, in the same leg; its talk,
 * wrap-up and handle times count from the takeover.
 * @example takeOver(fold, 'ann', 'bob', 'c-1', 70_000);
 */
export function takeOver(fold: ReportFold, fromAgentId: string, toAgentId: string, contactId: string, atMs: number): void {
  const previous = releaseHold(fold, fromAgentId, contactId, atMs);
  const track = fold.contacts.get(contactId);
  if (track === undefined) return;
  startHold(fold, toAgentId, track, ownerHold(track, previous?.leg ?? track.leg, atMs), atMs);
}

/** Ends every hold on a contact that reached a final state. */
export function releaseHoldsOf(fold: ReportFold, track: ContactTrack, atMs: number): void {
  for (const agentId of [...track.holders]) releaseHold(fold, agentId, track.id, atMs);
}

function assigned(fold: ReportFold, e: EventOf<'contact.assigned'>): void {
  // A contact first seen here arrived before the log we were given: its figures do not count.
  const track = fold.contacts.get(e.contactId) ?? fold.startContact(e.contactId, e.at, false);
  if (track.warmFromAgentId !== null && track.warmFromAgentId !== e.agentId) releaseHold(fold, track.warmFromAgentId, track.id, e.at);
  track.warmFromAgentId = null;
  const leg = track.leg;
  if (track.counted) {
    const within = e.waitMs <= fold.options.serviceLevelThresholdMs ? 1 : 0;
    const answer = (t: Tally): void => {
      t.answered++;
      t.answeredWithinThreshold += within;
      t.answeredWait.add(e.waitMs);
    };
    if (leg !== null && !leg.answered) count(fold.legScopes(leg), answer);
    if (!track.answered) count(fold.overallScopes(track), answer);
    count(fold.agentScopes(e.agentId, leg), (t) => t.answered++);
  }
  if (leg !== null) leg.answered = true;
  track.answered = true;
  track.answeredLeg = leg;
  startHold(fold, e.agentId, track, ownerHold(track, leg, e.at), e.at);
}

/** The tallies a hold's times go to: the contact overall, the leg's queue, the agent. */
function holdScopes(fold: ReportFold, track: ContactTrack, hold: Hold, agentId: string): Tally[] {
  return [...fold.overallScopes(track), ...fold.legScopes(hold.leg), ...fold.agentScopes(agentId, hold.leg)];
}

function completed(fold: ReportFold, e: EventOf<'contact.completed'>): void {
  const hold = fold.agents.get(e.agentId)?.holds.get(e.contactId);
  const track = fold.contact(e.contactId);
  if (hold === undefined || hold.completedAt !== null) return;
  hold.completedAt = e.at;
  if (!hold.counted || track === undefined) return;
  count(holdScopes(fold, track, hold, e.agentId), (t) => {
    t.completed++;
    t.talk.add(e.at - hold.assignedAt);
  });
}

function wrapUpEnded(fold: ReportFold, e: EventOf<'agent.wrapup.ended'>): void {
  const track = fold.contact(e.contactId);
  const hold = releaseHold(fold, e.agentId, e.contactId, e.at);
  if (hold !== undefined && hold.counted && hold.completedAt !== null && track !== undefined) {
    const completedAt = hold.completedAt;
    count(holdScopes(fold, track, hold, e.agentId), (t) => {
      t.handled++;
      t.wrapUp.add(e.at - completedAt);
      t.handle.add(e.at - hold.assignedAt);
    });
  }
  if (track !== undefined && track.holders.size === 0) fold.endContact(track);
}

function rated(fold: ReportFold, e: EventOf<'session.rated'>): void {
  const track = fold.contact(e.contactId);
  if (track === undefined || !track.counted) return;
  const leg = track.answeredLeg;
  count([...fold.overallScopes(track), ...fold.legScopes(leg), ...fold.agentScopes(e.agentId, leg)], (t) => {
    t.ratingsByScore[e.score - 1]!++;
  });
}

function joined(fold: ReportFold, e: EventOf<'session.joined'>): void {
  const track = fold.contacts.get(e.contactId);
  // The owner's hold starts with `contact.assigned`; an invited colleague holds capacity too.
  if (e.role !== 'invited' || track === undefined) return;
  const hold: Hold = { contactId: track.id, leg: null, counted: false, owner: false, assignedAt: e.at, completedAt: null };
  startHold(fold, e.agentId, track, hold, e.at);
}

function left(fold: ReportFold, e: EventOf<'session.left'>): void {
  const track = fold.contacts.get(e.contactId);
  const hold = fold.agents.get(e.agentId)?.holds.get(e.contactId);
  if (hold === undefined) return;
  const warmFrom = track?.warmFromAgentId === e.agentId;
  if (!hold.owner || warmFrom) releaseHold(fold, e.agentId, e.contactId, e.at);
  if (warmFrom && track !== undefined) track.warmFromAgentId = null;
}

/** Applies a hold fact; returns false when the event is not one. */
export function applyHoldEvent(fold: ReportFold, e: SwitchboardEvent): boolean {
  switch (e.type) {
    case 'contact.assigned':
      assigned(fold, e);
      return true;
    case 'contact.completed':
      completed(fold, e);
      return true;
    case 'agent.wrapup.ended':
      wrapUpEnded(fold, e);
      return true;
    case 'session.rated':
      rated(fold, e);
      return true;
    case 'session.joined':
      joined(fold, e);
      return true;
    case 'session.left':
      left(fold, e);
      return true;
    default:
      return false;
  }
}
