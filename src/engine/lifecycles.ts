/**
 * Lifecycle steps for contacts and agents, checked against the tables derived from the machines and
 * forwarded to any actor watching the record.
 */
import { type AgentLifecycleEvent, agentMachine } from '../actors/agent.machine.js';
import { type ContactLifecycleEvent, contactMachine } from '../actors/contact.machine.js';
import { lifecycleOf } from '../actors/lifecycle.js';
import { type SessionLifecycleEvent, sessionMachine } from '../actors/session.machine.js';
import { type ContactStatus, isTerminal } from '../domain/contact-status.js';
import type { Presence } from '../domain/presence.js';
import type { EngineState } from './engine-state.js';
import type { ContactRecord } from './records.js';

/** Legal contact steps, from `contactMachine`. */
export const CONTACT_LIFECYCLE = lifecycleOf<ContactStatus | 'new', ContactLifecycleEvent['type']>(contactMachine);

/** Legal session steps, from `sessionMachine`. */
export const SESSION_LIFECYCLE = lifecycleOf<'open' | 'closed' | 'ended', SessionLifecycleEvent['type']>(sessionMachine);

/** Legal presence steps, from `agentMachine`. */
export const AGENT_LIFECYCLE = lifecycleOf<Presence | 'removed', AgentLifecycleEvent['type']>(agentMachine);

/**
 * Moves a contact one legal step. A terminal contact leaves the live map; its final status is
 * remembered (bounded) so late commands get a clear error.
 */
export function stepContact(state: EngineState, contact: ContactRecord, event: ContactLifecycleEvent['type']): void {
  const next = CONTACT_LIFECYCLE.step(contact.status, event) as ContactStatus;
  contact.status = next;
  if (state.actors.watching) state.actors.send(contact.id, { type: event });
  if (isTerminal(next)) {
    state.contacts.delete(contact.id);
    state.rememberEnded(contact, next);
  }
}

/** The agent-machine event that moves presence to `to`. */
export function presenceEvent(to: Presence): 'GO_OFFLINE' | 'GO_AVAILABLE' | 'GO_BREAK' | 'MISS_LIMIT' {
  switch (to) {
    case 'offline':
      return 'GO_OFFLINE';
    case 'available':
      return 'GO_AVAILABLE';
    case 'break':
      return 'GO_BREAK';
    case 'not_responding':
      return 'MISS_LIMIT';
  }
}
