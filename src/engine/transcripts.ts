/**
 * Transcripts and customer histories, derived from the event log so they match it exactly.
 */
import type { ContactStatus } from '../domain/contact-status.js';
import type { SwitchboardEvent } from '../domain/events/event.js';
import type { MessageKind } from '../domain/events/session.events.js';

/** One message of a transcript. */
export interface TranscriptEntry {
  readonly messageId: string;
  readonly at: number;
  readonly from: 'customer' | 'agent' | 'system';
  readonly agentId: string | null;
  readonly toAgentId: string | null;
  readonly kind: MessageKind;
  readonly text: string;
  readonly url: string | null;
  /** Consult messages between agents: never shown to the customer. */
  readonly internal: boolean;
}

/**
 * Every message of a contact's conversation, in order: those written while queued, the session's,
 * and internal consult messages (marked).
 */
export function transcriptOf(events: readonly SwitchboardEvent[], contactId: string): TranscriptEntry[] {
  const lines: TranscriptEntry[] = [];
  for (const event of events) {
    if (event.type !== 'session.message' || event.contactId !== contactId) continue;
    const { messageId, at, from, agentId, toAgentId, kind, text, url, internal } = event;
    lines.push({ messageId, at, from, agentId, toAgentId, kind, text, url, internal });
  }
  return lines;
}

/** One contact in a customer's history. */
export interface HistoryEntry {
  readonly contactId: string;
  readonly createdAt: number;
  readonly queueId: string;
  readonly channel: string;
  /** The terminal state reached, or null while the contact is live. */
  readonly outcome: ContactStatus | null;
}

const OUTCOME: Partial<Record<SwitchboardEvent['type'], ContactStatus>> = {
  'agent.wrapup.ended': 'completed',
  'contact.abandoned': 'abandoned',
  'ticket.created': 'ticketed',
  'contact.rejected': 'rejected',
  'callback.cancelled': 'cancelled',
};

/** A customer's contacts, oldest first, with how each ended. */
export function historyOf(events: readonly SwitchboardEvent[], customerId: string): HistoryEntry[] {
  const linked = new Set<string>();
  for (const event of events) if (event.type === 'customer.linked' && event.customerId === customerId) linked.add(event.contactId);
  const entries = new Map<string, { contactId: string; createdAt: number; queueId: string; channel: string; outcome: ContactStatus | null }>();
  for (const event of events) {
    if (event.type === 'contact.created' && linked.has(event.contactId)) {
      entries.set(event.contactId, { contactId: event.contactId, createdAt: event.at, queueId: event.queueId, channel: event.channel, outcome: null });
      continue;
    }
    const outcome = OUTCOME[event.type];
    const contactId = (event as { contactId?: string }).contactId;
    const entry = outcome === undefined || contactId === undefined ? undefined : entries.get(contactId);
    if (entry !== undefined) entry.outcome = outcome!;
  }
  return [...entries.values()];
}
