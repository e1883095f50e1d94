/**
 * Commands on agents: presence, phone, configuration.
 */
import type { AgentConfigInput, MembershipConfig } from '../config/agent.config.js';
import type { Channel } from '../channel.js';
import type { CommandBase } from './contact.commands.js';

/** Sets an agent's presence (`offline`, `available` or `break`). */
export interface AgentSetStatusCommand extends CommandBase<'agent.setStatus'> {
  readonly agentId: string;
  readonly status: 'offline' | 'available' | 'break';
}

/** Telephony reports the agent on (or off) a phone call. */
export interface AgentSetPhoneBusyCommand extends CommandBase<'agent.setPhoneBusy'> {
  readonly agentId: string;
  readonly busy: boolean;
}

/** Adds an agent (offline). */
export interface AgentAddCommand extends CommandBase<'agent.add'> {
  readonly agent: AgentConfigInput;
}

/** Replaces an agent's configuration; presence and work in progress are kept. */
export interface AgentUpdateCommand extends CommandBase<'agent.update'> {
  readonly agent: AgentConfigInput;
}

/** Removes an agent who holds no work. */
export interface AgentRemoveCommand extends CommandBase<'agent.remove'> {
  readonly agentId: string;
}

/** Changes an agent's caps. Lowering a cap never evicts work; it only stops new offers. */
export interface AgentSetCapacityCommand extends CommandBase<'agent.setCapacity'> {
  readonly agentId: string;
  readonly capacity: Partial<Record<Channel, number>>;
  readonly capacityTotalMax?: number;
}

/** Replaces an agent's queue memberships. */
export interface AgentSetMembershipsCommand extends CommandBase<'agent.setMemberships'> {
  readonly agentId: string;
  readonly memberships: readonly Partial<MembershipConfig>[];
}

/** Every agent command. */
export type AgentCommand =
  | AgentSetStatusCommand
  | AgentSetPhoneBusyCommand
  | AgentAddCommand
  | AgentUpdateCommand
  | AgentRemoveCommand
  | AgentSetCapacityCommand
  | AgentSetMembershipsCommand;
