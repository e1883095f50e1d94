/**
 * `contact.create`: a new contact arrives in a queue, optionally with a customer, a first message,
 * skills and attributes. After-hours, no-agents and length policies apply on entry.
 */
import { CHANNELS, type Channel, isChannel } from '../../domain/channel.js';
import { describeValue } from '../../domain/errors.js';
import { announceContact, newContactRecord } from '../contact-record.js';
import { commitCustomer, normalizeEmail, planCustomer } from '../customers.js';
import { addMessage, customerText } from '../messages.js';
import { enterQueue } from '../queue-entry.js';
import { checkId, checkInteger, checkKnownFields, fail, fieldsOf } from './checks.js';
import {
  checkChosenContactId,
  checkCustomer,
  checkQueueChannel,
  checkSkillsAndAttributes,
  checkText,
  copyAttributes,
  customerOf,
} from './contact-input.js';
import type { CommandHandler } from './handler.js';

const FIELDS = fieldsOf('contactId', 'queueId', 'channel', 'priority', 'skills', 'customer', 'message', 'targetAgentId', 'attributes');

/** `contact.create`: a new contact arrives. */
export const contactCreate: CommandHandler = {
  validate(state, c) {
    const basic =
      checkKnownFields(c, FIELDS) ??
      checkId(c, 'contactId', c.contactId, true) ??
      checkId(c, 'queueId', c.queueId) ??
      checkInteger(c, 'priority', c.priority, -1_000_000, 1_000_000, true) ??
      checkId(c, 'targetAgentId', c.targetAgentId, true) ??
      checkCustomer('contact.create', c.customer) ??
      checkText('contact.create', 'message', c.message, true);
    if (basic !== null) return basic;
    if (!isChannel(c.channel)) {
      return fail('contact.create', 'invalid_command', `channel must be one of ${CHANNELS.join(', ')} (got ${describeValue(c.channel)})`);
    }
    const chosen = checkChosenContactId(state, 'contact.create', c.contactId as string | undefined);
    if (chosen !== null) return chosen;
    return (
      checkQueueChannel(state, 'contact.create', c.queueId as string, c.channel) ??
      checkTarget(state, c.targetAgentId as string | undefined, c.queueId as string) ??
      checkSkillsAndAttributes(state, 'contact.create', c)
    );
  },
  apply(state, c) {
    const queue = state.queues.get(c.queueId as string)!;
    const customer = customerOf(c);
    const plan = planCustomer(state, customer);
    const contact = newContactRecord(state, {
      id: c.contactId as string | undefined,
      queue,
      channel: c.channel as Channel,
      priority: (c.priority as number | undefined) ?? 0,
      skills: c.skills === undefined ? null : { ...(c.skills as Record<string, number>) },
      customerId: plan?.customerId ?? null,
      email: customer?.email === undefined ? null : normalizeEmail(customer.email),
      targetAgentId: (c.targetAgentId as string | undefined) ?? null,
      attributes: copyAttributes(c),
    });
    announceContact(state, contact);
    if (plan !== null) commitCustomer(state, contact.id, plan);
    if (c.message !== undefined) {
      addMessage(state, contact, null, customerText(c.message as string));
    }
    enterQueue(state, contact, queue, 'arrival');
    return { ok: true, contactId: contact.id };
  },
};

function checkTarget(state: Parameters<CommandHandler['validate']>[0], target: string | undefined, queueId: string) {
  if (target === undefined) return null;
  const agent = state.agents.get(target);
  if (agent === undefined) return fail('contact.create', 'unknown_agent', `targetAgentId "${target}" is not an agent`);
  if (!agent.memberships.some((m) => m.queue.id === queueId)) {
    return fail('contact.create', 'unknown_agent', `targetAgentId "${target}" is not a member of queue "${queueId}"`);
  }
  return null;
}
