/**
 * Events about agents: presence, phone, wrap-up, configuration.
 */
import type { AgentConfig } from '../config/agent.config.js';
import type { Presence } from '../presence.js';
import type { EventBase } from './event-base.js';

/** Why an agent's presence changed. */
export type StatusReason = 'command' | 'missed_offers';

/** An agent's presence changed. */
export interface AgentStatusChangedEvent extends EventBase<'agent.status.changed'> {
  readonly agentId: string;
  readonly from: Presence;
  readonly to: Presence;
  readonly reason: StatusReason;
}

/** Telephony reported the agent on or off a phone call. */
export interface AgentPhoneChangedEvent extends EventBase<'agent.phone.changed'> {
  readonly agentId: string;
  readonly phoneBusy: boolean;
}

/** An agent's wrap-up for a contact ended: the capacity it held is free again. */
export interface AgentWrapupEndedEvent extends EventBase<'agent.wrapup.ended'> {
  readonly agentId: string;
  readonly contactId: string;
}

/** An agent was added at run time (or configured at start). */
export interface AgentAddedEvent extends EventBase<'agent.added'> {
  readonly agentId: string;
  readonly agent: AgentConfig;
}

/** An agent's configuration was replaced. Lowering a cap never evicts work. */
export interface AgentUpdatedEvent extends EventBase<'agent.updated'> {
  readonly agentId: string;
  readonly agent: AgentConfig;
}

/** An agent was removed. */
export interface AgentRemovedEvent extends EventBase<'agent.removed'> {
  readonly agentId: string;
}

/** Every agent event. */
export type AgentEvent =
  | AgentStatusChangedEvent
  | AgentPhoneChangedEvent
  | AgentWrapupEndedEvent
  | AgentAddedEvent
  | AgentUpdatedEvent
  | AgentRemovedEvent;
