/**
 * Handlers for agent commands: presence, phone, and run-time configuration.
 */
import type { CommandError } from '../../domain/command-error.js';
import { type AgentConfig, DEFAULT_CAPACITY } from '../../domain/config/agent.config.js';
import { isPlainObject } from '../../domain/attributes.js';
import { describeValue } from '../../domain/errors.js';
import { SETTABLE_PRESENCES } from '../../domain/presence.js';
import { addAgent, removeAgent, updateAgent } from '../agent-setup.js';
import type { EngineState } from '../engine-state.js';
import { setPhoneBusy, setPresence } from '../presence.js';
import type { AgentRecord } from '../records.js';
import { checkBoolean, checkId, checkKnownFields, fail, fieldsOf, type RawCommand } from './checks.js';
import { isCommandError, parseAgent } from './config-checks.js';
import { type CommandHandler, OK } from './handler.js';

const FIELDS_AGENT = fieldsOf('agent');
const FIELDS_AGENTID = fieldsOf('agentId');
const FIELDS_AGENTID_BUSY = fieldsOf('agentId', 'busy');
const FIELDS_AGENTID_STATUS = fieldsOf('agentId', 'status');

function findAgent(state: EngineState, c: RawCommand, fields: ReadonlySet<string>): AgentRecord | CommandError {
  const error = checkKnownFields(c, fields) ?? checkId(c, 'agentId', c.agentId);
  if (error !== null) return error;
  const agent = state.agents.get(c.agentId as string);
  return agent ?? fail(c.type as string, 'unknown_agent', `agentId "${c.agentId}" is not an agent`);
}

/** `agent.setStatus`: offline, available or break. */
export const agentSetStatus: CommandHandler = {
  validate(state, c) {
    const agent = findAgent(state, c, FIELDS_AGENTID_STATUS);
    if (!('kind' in agent)) return agent;
    if (!(SETTABLE_PRESENCES as readonly unknown[]).includes(c.status)) {
      return fail('agent.setStatus', 'invalid_command', `status must be one of ${SETTABLE_PRESENCES.join(', ')} (got ${describeValue(c.status)})`);
    }
    return null;
  },
  apply(state, c) {
    setPresence(state, state.agents.get(c.agentId as string)!, c.status as 'offline' | 'available' | 'break', 'command');
    return OK;
  },
};

/** `agent.setPhoneBusy`: telephony reports a call starting or ending. */
export const agentSetPhoneBusy: CommandHandler = {
  validate(state, c) {
    const agent = findAgent(state, c, FIELDS_AGENTID_BUSY);
    return 'kind' in agent ? checkBoolean(c, 'busy', c.busy) : agent;
  },
  apply(state, c) {
    setPhoneBusy(state, state.agents.get(c.agentId as string)!, c.busy as boolean);
    return OK;
  },
};

/** `agent.add`: a new agent, offline. */
export const agentAdd: CommandHandler = {
  validate(state, c) {
    const error = checkKnownFields(c, FIELDS_AGENT);
    if (error !== null) return error;
    const config = parseAgent(state, 'agent.add', c.agent);
    if (isCommandError(config)) return config;
    return state.agents.has(config.id) ? fail('agent.add', 'duplicate_id', `agent "${config.id}" already exists`) : null;
  },
  apply(state, c) {
    addAgent(state, parseAgent(state, 'agent.add', c.agent) as AgentConfig);
    return OK;
  },
};

/** `agent.update`: replaces an agent's configuration. */
export const agentUpdate: CommandHandler = {
  validate(state, c) {
    const error = checkKnownFields(c, FIELDS_AGENT);
    if (error !== null) return error;
    const config = parseAgent(state, 'agent.update', c.agent);
    if (isCommandError(config)) return config;
    return state.agents.has(config.id) ? null : fail('agent.update', 'unknown_agent', `agent "${config.id}" is not an agent`);
  },
  apply(state, c) {
    const config = parseAgent(state, 'agent.update', c.agent) as AgentConfig;
    updateAgent(state, state.agents.get(config.id)!, config);
    return OK;
  },
};

/** `agent.remove`: removes an agent that holds no contact and no offer. */
export const agentRemove: CommandHandler = {
  validate(state, c) {
    const agent = findAgent(state, c, FIELDS_AGENTID);
    if (!('kind' in agent)) return agent;
    return agent.usedTotal > 0
      ? fail('agent.remove', 'agent_has_work', `agent "${agent.id}" still holds ${agent.usedTotal} contact(s) or offer(s)`)
      : null;
  },
  apply(state, c) {
    removeAgent(state, state.agents.get(c.agentId as string)!);
    return OK;
  },
};

/** Builds the configuration an `agent.setCapacity` or `agent.setMemberships` command asks for. */
function changedConfig(agent: AgentRecord, c: RawCommand): unknown {
  const config = agent.config;
  if (c.type === 'agent.setMemberships') return { ...config, memberships: c.memberships };
  // Invalid values pass through unchanged so the schema reports them with their path.
  const capacity = isPlainObject(c.capacity) ? { ...(config.capacity ?? DEFAULT_CAPACITY), ...c.capacity } : c.capacity;
  // An agent on the default capacity has a total cap of 1; keep it unless the command sets one.
  const inheritedTotal = config.capacity === undefined ? (config.capacityTotalMax ?? 1) : config.capacityTotalMax;
  const capacityTotalMax = c.capacityTotalMax !== undefined ? c.capacityTotalMax : inheritedTotal;
  return capacityTotalMax === undefined ? { ...config, capacity } : { ...config, capacity, capacityTotalMax };
}

function configChange(type: 'agent.setCapacity' | 'agent.setMemberships', fields: ReadonlySet<string>): CommandHandler {
  return {
    validate(state, c) {
      const agent = findAgent(state, c, fields);
      if (!('kind' in agent)) return agent;
      const config = parseAgent(state, type, changedConfig(agent, c));
      return isCommandError(config) ? config : null;
    },
    apply(state, c) {
      const agent = state.agents.get(c.agentId as string)!;
      updateAgent(state, agent, parseAgent(state, type, changedConfig(agent, c)) as AgentConfig);
      return OK;
    },
  };
}

/** `agent.setCapacity`: changes caps; lowering one never evicts work. */
export const agentSetCapacity = configChange('agent.setCapacity', fieldsOf('agentId', 'capacity', 'capacityTotalMax'));

/** `agent.setMemberships`: replaces the queues an agent serves. */
export const agentSetMemberships = configChange('agent.setMemberships', fieldsOf('agentId', 'memberships'));
