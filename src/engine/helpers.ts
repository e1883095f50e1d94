/**
 * Typed helpers over `dispatch`: sugar, with the same results and the same single write path.
 */
import type { Channel } from '../domain/channel.js';
import type { AgentConfigInput, MembershipConfig } from '../domain/config/agent.config.js';
import type { QueueConfigInput } from '../domain/config/queue.config.js';
import type { AgentSetStatusCommand } from '../domain/commands/agent.commands.js';
import type { Command, CommandResult } from '../domain/commands/command.js';
import type { CallbackRequestCommand, ContactCreateCommand } from '../domain/commands/contact.commands.js';
import type { ContactTransferCommand, CustomerSetContextCommand } from '../domain/commands/session.commands.js';

type Dispatch = (command: Command) => CommandResult;

/** Contact helpers: `engine.contacts.create({ queueId, channel })`. */
export function contactHelpers(dispatch: Dispatch) {
  return {
    /** A new contact arrives. */
    create: (input: Omit<ContactCreateCommand, 'type'>) => dispatch({ type: 'contact.create', ...input }),
    /** The customer left before an agent took the contact. */
    abandon: (contactId: string) => dispatch({ type: 'contact.abandon', contactId }),
    /** The agent ended the conversation; wrap-up starts. */
    complete: (contactId: string, agentId?: string) =>
      dispatch(agentId === undefined ? { type: 'contact.complete', contactId } : { type: 'contact.complete', contactId, agentId }),
    /** A waiting customer leaves a message instead: the contact becomes a ticket. */
    leaveMessage: (contactId: string, text?: string) =>
      dispatch(text === undefined ? { type: 'contact.leaveMessage', contactId } : { type: 'contact.leaveMessage', contactId, text }),
    /** The customer writes while waiting (delivered to the agent at accept). */
    sendMessage: (contactId: string, text: string) => dispatch({ type: 'customer.sendMessage', contactId, text }),
  };
}

/** Callback helpers: `engine.callbacks.request({ queueId, phone, at })`. */
export function callbackHelpers(dispatch: Dispatch) {
  return {
    request: (input: Omit<CallbackRequestCommand, 'type'>) => dispatch({ type: 'callback.request', ...input }),
    cancel: (contactId: string) => dispatch({ type: 'callback.cancel', contactId }),
  };
}

/** Offer helpers: `engine.offers.accept(offerId)`. */
export function offerHelpers(dispatch: Dispatch) {
  return {
    accept: (offerId: string, agentId?: string) =>
      dispatch(agentId === undefined ? { type: 'offer.accept', offerId } : { type: 'offer.accept', offerId, agentId }),
    reject: (offerId: string, agentId?: string) =>
      dispatch(agentId === undefined ? { type: 'offer.reject', offerId } : { type: 'offer.reject', offerId, agentId }),
  };
}

/** Agent helpers: `engine.agents.setStatus('ann', 'available')`. */
export function agentHelpers(dispatch: Dispatch) {
  return {
    setStatus: (agentId: string, status: AgentSetStatusCommand['status']) =>
      dispatch({ type: 'agent.setStatus', agentId, status }),
    setPhoneBusy: (agentId: string, busy: boolean) => dispatch({ type: 'agent.setPhoneBusy', agentId, busy }),
    add: (agent: AgentConfigInput) => dispatch({ type: 'agent.add', agent }),
    update: (agent: AgentConfigInput) => dispatch({ type: 'agent.update', agent }),
    remove: (agentId: string) => dispatch({ type: 'agent.remove', agentId }),
    setCapacity: (agentId: string, capacity: Partial<Record<Channel, number>>, capacityTotalMax?: number) =>
      dispatch(
        capacityTotalMax === undefined
          ? { type: 'agent.setCapacity', agentId, capacity }
          : { type: 'agent.setCapacity', agentId, capacity, capacityTotalMax },
      ),
    setMemberships: (agentId: string, memberships: readonly Partial<MembershipConfig>[]) =>
      dispatch({ type: 'agent.setMemberships', agentId, memberships }),
  };
}

/** Queue helpers: `engine.queues.add({ id, channels })`. */
export function queueHelpers(dispatch: Dispatch) {
  return {
    add: (queue: QueueConfigInput) => dispatch({ type: 'queue.add', queue }),
    update: (queue: QueueConfigInput) => dispatch({ type: 'queue.update', queue }),
    remove: (queueId: string) => dispatch({ type: 'queue.remove', queueId }),
  };
}

/** Session helpers: `engine.sessions.sendMessage(sessionId, agentId, text)`. */
export function sessionHelpers(dispatch: Dispatch) {
  return {
    sendMessage: (sessionId: string, agentId: string, text: string) =>
      dispatch({ type: 'session.sendMessage', sessionId, agentId, text }),
    sendCanned: (sessionId: string, agentId: string, cannedId: string, values?: Readonly<Record<string, string>>) =>
      dispatch(values === undefined ? { type: 'session.sendCanned', sessionId, agentId, cannedId } : { type: 'session.sendCanned', sessionId, agentId, cannedId, values }),
    pushUrl: (sessionId: string, agentId: string, target: { urlId: string } | { url: string }) =>
      dispatch({ type: 'session.pushUrl', sessionId, agentId, ...target }),
    consult: (sessionId: string, agentId: string, toAgentId: string, text: string) =>
      dispatch({ type: 'session.consult', sessionId, agentId, toAgentId, text }),
    invite: (sessionId: string, agentId: string, inviteeId: string) => dispatch({ type: 'session.invite', sessionId, agentId, inviteeId }),
    leave: (sessionId: string, agentId: string) => dispatch({ type: 'session.leave', sessionId, agentId }),
    close: (sessionId: string, by: 'agent' | 'customer', agentId?: string) =>
      dispatch(agentId === undefined ? { type: 'session.close', sessionId, by } : { type: 'session.close', sessionId, by, agentId }),
    rate: (sessionId: string, score: number) => dispatch({ type: 'session.rate', sessionId, score }),
  };
}

/** Helpers for what the customer's side reports: `engine.customers.typing(contactId, text)`. */
export function customerHelpers(dispatch: Dispatch) {
  return {
    sendMessage: (contactId: string, text: string) => dispatch({ type: 'customer.sendMessage', contactId, text }),
    typing: (contactId: string, text: string) => dispatch({ type: 'customer.typing', contactId, text }),
    setContext: (contactId: string, context: Omit<CustomerSetContextCommand, 'type' | 'contactId' | 'commandId'>) =>
      dispatch({ type: 'customer.setContext', contactId, ...context }),
  };
}

/** Helpers for handing an active contact on: `engine.transfers.transfer({ ... })`. */
export function transferHelpers(dispatch: Dispatch) {
  return {
    transfer: (input: Omit<ContactTransferCommand, 'type'>) => dispatch({ type: 'contact.transfer', ...input }),
    requeue: (contactId: string, agentId: string, queueId?: string) =>
      dispatch(queueId === undefined ? { type: 'contact.requeue', contactId, agentId } : { type: 'contact.requeue', contactId, agentId, queueId }),
    escalate: (contactId: string, agentId: string) => dispatch({ type: 'contact.escalate', contactId, agentId }),
  };
}
