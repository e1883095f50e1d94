/**
 * Work-conserving dispatch: after every command and every deadline, route every raised contact and
 * agent until no eligible (contact, agent) pair is left. Triggers are handled in the order raised:
 * a contact goes to the agent its queue's strategy picks; an agent takes contacts in its own work
 * order while it has capacity. Outbound contacts are routed after every inbound trigger of the step:
 * blending offers them only to agents with no inbound work they could take, which is known only once
 * the inbound work has gone to its agents.
 */
import { channelIndex } from '../domain/channel.js';
import { pickAgent } from '../routing/pick-agent.js';
import { pickContact } from '../routing/pick-contact.js';
import type { EngineState } from './engine-state.js';
import { routeTo } from './offers.js';
import { checkLengthOnce } from './queue-entry.js';
import type { AgentRecord, ContactRecord } from './records.js';

/** Routes every pending trigger, including those raised while routing. */
export function runTriggers(state: EngineState): void {
  const triggers = state.triggers;
  state.routing.nowMs = state.nowMs;
  // Most steps raise no outbound contact: the list is made only when one is.
  let outbound: ContactRecord[] | null = null;
  let i = 0;
  for (;;) {
    for (; i < state.triggerCount; i++) {
      const trigger = triggers[i] as ContactRecord | AgentRecord;
      trigger.triggered = false;
      if (isAgent(trigger)) routeAgent(state, trigger);
      else if (trigger.channelIndex === OUTBOUND) (outbound ??= []).push(trigger);
      else routeContact(state, trigger);
    }
    const next = outbound?.shift();
    if (next === undefined) break;
    routeContact(state, next);
  }
  state.triggerCount = 0;
  // A contact offered before its own trigger came up was not checked; its entry is over.
  if (state.lengthChecks.size > 0) state.lengthChecks.clear();
}

const OUTBOUND = channelIndex('outbound');

/** Agents and contacts share the trigger list; only agents are tagged (contacts stay small). */
function isAgent(trigger: ContactRecord | AgentRecord): trigger is AgentRecord {
  return (trigger as Partial<AgentRecord>).kind === 'agent';
}

function routeContact(state: EngineState, contact: ContactRecord): void {
  if (contact.status !== 'queued') return;
  const slot = pickAgent(contact.queue, contact, state.routing);
  if (slot !== undefined) routeTo(state, contact, slot.membership, 'contact');
  if (state.lengthChecks.size > 0) checkLengthOnce(state, contact);
}

function routeAgent(state: EngineState, agent: AgentRecord): void {
  for (let choice = pickContact(agent, state.routing); choice !== undefined; choice = pickContact(agent, state.routing)) {
    routeTo(state, choice.contact as ContactRecord, choice.membership, 'agent');
  }
}
