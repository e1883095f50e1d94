/**
 * Capacity bookkeeping: a contact holds one unit of its channel (and of the total) from the offer
 * until its wrap-up ends. Pending offers count, so two offers can never overfill an agent.
 */
import { refreshAgent } from '../routing/agent-readiness.js';
import { assert } from '../domain/errors.js';
import type { EngineState } from './engine-state.js';
import type { AgentRecord, ContactRecord } from './records.js';

/** Takes one unit of capacity for a contact. */
export function holdCapacity(state: EngineState, agent: AgentRecord, contact: ContactRecord): void {
  agent.used[contact.channelIndex]!++;
  agent.usedTotal++;
  refreshAgent(agent, state.phoneBlocks);
}

/** Gives back the unit a contact held, and asks the router to find the agent more work. */
export function releaseCapacity(state: EngineState, agent: AgentRecord, contact: ContactRecord): void {
  assert((agent.used[contact.channelIndex] as number) > 0, 'engine/capacity: released a unit that was not held');
  agent.used[contact.channelIndex]!--;
  agent.usedTotal--;
  refreshAgent(agent, state.phoneBlocks);
  state.raiseAgent(agent);
}
