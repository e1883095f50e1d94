/**
 * Conversation messages: every message is a `session.message` event; customer-visible lines are also
 * kept on the contact (bounded) so a ticket can carry the transcript so far.
 */
import type { MessageKind } from '../domain/events/session.events.js';
import type { EngineState } from './engine-state.js';
import type { ContactRecord } from './records.js';
import { detailsOf } from './contact-record.js';

/** Most transcript lines kept on one contact for its ticket; older lines stay in the event log. */
export const TRANSCRIPT_LINES_MAX = 1000;

/** What a message says and who sent it. */
export interface MessageInput {
  readonly from: 'customer' | 'agent' | 'system';
  readonly agentId: string | null;
  /** For internal consult messages: the agent addressed. */
  readonly toAgentId?: string | null;
  readonly kind: MessageKind;
  readonly text: string;
  readonly url: string | null;
  readonly internal: boolean;
}

/** A plain text message from the customer. */
export function customerText(text: string): MessageInput {
  return { from: 'customer', agentId: null, kind: 'text', text, url: null, internal: false };
}

/** Records a message in the log and, unless internal, in the contact's transcript. */
export function addMessage(state: EngineState, contact: ContactRecord, sessionId: string | null, input: MessageInput): string {
  const messageId = `m-${++state.messageCounter}`;
  state.emit({
    type: 'session.message',
    seq: 0,
    at: state.nowMs,
    messageId,
    contactId: contact.id,
    sessionId,
    from: input.from,
    agentId: input.agentId,
    toAgentId: input.toAgentId ?? null,
    kind: input.kind,
    text: input.text,
    url: input.url,
    internal: input.internal,
  });
  if (input.from === 'customer' && contact.status !== 'active') (detailsOf(contact).undelivered ??= []).push(messageId);
  if (!input.internal) {
    const lines = (detailsOf(contact).messages ??= []);
    if (lines.length >= TRANSCRIPT_LINES_MAX) lines.shift();
    lines.push({ at: state.nowMs, from: input.from, agentId: input.agentId, text: input.text });
  }
  return messageId;
}
