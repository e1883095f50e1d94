/**
 * Folding contact lifecycle events into the oracle's world: creation, queue entries, work, moves and
 * every terminal outcome, each checked against the status the log gave the contact so far.
 */
import type { Command } from '../../../src/domain/commands/command.js';
import type { EventOf } from '../../../src/domain/events/event.js';
import { addDecline, type Report } from './offer-events.js';
import { checkPolicy } from './policies.js';
import type { OContact, OracleStatus, OracleWorld } from './world.js';

/** `contact.created`. */
export function onCreated(world: OracleWorld, e: EventOf<'contact.created'>, report: Report): void {
  if (world.contacts.has(e.contactId)) return report(`contact ${e.contactId} created twice (invariant 8)`);
  world.created++;
  world.contacts.set(e.contactId, {
    id: e.contactId,
    seq: world.created,
    channel: e.channel,
    ownSkills: e.skills,
    queueId: e.queueId,
    status: 'new',
    priority: e.priority,
    enqueuedAt: e.at,
    requirement: e.skills ?? {},
    step: 0,
    rearmedAt: null,
    target: e.targetAgentId,
    declines: [],
    holder: null,
    offerId: null,
    assignDue: null,
    legStartMs: null,
    entry: 0,
    entryOutcome: null,
    policyDue: null,
    wrapUpEndsAt: null,
    invited: new Set(),
  });
}

function expectStatus(c: OContact, allowed: readonly OracleStatus[], type: string, report: Report): void {
  if (!allowed.includes(c.status)) report(`${type} for ${c.id} while it is ${c.status} (expected ${allowed.join(' or ')})`);
}

/** `contact.queued`: a new queue entry; its policies (after-hours, no agents) apply in this step. */
export function onQueued(world: OracleWorld, e: EventOf<'contact.queued'>, c: OContact, report: Report): void {
  expectStatus(c, ['new', 'scheduled', 'leaving'], e.type, report);
  const queue = world.queues.get(e.queueId);
  if (queue === undefined) return report(`${c.id} queued in unknown queue ${e.queueId}`);
  if (c.entry > 0 && e.cause !== 'callback' && e.enqueuedAt !== c.enqueuedAt) report(`${c.id} lost its first enqueue time (${c.enqueuedAt} -> ${e.enqueuedAt})`);
  c.status = 'queued';
  c.queueId = e.queueId;
  c.priority = e.priority;
  c.enqueuedAt = e.enqueuedAt;
  c.entry++;
  c.entryOutcome = null;
  c.step = 0;
  c.requirement = world.entryRequirement(c, queue);
  c.legStartMs = queue.open ? e.at : null;
  c.holder = null;
  const config = queue.config;
  if (!queue.open && config.afterHours !== 'hold' && e.cause !== 'callback') c.policyDue = `after-hours ${config.afterHours}`;
  else if (queue.open && config.onNoAgents !== undefined && world.loggedIn(queue.id) === 0) c.policyDue = 'no agents';
}

/** `contact.overflowed`: the entry ends; a `contact.queued` in the target must follow. */
export function onOverflowed(world: OracleWorld, e: EventOf<'contact.overflowed'>, c: OContact, command: Command | null, report: Report): void {
  expectStatus(c, ['queued', 'leaving'], e.type, report);
  if (e.fromQueueId !== c.queueId) report(`${c.id} overflowed from ${e.fromQueueId}, but it waits in ${c.queueId}`);
  checkPolicy(world, c, e.reason, { action: 'queue', queueId: e.toQueueId }, e.at, command, report);
  c.entryOutcome = `overflow to ${e.toQueueId}`;
  c.policyDue = null;
  c.status = 'leaving';
}

/** `ticket.created` and `contact.rejected`: terminal, only for contacts that are not assigned (invariant 11). */
export function onTicketOrRejected(
  world: OracleWorld,
  e: EventOf<'ticket.created'> | EventOf<'contact.rejected'>,
  c: OContact,
  command: Command | null,
  report: Report,
): void {
  const ticket = e.type === 'ticket.created';
  if (c.status === 'active' || c.status === 'wrap_up') report(`${c.id} ${ticket ? 'ticketed' : 'rejected'} while assigned to ${c.holder} (invariant 11)`);
  else expectStatus(c, ['new', 'scheduled', 'queued', 'leaving'], e.type, report);
  if (c.offerId !== null) report(`${c.id} ended with offer ${c.offerId} still pending (invariant 5)`);
  if (e.queueId !== c.queueId) report(`${e.type} for ${c.id} names ${e.queueId}, but it is in ${c.queueId}`);
  checkPolicy(world, c, e.reason, ticket ? { action: 'ticket' } : { action: 'reject' }, e.at, command, report);
  c.entryOutcome = e.type;
  c.policyDue = null;
  c.status = ticket ? 'ticketed' : 'rejected';
}

/** `contact.abandoned`: the customer left while waiting or being offered. */
export function onAbandoned(e: EventOf<'contact.abandoned'>, c: OContact, report: Report): void {
  expectStatus(c, ['queued', 'leaving'], e.type, report);
  if (c.offerId !== null) report(`${c.id} abandoned with offer ${c.offerId} still pending (invariant 5)`);
  if (e.waitMs !== e.at - c.enqueuedAt) report(`${c.id} abandoned with waitMs ${e.waitMs}, expected ${e.at - c.enqueuedAt}`);
  c.status = 'abandoned';
}

/** `contact.completed`: wrap-up starts; it must end exactly `wrapUpMs` later. */
export function onCompleted(e: EventOf<'contact.completed'>, c: OContact, report: Report): void {
  expectStatus(c, ['active'], e.type, report);
  if (c.holder !== e.agentId) report(`${c.id} completed by ${e.agentId}, but ${c.holder} holds it`);
  c.status = 'wrap_up';
  c.wrapUpEndsAt = e.at + e.wrapUpMs;
}

/** `agent.wrapup.ended`: the contact is completed and the agent's unit is free. */
export function onWrapUpEnded(world: OracleWorld, e: EventOf<'agent.wrapup.ended'>, c: OContact, report: Report): void {
  expectStatus(c, ['wrap_up'], e.type, report);
  if (c.holder !== e.agentId) report(`wrap-up of ${c.id} ended for ${e.agentId}, but ${c.holder} holds it`);
  if (c.wrapUpEndsAt !== null && e.at !== c.wrapUpEndsAt) report(`wrap-up of ${c.id} ended at ${e.at}, expected ${c.wrapUpEndsAt}`);
  c.status = 'completed';
  c.wrapUpEndsAt = null;
  const agent = world.agents.get(e.agentId);
  if (agent !== undefined) agent.idleSinceMs = e.at;
}

/** `contact.transferred` (cold: the contact leaves its agent; warm: the accept already moved it) and `contact.requeued`. */
export function onMoved(world: OracleWorld, e: EventOf<'contact.transferred'> | EventOf<'contact.requeued'>, c: OContact, report: Report): void {
  if (e.type === 'contact.transferred' && e.mode === 'warm') {
    if (c.holder !== e.toAgentId) report(`warm transfer of ${c.id} to ${e.toAgentId}, but ${c.holder} holds it`);
    return;
  }
  const from = e.type === 'contact.requeued' ? e.agentId : e.fromAgentId;
  const toQueueId = e.type === 'contact.requeued' ? e.queueId : e.toQueueId;
  expectStatus(c, ['active'], e.type, report);
  if (c.holder !== from) report(`${e.type} of ${c.id} by ${from}, but ${c.holder} holds it`);
  c.status = 'leaving';
  c.holder = null;
  c.target = e.type === 'contact.requeued' ? null : e.toAgentId;
  addDecline(world, c, from, e.at, world.queues.get(toQueueId)?.config.reofferCooldownMs ?? 0);
}

/** `contact.untargeted`: the contact was for this agent; from now on it goes to the whole queue. */
export function onUntargeted(e: EventOf<'contact.untargeted'>, c: OContact, report: Report): void {
  if (c.target !== e.agentId) report(`${e.type} of ${c.id} from ${e.agentId}, but it was targeted at ${c.target ?? 'nobody'}`);
  c.target = null;
}

/** `contact.relaxed` (invariant 6): the next step, exactly when the wait in this entry reaches it. */
export function onRelaxed(world: OracleWorld, e: EventOf<'contact.relaxed'>, c: OContact, report: Report): void {
  expectStatus(c, ['queued', 'offered'], e.type, report);
  const steps = world.queues.get(c.queueId)?.config.relaxation ?? [];
  const step = steps[e.step];
  if (c.ownSkills !== null) report(`${c.id} relaxed, but it brings its own requirement`);
  if (c.rearmedAt === e.at) {
    // Confirms the step a queue update just re-derived (config-events.ts).
    if (e.step !== c.step || JSON.stringify(e.skills) !== JSON.stringify(c.requirement)) report(`${c.id} relaxed to step ${e.step} after a queue update, expected step ${c.step} (invariant 6)`);
    return;
  }
  if (e.step !== c.step + 1 || step === undefined) report(`${c.id} relaxed to step ${e.step} from step ${c.step} (${steps.length} steps) (invariant 6)`);
  else if (c.legStartMs === null || e.at !== c.legStartMs + step.afterMs) report(`${c.id} relaxed to step ${e.step} at ${e.at}, expected ${c.legStartMs === null ? 'never (queue closed)' : c.legStartMs + step.afterMs} (invariant 6)`);
  c.step = e.step;
  c.requirement = e.skills;
}

/** `contact.aged`: priority rises, bounded by the queue's `priorityMax`. */
export function onAged(world: OracleWorld, e: EventOf<'contact.aged'>, c: OContact, report: Report): void {
  expectStatus(c, ['queued', 'offered'], e.type, report);
  const ageing = world.queues.get(c.queueId)?.config.ageing;
  if (ageing === undefined || e.priority > ageing.priorityMax || e.priority <= c.priority) {
    report(`${c.id} aged from ${c.priority} to ${e.priority} (ageing ${JSON.stringify(ageing)})`);
  }
  c.priority = e.priority;
}

/** `callback.scheduled` and `callback.cancelled`. */
export function onCallback(e: EventOf<'callback.scheduled'> | EventOf<'callback.cancelled'>, c: OContact, report: Report): void {
  if (e.type === 'callback.scheduled') {
    expectStatus(c, ['new'], e.type, report);
    c.status = 'scheduled';
  } else {
    expectStatus(c, ['scheduled'], e.type, report);
    c.status = 'cancelled';
  }
}
