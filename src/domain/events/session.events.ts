/**
 * Session events: the conversation of a chat, from the first accept to the rating.
 * Typing previews are not events: they are never stored (see `engine.previews$`).
 */
import type { EventBase } from './event-base.js';

/** The conversation of an accepted chat began. */
export interface SessionStartedEvent extends EventBase<'session.started'> {
  readonly sessionId: string;
  readonly contactId: string;
  readonly agentId: string;
  readonly queueId: string;
  /** Messages the customer wrote while queued, now delivered to the agent, in order. */
  readonly deliveredMessageIds: readonly string[];
}

/** What a message is. */
export type MessageKind = 'text' | 'canned' | 'url' | 'welcome';

/** A message in a contact's conversation (customer, agent or system). */
export interface SessionMessageEvent extends EventBase<'session.message'> {
  readonly messageId: string;
  readonly contactId: string;
  /** Null while the contact is still queued (the message waits for an agent). */
  readonly sessionId: string | null;
  readonly from: 'customer' | 'agent' | 'system';
  readonly agentId: string | null;
  /** For an internal consult message: the agent it is addressed to. */
  readonly toAgentId: string | null;
  readonly kind: MessageKind;
  readonly text: string;
  readonly url: string | null;
  /** Consult messages between agents: never shown to the customer. */
  readonly internal: boolean;
}

/** The embedder updated what the customer is doing: page, cart, profile. */
export interface SessionContextEvent extends EventBase<'session.context'> {
  readonly contactId: string;
  /** The chat's session, or null before an agent accepted it. */
  readonly sessionId: string | null;
  readonly pageUrl: string | null;
  readonly cart: unknown;
  readonly profile: unknown;
}

/** An agent joined a session: the owner at accept, an invited colleague, or a transfer target. */
export interface SessionJoinedEvent extends EventBase<'session.joined'> {
  readonly sessionId: string;
  readonly contactId: string;
  readonly agentId: string;
  readonly role: 'owner' | 'invited';
  /** For a new owner: customer messages written while the chat waited, now delivered. */
  readonly deliveredMessageIds: readonly string[];
}

/** An agent left a session (an invited colleague, or the first agent of a transfer). */
export interface SessionLeftEvent extends EventBase<'session.left'> {
  readonly sessionId: string;
  readonly contactId: string;
  readonly agentId: string;
}

/**
 * The conversation was closed; the owner's wrap-up follows (`contact.completed`). `system` means the
 * contact ended another way (a ticket, a rejection, an abandon) while its session was open.
 */
export interface SessionClosedEvent extends EventBase<'session.closed'> {
  readonly sessionId: string;
  readonly contactId: string;
  readonly by: 'agent' | 'customer' | 'system';
  readonly agentId: string | null;
}

/** The customer rated the chat, 1 (worst) to 5 (best). */
export interface SessionRatedEvent extends EventBase<'session.rated'> {
  readonly sessionId: string;
  readonly contactId: string;
  /** The agent who closed the session (the last owner). */
  readonly agentId: string;
  readonly score: 1 | 2 | 3 | 4 | 5;
}

/** The session is over for good: rated, or its rating window ended without a rating. */
export interface SessionEndedEvent extends EventBase<'session.ended'> {
  readonly sessionId: string;
  readonly contactId: string;
  readonly rated: boolean;
}

/** Every session event. */
export type SessionEvent =
  | SessionStartedEvent
  | SessionMessageEvent
  | SessionContextEvent
  | SessionJoinedEvent
  | SessionLeftEvent
  | SessionClosedEvent
  | SessionRatedEvent
  | SessionEndedEvent;
