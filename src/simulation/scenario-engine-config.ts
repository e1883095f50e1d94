/**
 * Turns a parsed scenario into the engine's configuration: queues with their calendars resolved, and
 * each agent group expanded into `count` agents named `<group>-1`, `<group>-2`, ...
 */
import type { AgentConfigInput } from '../domain/config/agent.config.js';
import type { EngineConfigInput } from '../domain/config/engine.config.js';
import type { QueueConfigInput } from '../domain/config/queue.config.js';
import type { Scenario } from './scenario.schema.js';

/** One simulated agent: its id and its group's index in `scenario.agentGroups`. */
export interface SimulatedAgentSpec {
  readonly id: string;
  readonly groupIndex: number;
}

/** The engine configuration of a scenario, and the agents it creates. */
export interface ScenarioEngineConfig {
  readonly config: EngineConfigInput;
  readonly agents: readonly SimulatedAgentSpec[];
}

/** The id of the `n`-th agent (from 1) of a group. */
export function agentIdOf(groupId: string, n: number): string {
  return `${groupId}-${n}`;
}

/**
 * Builds the engine configuration of a scenario.
 * @example const { config, agents } = scenarioEngineConfig(parseScenario(DEFAULT_SCENARIO));
 */
export function scenarioEngineConfig(scenario: Scenario): ScenarioEngineConfig {
  const queues: QueueConfigInput[] = scenario.queues.map((queue) => {
    const calendar = typeof queue.calendar === 'string' ? scenario.calendars[queue.calendar] : queue.calendar;
    const { calendar: _named, ...rest } = queue;
    return calendar === undefined ? rest : { ...rest, calendar };
  });
  const agents: AgentConfigInput[] = [];
  const specs: SimulatedAgentSpec[] = [];
  scenario.agentGroups.forEach((group, groupIndex) => {
    for (let n = 1; n <= group.count; n++) {
      const id = agentIdOf(group.id, n);
      const agent: AgentConfigInput = { id, skills: group.skills, memberships: group.memberships };
      if (group.capacity !== undefined) agent.capacity = group.capacity;
      if (group.capacityTotalMax !== undefined) agent.capacityTotalMax = group.capacityTotalMax;
      agents.push(agent);
      specs.push({ id, groupIndex });
    }
  });
  return { config: { skills: scenario.skills, queues, agents, routing: scenario.routing }, agents: specs };
}
