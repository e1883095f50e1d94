/**
 * A no-op engine for measuring the driver alone: every contact is offered at once to the next agent
 * in turn, then accepted and completed, with the same nine events per contact as the real engine's
 * chat flow, so the driver's per-event work is charged to the driver. Nothing is logged or indexed.
 * Events are built field by field: an object spread (`{ ...base }`) costs microseconds per object
 * on Node 20 and would be charged to the driver.
 */
import type { Command, CommandResult, SwitchboardEvent } from '../src/index.js';
import type { DrivenEngine } from './lib.js';

/** Builds the stub over the given agent ids. */
export function createStubEngine(agentIds: readonly string[]): DrivenEngine {
  const listeners: ((event: SwitchboardEvent) => void)[] = [];
  const ok: CommandResult = { ok: true };
  const agentOfContact: string[] = [];
  let contacts = 0;
  const emit = (event: SwitchboardEvent): void => {
    for (let i = 0; i < listeners.length; i++) (listeners[i] as (event: SwitchboardEvent) => void)(event);
  };
  const create = (queueId: string): void => {
    const n = contacts++;
    const contactId = `c-${n}`;
    const agentId = agentIds[n % agentIds.length] as string;
    agentOfContact.push(agentId);
    emit({ type: 'contact.created', seq: 0, at: 0, contactId, queueId, channel: 'chat', priority: 0, skills: null, customerId: null, targetAgentId: null, attributes: null });
    emit({ type: 'contact.queued', seq: 0, at: 0, contactId, queueId, priority: 0, enqueuedAt: 0, cause: 'arrival' });
    emit({ type: 'offer.created', seq: 0, at: 0, offerId: `o-${n}`, contactId, agentId, queueId, trigger: 'contact', expiresAt: 0 });
  };
  const accept = (offerId: string): void => {
    const n = Number(offerId.slice(2));
    const contactId = `c-${n}`;
    const agentId = agentOfContact[n] as string;
    emit({ type: 'offer.accepted', seq: 0, at: 0, offerId, contactId, agentId });
    emit({ type: 'contact.assigned', seq: 0, at: 0, contactId, agentId, queueId: '', waitMs: 0, offerId, trigger: 'contact' });
    emit({ type: 'session.started', seq: 0, at: 0, sessionId: '', contactId, agentId, queueId: '', deliveredMessageIds: [] });
  };
  const complete = (contactId: string): void => {
    const agentId = agentOfContact[Number(contactId.slice(2))] as string;
    emit({ type: 'session.closed', seq: 0, at: 0, sessionId: '', contactId, by: 'agent', agentId });
    emit({ type: 'contact.completed', seq: 0, at: 0, contactId, agentId, wrapUpMs: 0 });
    emit({ type: 'agent.wrapup.ended', seq: 0, at: 0, contactId, agentId });
  };
  const dispatch = (command: Command): CommandResult => {
    if (command.type === 'contact.create') create(command.queueId);
    else if (command.type === 'offer.accept') accept(command.offerId);
    else if (command.type === 'contact.complete') complete(command.contactId);
    return ok;
  };
  return {
    dispatch,
    events$: {
      subscribe(next) {
        listeners.push(next);
        return { unsubscribe: () => void listeners.splice(listeners.indexOf(next), 1) };
      },
    },
  };
}
