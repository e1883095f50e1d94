/**
 * Folding engine, queue, agent and session events into the oracle's world: the configurations the
 * log carries in full (`queue.added`, `agent.added`, their updates), presence, phone, business hours
 * and invited colleagues.
 */
import type { Channel } from '../../../src/domain/channel.js';
import type { QueueConfig } from '../../../src/domain/config/queue.config.js';
import type { SwitchboardEvent } from '../../../src/domain/events/event.js';
import { compileCalendar, isOpenAt } from '../../../src/time/calendar/index.js';
import { checkRoom, type Report } from './offer-events.js';
import type { OracleWorld } from './world.js';

/** Whether a queue is open at `atMs` by its calendar (the calendar library is trusted here; it has its own tests). */
function openAt(config: QueueConfig, atMs: number): boolean {
  return config.calendar === undefined ? true : isOpenAt(compileCalendar(config.calendar), atMs);
}

/**
 * After a queue update its waiting contacts take the relaxation step their wait has reached under the
 * new configuration (while the queue is closed: their step, or the new last one); a `contact.relaxed`
 * at this instant must confirm any change.
 */
function rederiveSteps(world: OracleWorld, queueId: string, open: boolean, config: QueueConfig, atMs: number): void {
  const steps = config.relaxation ?? [];
  for (const c of world.contacts.values()) {
    if (c.queueId !== queueId || c.ownSkills !== null || (c.status !== 'queued' && c.status !== 'offered')) continue;
    let step = Math.min(c.step, Math.max(0, steps.length - 1));
    if (open && c.legStartMs !== null) {
      step = 0;
      for (let k = 1; k < steps.length; k++) if (steps[k]!.afterMs <= atMs - c.legStartMs) step = k;
    }
    c.step = step;
    c.requirement = steps[step]?.skills ?? config.skills;
    c.rearmedAt = atMs;
  }
}

/** Folds one non-contact event; returns false when the event is not of this family. */
export function onConfigEvent(world: OracleWorld, e: SwitchboardEvent, report: Report): boolean {
  switch (e.type) {
    case 'engine.started':
      world.phoneBlocks = new Set(e.routing.phoneBlocks as Channel[]);
      world.missedOffersMax = e.routing.missedOffersMax;
      return true;
    case 'queue.added':
      world.queues.set(e.queueId, { id: e.queueId, config: e.queue, open: openAt(e.queue, e.at), roundRobinCounter: 0 });
      return true;
    case 'queue.updated': {
      const queue = world.queues.get(e.queueId);
      if (queue === undefined) report(`queue.updated for unknown queue ${e.queueId}`);
      else {
        queue.config = e.queue;
        rederiveSteps(world, queue.id, queue.open, e.queue, e.at);
      }
      return true;
    }
    case 'queue.removed':
      if ([...world.contacts.values()].some((c) => c.queueId === e.queueId && (c.status === 'queued' || c.status === 'offered'))) {
        report(`queue ${e.queueId} removed while contacts wait in it`);
      }
      world.queues.delete(e.queueId);
      return true;
    case 'queue.opened':
    case 'queue.closed':
      onOpenOrClose(world, e.queueId, e.type === 'queue.opened', e.at, report);
      return true;
    case 'agent.added':
      world.agents.set(e.agentId, {
        id: e.agentId,
        config: e.agent,
        presence: 'offline',
        phoneBusy: false,
        idleSinceMs: e.at,
        missedInRow: 0,
        roundRobin: new Map(),
        mustStopResponding: false,
      });
      return true;
    case 'agent.updated': {
      const agent = world.agents.get(e.agentId);
      if (agent === undefined) return report(`agent.updated for unknown agent ${e.agentId}`), true;
      agent.config = e.agent;
      // Round-robin positions survive for queues the agent still serves (src contract: setMemberships).
      for (const queueId of [...agent.roundRobin.keys()]) if (world.membership(agent, queueId) === undefined) agent.roundRobin.delete(queueId);
      return true;
    }
    case 'agent.removed':
      if (world.usedBy(e.agentId).total > 0) report(`agent ${e.agentId} removed while holding work`);
      world.agents.delete(e.agentId);
      return true;
    case 'agent.status.changed': {
      const agent = world.agents.get(e.agentId);
      if (agent === undefined) return report(`agent.status.changed for unknown agent ${e.agentId}`), true;
      if (agent.presence !== e.from) report(`${e.agentId} changed from ${e.from}, but was ${agent.presence}`);
      if (e.to === 'not_responding' && agent.missedInRow < world.missedOffersMax) report(`${e.agentId} set not_responding after ${agent.missedInRow} misses`);
      agent.presence = e.to;
      if (e.to !== 'available') agent.mustStopResponding = false;
      if (e.to === 'available') {
        agent.idleSinceMs = e.at;
        agent.missedInRow = 0;
      }
      return true;
    }
    case 'agent.phone.changed': {
      const agent = world.agents.get(e.agentId);
      if (agent === undefined) report(`agent.phone.changed for unknown agent ${e.agentId}`);
      else agent.phoneBusy = e.phoneBusy;
      return true;
    }
    default:
      return onSessionEvent(world, e, report);
  }
}

/** Business hours (invariant 10): closing stops queue timers and may ticket; opening restarts them. */
function onOpenOrClose(world: OracleWorld, queueId: string, open: boolean, at: number, report: Report): void {
  const queue = world.queues.get(queueId);
  if (queue === undefined) return report(`${open ? 'queue.opened' : 'queue.closed'} for unknown queue ${queueId}`);
  if (queue.open === open) report(`queue ${queueId} ${open ? 'opened' : 'closed'} twice in a row`);
  queue.open = open;
  const held = [...world.contacts.values()].filter((c) => c.queueId === queueId && (c.status === 'queued' || c.status === 'offered'));
  for (const c of held) {
    c.legStartMs = open ? at : null;
    if (!open && queue.config.atClose === 'ticket') c.policyDue = 'at-close ticket';
    if (open && c.status === 'queued' && queue.config.onNoAgents !== undefined && world.loggedIn(queueId) === 0) c.policyDue = 'no agents';
  }
}

/** Session events: which contact a session belongs to, and invited colleagues (who hold capacity). */
function onSessionEvent(world: OracleWorld, e: SwitchboardEvent, report: Report): boolean {
  switch (e.type) {
    case 'session.started':
      world.sessions.set(e.sessionId, e.contactId);
      return true;
    case 'session.joined': {
      const c = world.contacts.get(e.contactId);
      if (e.role !== 'invited' || c === undefined) return true;
      checkRoom(world, e.agentId, c, `${e.agentId} invited into ${c.id}`, report);
      c.invited.add(e.agentId);
      return true;
    }
    case 'session.left':
      world.contacts.get(e.contactId)?.invited.delete(e.agentId);
      return true;
    default:
      return false;
  }
}
