/**
 * Invariants 10 and 11: every overflow, ticket and rejection must be the action the queue's
 * configuration names for a reason that really holds now, and at most one per queue entry.
 */
import type { Command } from '../../../src/domain/commands/command.js';
import type { OverflowAction } from '../../../src/domain/config/queue.config.js';
import type { Report } from './offer-events.js';
import type { OContact, OracleWorld } from './world.js';

/** What a contact's entry ended with: a move to a queue, a ticket or a rejection. */
export type Outcome = { readonly action: 'queue'; readonly queueId: string } | { readonly action: 'ticket' } | { readonly action: 'reject' };

function sameAction(configured: OverflowAction | undefined, outcome: Outcome): boolean {
  if (configured === undefined) return false;
  if (configured.action !== outcome.action) return false;
  return configured.action !== 'queue' || (outcome.action === 'queue' && configured.queueId === outcome.queueId);
}

/** Checks that `reason` holds for the contact now and that `outcome` is what its queue configures. */
export function checkPolicy(
  world: OracleWorld,
  c: OContact,
  reason: string,
  outcome: Outcome,
  at: number,
  command: Command | null,
  report: Report,
): void {
  const what = `${c.id} ${outcome.action === 'queue' ? `overflowed to ${outcome.queueId}` : outcome.action === 'ticket' ? 'ticketed' : 'rejected'} (${reason}) from ${c.queueId}`;
  const queue = world.queues.get(c.queueId);
  if (queue === undefined) return report(`${what}: unknown queue`);
  if (c.entryOutcome !== null) report(`${what}: entry ${c.entry} already ended with ${c.entryOutcome} (invariant 11)`);
  const config = queue.config;
  // An overflow to a queue that no longer exists, or no longer serves the channel, becomes a ticket.
  const unusable = (queueId: string) => world.queues.get(queueId)?.config.channels.includes(c.channel) !== true;
  const fits = (action: OverflowAction | undefined) =>
    sameAction(action, outcome) || (outcome.action === 'ticket' && action?.action === 'queue' && unusable(action.queueId));
  switch (reason) {
    case 'wait_exceeded': {
      if (config.waitMsMax === undefined) return report(`${what}: the queue has no waitMsMax (invariant 11)`);
      if (!fits(config.onWaitMsMax)) report(`${what}: onWaitMsMax is ${JSON.stringify(config.onWaitMsMax)} (invariant 11)`);
      if (c.legStartMs === null || at < c.legStartMs + config.waitMsMax) {
        report(`${what}: waited since ${c.legStartMs} in this entry, less than waitMsMax ${config.waitMsMax} (invariant 11)`);
      }
      return;
    }
    case 'queue_full': {
      const waiting = world.waiting().filter((w) => w.queueId === queue.id).length;
      if (config.lengthMax === undefined || waiting <= config.lengthMax) report(`${what}: ${waiting} waiting, lengthMax ${config.lengthMax} (invariant 11)`);
      if (!fits(config.onLengthMax)) report(`${what}: onLengthMax is ${JSON.stringify(config.onLengthMax)} (invariant 11)`);
      return;
    }
    case 'no_agents': {
      if (!fits(config.onNoAgents)) report(`${what}: onNoAgents is ${JSON.stringify(config.onNoAgents)} (invariant 11)`);
      if (!queue.open || world.loggedIn(queue.id) > 0) report(`${what}: queue open=${queue.open}, ${world.loggedIn(queue.id)} member(s) logged in (invariant 11)`);
      return;
    }
    case 'after_hours': {
      if (queue.open) report(`${what}: the queue is open (invariant 10)`);
      const entryPolicy = c.policyDue === `after-hours ${outcome.action}`;
      const closePolicy = c.policyDue === 'at-close ticket' && outcome.action === 'ticket';
      const callbackNeverOpens = c.status === 'scheduled' && outcome.action === 'ticket';
      if (!entryPolicy && !closePolicy && !callbackNeverOpens) report(`${what}: no after-hours or at-close policy asked for it (invariant 10)`);
      return;
    }
    case 'left_message': {
      const asked = command?.type === 'contact.leaveMessage' && command.contactId === c.id;
      if (!asked || outcome.action !== 'ticket') report(`${what}: the customer did not leave a message in this step`);
      return;
    }
    default:
      report(`${what}: unknown reason`);
  }
}
