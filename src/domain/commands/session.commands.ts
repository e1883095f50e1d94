/**
 * Commands on chat sessions and on active contacts: messages, context, preview, consult, invite,
 * transfer, requeue, escalation, close and rating.
 */
import type { CommandBase } from './contact.commands.js';

/** An agent of the session writes to the customer. */
export interface SessionSendMessageCommand extends CommandBase<'session.sendMessage'> {
  readonly sessionId: string;
  readonly agentId: string;
  readonly text: string;
}

/** An agent sends a canned answer of the queue's catalogue, placeholders filled in. */
export interface SessionSendCannedCommand extends CommandBase<'session.sendCanned'> {
  readonly sessionId: string;
  readonly agentId: string;
  readonly cannedId: string;
  /** Values for placeholders beyond the built-in `customerName`, `agentName` and `queueName`. */
  readonly values?: Readonly<Record<string, string>>;
}

/** An agent pushes a URL: one of the queue's (`urlId`) or a free http/https `url`. */
export interface SessionPushUrlCommand extends CommandBase<'session.pushUrl'> {
  readonly sessionId: string;
  readonly agentId: string;
  readonly urlId?: string;
  readonly url?: string;
}

/** An agent writes privately to another agent about the session; never shown to the customer. */
export interface SessionConsultCommand extends CommandBase<'session.consult'> {
  readonly sessionId: string;
  readonly agentId: string;
  readonly toAgentId: string;
  readonly text: string;
}

/** An agent of the session invites a colleague, who joins at once (capacity counted for both). */
export interface SessionInviteCommand extends CommandBase<'session.invite'> {
  readonly sessionId: string;
  readonly agentId: string;
  readonly inviteeId: string;
}

/** An invited agent leaves the session. */
export interface SessionLeaveCommand extends CommandBase<'session.leave'> {
  readonly sessionId: string;
  readonly agentId: string;
}

/** The agent or the customer closes the chat; the owner's wrap-up follows. */
export interface SessionCloseCommand extends CommandBase<'session.close'> {
  readonly sessionId: string;
  readonly by: 'agent' | 'customer';
  /** Required when `by` is `agent`. */
  readonly agentId?: string;
  /** The owner's wrap-up time for this chat, overriding the queue's. */
  readonly wrapUpMs?: number;
}

/** The customer rates a closed chat, 1 to 5, within the queue's `ratingWindowMs`. */
export interface SessionRateCommand extends CommandBase<'session.rate'> {
  readonly sessionId: string;
  readonly score: number;
}

/** The customer is typing: a preview for the agents, if the queue enables it. Never stored. */
export interface CustomerTypingCommand extends CommandBase<'customer.typing'> {
  readonly contactId: string;
  readonly text: string;
}

/** The embedder reports what the customer is doing: page, cart, profile (fields given replace). */
export interface CustomerSetContextCommand extends CommandBase<'customer.setContext'> {
  readonly contactId: string;
  readonly pageUrl?: string;
  readonly cart?: unknown;
  readonly profile?: unknown;
}

/**
 * The agent hands the contact on: to an agent or to a queue. `cold`: the agent leaves at once and the
 * contact is routed; `warm`: the agent keeps it until the new agent accepts.
 */
export interface ContactTransferCommand extends CommandBase<'contact.transfer'> {
  readonly contactId: string;
  readonly agentId: string;
  readonly toAgentId?: string;
  readonly toQueueId?: string;
  readonly mode: 'cold' | 'warm';
}

/** The agent puts the contact back into a queue (its own, or another), keeping its first enqueue time. */
export interface ContactRequeueCommand extends CommandBase<'contact.requeue'> {
  readonly contactId: string;
  readonly agentId: string;
  readonly queueId?: string;
}

/** The agent escalates to the queue's escalation queue (tiered support): a cold transfer. */
export interface ContactEscalateCommand extends CommandBase<'contact.escalate'> {
  readonly contactId: string;
  readonly agentId: string;
}

/** Every session command. */
export type SessionCommand =
  | SessionSendMessageCommand
  | SessionSendCannedCommand
  | SessionPushUrlCommand
  | SessionConsultCommand
  | SessionInviteCommand
  | SessionLeaveCommand
  | SessionCloseCommand
  | SessionRateCommand
  | CustomerTypingCommand
  | CustomerSetContextCommand
  | ContactTransferCommand
  | ContactRequeueCommand
  | ContactEscalateCommand;
