/**
 * Agent facts: an agent appears (offline), changes presence, or is removed. Time in each presence
 * state, occupancy and concurrency come from these and from the holds.
 */
import type { SwitchboardEvent } from '../domain/events/event.js';
import type { Presence } from '../domain/presence.js';
import type { ReportFold } from './report-fold.js';

function setPresence(fold: ReportFold, agentId: string, presence: Presence | null, atMs: number): void {
  const agent = fold.agent(agentId, atMs);
  fold.touchAgent(agent, atMs);
  agent.presence = presence;
}

/** Applies an agent fact; returns false when the event is not one. */
export function applyAgentEvent(fold: ReportFold, e: SwitchboardEvent): boolean {
  switch (e.type) {
    case 'agent.added':
      setPresence(fold, e.agentId, 'offline', e.at);
      return true;
    case 'agent.status.changed':
      setPresence(fold, e.agentId, e.to, e.at);
      return true;
    case 'agent.removed':
      // Presence becomes unknown: a removed agent's time is no longer counted.
      setPresence(fold, e.agentId, null, e.at);
      return true;
    default:
      return false;
  }
}
