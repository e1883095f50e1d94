/**
 * Agent presence and phone changes. Leaving `available` withdraws pending offers (rule 5); work in
 * progress continues. A phone call withdraws offers on the channels it blocks.
 */
import type { StatusReason } from '../domain/events/agent.events.js';
import type { Presence } from '../domain/presence.js';
import { refreshAgent } from '../routing/agent-readiness.js';
import type { EngineState } from './engine-state.js';
import { AGENT_LIFECYCLE, presenceEvent } from './lifecycles.js';
import { countMembers, isLoggedIn } from './logged-in.js';
import { withdrawOffersOf } from './offers.js';
import type { AgentRecord } from './records.js';

/** Moves an agent to a new presence (a no-op when unchanged). */
export function setPresence(state: EngineState, agent: AgentRecord, to: Presence, reason: StatusReason): void {
  const from = agent.presence;
  if (from === to) return;
  const event = presenceEvent(to);
  AGENT_LIFECYCLE.step(from, event);
  agent.presence = to;
  if (to === 'available') {
    agent.idleSinceMs = state.nowMs;
    agent.missedInRow = 0;
  }
  state.emit({ type: 'agent.status.changed', seq: 0, at: state.nowMs, agentId: agent.id, from, to, reason });
  state.actors.sendAgent(agent.id, { type: event });
  if (to !== 'available') withdrawOffersOf(state, agent, 'agent_status');
  refreshAgent(agent, state.phoneBlocks);
  if (isLoggedIn(from) !== isLoggedIn(to)) countMembers(state, agent.memberships, isLoggedIn(to) ? 1 : -1);
  if (to === 'available') state.raiseAgent(agent);
}

/** Records whether the agent is on a phone call (a no-op when unchanged). */
export function setPhoneBusy(state: EngineState, agent: AgentRecord, busy: boolean): void {
  if (agent.phoneBusy === busy) return;
  agent.phoneBusy = busy;
  state.emit({ type: 'agent.phone.changed', seq: 0, at: state.nowMs, agentId: agent.id, phoneBusy: busy });
  state.actors.sendAgent(agent.id, { type: 'PHONE', busy });
  if (busy) {
    withdrawOffersOf(state, agent, 'agent_phone', (offer) => state.phoneBlocks[offer.contact.channelIndex] === true);
  }
  refreshAgent(agent, state.phoneBlocks);
  if (!busy) state.raiseAgent(agent);
}
