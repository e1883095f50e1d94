/**
 * A small, obviously correct reference router: the routing contract of DESIGN.md section 3 with the
 * trigger order of D-006, implemented without any index (every decision scans every agent and every
 * waiting contact). The model-based test runs it beside the engine and compares their events.
 *
 * Scope: contacts (create, complete, abandon), offers (accept, reject, expiry), presence, phone,
 * capacity changes, re-offer cooldowns, wrap-up, missed-offer limits, the six strategies, targeted
 * contacts, skill relaxation, the wait limit with its overflow, idempotent command ids.
 * Non-goals: sessions (their events are not predicted), calendars, transfers, callbacks, ageing,
 * `lengthMax`, `onNoAgents`, run-time queue and membership changes.
 */
import type { Channel } from '../../../src/domain/channel.js';
import type { Command } from '../../../src/domain/commands/command.js';
import { chooseAgent, chooseContact } from './choose.js';
import type { MContact, ModelConfig, ModelEvent, Skills } from './model-types.js';
import { abandon, acceptOffer, complete, declineOffer, endWrapUp, enterQueue, relax, routeTo, setPhoneBusy, setPresence, waitLimitReached } from './router-actions.js';
import { RouterState } from './router-state.js';

/** What the router predicts for one command: its result and its events. */
export interface Prediction {
  readonly ok: boolean;
  readonly contactId?: string;
  readonly events: ModelEvent[];
}

/** The reference router. */
export class ReferenceRouter {
  readonly state: RouterState;
  private readonly remembered = new Map<string, Prediction>();

  constructor(config: ModelConfig, seed: number, startMs: number) {
    this.state = new RouterState(config, seed, startMs);
  }

  /** Applies a command; a repeated `commandId` returns the first prediction and emits nothing. */
  dispatch(command: Command): Prediction {
    const id = command.commandId;
    const first = id === undefined ? undefined : this.remembered.get(id);
    if (first !== undefined) return { ok: first.ok, ...(first.contactId === undefined ? {} : { contactId: first.contactId }), events: [] };
    this.state.events = [];
    const result = this.apply(command);
    this.runTriggers();
    const prediction: Prediction = { ...result, events: this.state.events };
    if (id !== undefined) this.remembered.set(id, prediction);
    return prediction;
  }

  /** Moves time to `atMs`: each due deadline, in (due time, creation) order, is its own step. */
  advanceTo(atMs: number): ModelEvent[] {
    const state = this.state;
    state.events = [];
    for (;;) {
      const next = state.deadlines.reduce<(typeof state.deadlines)[number] | undefined>((best, d) => (best === undefined || d.at < best.at || (d.at === best.at && d.seq < best.seq) ? d : best), undefined);
      if (next === undefined || next.at > atMs) break;
      state.deadlines.splice(state.deadlines.indexOf(next), 1);
      if (next.at > state.nowMs) state.nowMs = next.at;
      this.fire(next.kind, next.targetId, next.token);
      this.runTriggers();
    }
    if (atMs > state.nowMs) state.nowMs = atMs;
    return state.events;
  }

  private apply(command: Command): { ok: boolean; contactId?: string } {
    const state = this.state;
    switch (command.type) {
      case 'contact.create': {
        const seq = ++state.contactCounter;
        const own: Skills | null = command.skills === undefined ? null : { ...command.skills };
        const contact: MContact = {
          id: `c-${seq}`, seq, channel: command.channel, basePriority: command.priority ?? 0, ownSkills: own, priority: command.priority ?? 0,
          enqueuedAt: state.nowMs, queueId: command.queueId, status: 'queued', requirement: own ?? {}, target: command.targetAgentId ?? null,
          declined: [], offerId: null, agentId: null, wrapUpOverrideMs: null, leg: 0, legStartMs: state.nowMs, step: 0, triggered: false,
        };
        state.contacts.set(contact.id, contact);
        state.emit({ type: 'contact.created', at: state.nowMs, contactId: contact.id, queueId: contact.queueId, channel: contact.channel, priority: contact.basePriority, skills: own, customerId: null, targetAgentId: contact.target, attributes: null });
        enterQueue(state, contact, contact.queueId, 'arrival');
        return { ok: true, contactId: contact.id };
      }
      case 'offer.accept':
        acceptOffer(state, state.offers.get(command.offerId)!);
        return { ok: true };
      case 'offer.reject':
        declineOffer(state, state.offers.get(command.offerId)!, 'rejected');
        return { ok: true };
      case 'contact.complete':
        complete(state, state.contacts.get(command.contactId)!);
        return { ok: true, contactId: command.contactId };
      case 'contact.abandon':
        abandon(state, state.contacts.get(command.contactId)!);
        return { ok: true, contactId: command.contactId };
      case 'agent.setStatus':
        setPresence(state, state.agents.get(command.agentId)!, command.status, 'command');
        return { ok: true };
      case 'agent.setPhoneBusy':
        setPhoneBusy(state, state.agents.get(command.agentId)!, command.busy);
        return { ok: true };
      case 'agent.setCapacity':
        this.setCapacity(command.agentId, command.capacity, command.capacityTotalMax);
        return { ok: true };
      default:
        throw new Error(`reference router: ${command.type} is out of scope`);
    }
  }

  /** `agent.setCapacity`: merges into the configured caps (D-009 defaults), keeps work, routes the agent. */
  private setCapacity(agentId: string, capacity: Partial<Record<Channel, number>>, totalMax: number | undefined): void {
    const agent = this.state.agents.get(agentId)!;
    const config = agent.config;
    const inherited = config.capacity === undefined ? (config.capacityTotalMax ?? 1) : config.capacityTotalMax;
    const capacityTotalMax = totalMax ?? inherited;
    const merged = { ...(config.capacity ?? { chat: 1, voice: 1, email: 1, callback: 1, outbound: 1 }), ...capacity };
    agent.config = { ...config, capacity: merged, ...(capacityTotalMax === undefined ? {} : { capacityTotalMax }) };
    if (capacityTotalMax === undefined) delete (agent.config as { capacityTotalMax?: number }).capacityTotalMax;
    this.state.raiseAgent(agent);
    this.state.emit({ type: 'agent.updated', at: this.state.nowMs, agentId });
  }

  private fire(kind: string, targetId: string, token: number): void {
    const state = this.state;
    const contact = state.contacts.get(targetId);
    const waiting = contact !== undefined && (contact.status === 'queued' || contact.status === 'offered');
    switch (kind) {
      case 'offer.expire': {
        const offer = state.offers.get(targetId);
        if (offer === undefined) return;
        declineOffer(state, offer, 'expired');
        const agent = state.agents.get(offer.agentId)!;
        if (agent.missedInRow >= state.config.routing.missedOffersMax && agent.presence === 'available') setPresence(state, agent, 'not_responding', 'missed_offers');
        return;
      }
      case 'wrapup.end':
        if (contact?.status === 'wrap_up') endWrapUp(state, contact);
        return;
      case 'cooldown.end':
        // The cooldown holds until this deadline fires (not merely until its millisecond comes).
        if (contact !== undefined) contact.declined = contact.declined.filter((d) => d.untilMs > state.nowMs);
        if (waiting) state.raiseContact(contact);
        return;
      case 'wait.max':
        if (waiting && contact.leg === token) waitLimitReached(state, contact);
        return;
      case 'relax.step':
        if (waiting && contact.leg === token) relax(state, contact);
        return;
    }
  }

  /**
   * D-006: route every raised contact and agent in the order raised, including those raised meanwhile;
   * outbound contacts wait until no other trigger is left (blending needs the inbound work placed first).
   */
  private runTriggers(): void {
    const state = this.state;
    const outbound: MContact[] = [];
    let i = 0;
    for (;;) {
      for (; i < state.triggers.length; i++) {
        const trigger = state.triggers[i]!;
        if (trigger.kind === 'agent') {
          trigger.agent.triggered = false;
          for (let c = chooseContact(state, trigger.agent); c !== undefined; c = chooseContact(state, trigger.agent)) routeTo(state, c, trigger.agent, 'agent');
        } else {
          trigger.contact.triggered = false;
          if (trigger.contact.channel === 'outbound') outbound.push(trigger.contact);
          else this.routeContact(trigger.contact);
        }
      }
      const next = outbound.shift();
      if (next === undefined) break;
      this.routeContact(next);
    }
    state.triggers.length = 0;
  }

  private routeContact(contact: MContact): void {
    if (contact.status !== 'queued') return;
    const agent = chooseAgent(this.state, contact);
    if (agent !== undefined) routeTo(this.state, contact, agent, 'contact');
  }
}
