/**
 * Simulated agents: they log in at shift start and out at shift end (work in progress is finished:
 * going offline never evicts work), take their breaks, accept offers after the accept delay or let them
 * expire (no-answer probability), come back after the engine set them `not_responding`, give each
 * contact a sampled wrap-up, and go phone-busy for outside calls (blended agents). Groups without
 * shifts are logged in from the start to the end.
 */
import type { DateTime } from 'luxon';
import type { SwitchboardEvent } from '../domain/events/event.js';
import type { Presence } from '../domain/presence.js';
import type { Random } from '../time/random.js';
import type { AgentGroup } from './agent-group.schema.js';
import { createSampler, exponential1, type Sampler } from './sample-distribution.js';
import { streamRandom } from './random-streams.js';
import type { SimulatedAgentSpec } from './scenario-engine-config.js';
import { localDayStart, shiftsOnDay } from './shift-schedule.js';
import { AgendaKind, type SimulationContext } from './simulation-context.js';

/** One simulated agent's behaviour and what it knows of its own state. */
interface SimulatedAgent {
  readonly id: string;
  readonly group: AgentGroup;
  readonly behaviour: Random;
  readonly acceptDelay: Sampler;
  readonly wrapUp: Sampler | null;
  readonly phone: Random;
  readonly phoneDuration: Sampler | null;
  presence: Presence;
  phoneBusy: boolean;
  /** Shifts in progress (overlapping shifts keep the agent logged in). */
  onShift: number;
  onBreak: boolean;
  phoneChain: boolean;
}

/** A group-wide agenda entry: a group and, for a break, when it ends. */
interface GroupEntry {
  readonly groupIndex: number;
  readonly untilMs: number;
}

/** Every simulated agent of a run. */
export class SimulatedAgents {
  private readonly agents = new Map<string, SimulatedAgent>();
  private readonly byGroup: SimulatedAgent[][];
  private readonly pendingOffers = new Set<string>();

  constructor(
    private readonly ctx: SimulationContext,
    private readonly groups: readonly AgentGroup[],
    specs: readonly SimulatedAgentSpec[],
    seed: number,
    private readonly timeZone: string,
  ) {
    this.byGroup = groups.map(() => []);
    for (const spec of specs) {
      const group = groups[spec.groupIndex] as AgentGroup;
      const behaviour = streamRandom(seed, `agent/${spec.id}`);
      const phone = streamRandom(seed, `phone/${spec.id}`);
      const agent: SimulatedAgent = {
        id: spec.id,
        group,
        behaviour,
        acceptDelay: createSampler(group.acceptDelay, behaviour),
        wrapUp: group.wrapUp === undefined ? null : createSampler(group.wrapUp, behaviour),
        phone,
        phoneDuration: group.phoneCalls === undefined ? null : createSampler(group.phoneCalls.duration, phone),
        presence: 'offline',
        phoneBusy: false,
        onShift: 0,
        onBreak: false,
        phoneChain: false,
      };
      this.agents.set(spec.id, agent);
      (this.byGroup[spec.groupIndex] as SimulatedAgent[]).push(agent);
    }
  }

  /** Plans the first logins (and the shifts of the first days) from `startMs`. */
  start(startMs: number): void {
    let anyShifts = false;
    this.groups.forEach((group, groupIndex) => {
      if (group.shifts.length === 0) this.ctx.plan(startMs, AgendaKind.login, { groupIndex, untilMs: Infinity });
      else anyShifts = true;
    });
    if (!anyShifts) return;
    const today = localDayStart(startMs, this.timeZone);
    this.planDay(today.minus({ days: 1 }), startMs);
    this.planDay(today, startMs);
    this.ctx.plan(today.plus({ days: 1 }).toMillis(), AgendaKind.day, today.plus({ days: 1 }));
  }

  /** The wrap-up the holder gives a contact it completes (null: the engine's configured one). */
  wrapUpOf(agentId: string): number | null {
    return this.agents.get(agentId)?.wrapUp?.() ?? null;
  }

  /** Handles an agent agenda entry. */
  handle(kind: number, ref: unknown): void {
    switch (kind) {
      case AgendaKind.day: {
        const day = ref as DateTime;
        this.planDay(day, day.toMillis());
        const next = day.plus({ days: 1 });
        return this.ctx.plan(next.toMillis(), AgendaKind.day, next);
      }
      case AgendaKind.login:
        return this.forGroup(ref, (agent) => this.login(agent));
      case AgendaKind.logout:
        return this.forGroup(ref, (agent) => this.logout(agent));
      case AgendaKind.breakStart:
        this.forGroup(ref, (agent) => this.startBreak(agent));
        return this.ctx.plan((ref as GroupEntry).untilMs, AgendaKind.breakEnd, ref);
      case AgendaKind.breakEnd:
        return this.forGroup(ref, (agent) => this.endBreak(agent));
      case AgendaKind.accept:
        if (this.pendingOffers.has(ref as string)) this.ctx.dispatch({ type: 'offer.accept', offerId: ref as string });
        return;
      case AgendaKind.recover:
        return this.comeBack(ref as SimulatedAgent);
      case AgendaKind.phoneRing:
        return this.ring(ref as SimulatedAgent);
      case AgendaKind.phoneEnd:
        this.ctx.dispatch({ type: 'agent.setPhoneBusy', agentId: (ref as SimulatedAgent).id, busy: false });
        return;
    }
  }

  /** Reacts to one published event. */
  onEvent(event: SwitchboardEvent): void {
    switch (event.type) {
      case 'offer.created':
        return this.offered(event.offerId, event.agentId, event.at);
      case 'offer.accepted':
      case 'offer.rejected':
      case 'offer.expired':
      case 'offer.withdrawn':
        this.pendingOffers.delete(event.offerId);
        return;
      case 'agent.status.changed': {
        const agent = this.agents.get(event.agentId);
        if (agent === undefined) return;
        agent.presence = event.to;
        if (event.to === 'not_responding') this.ctx.plan(event.at + agent.group.notRespondingMs, AgendaKind.recover, agent);
        return;
      }
      case 'agent.phone.changed': {
        const agent = this.agents.get(event.agentId);
        if (agent !== undefined) agent.phoneBusy = event.phoneBusy;
        return;
      }
      default:
        return;
    }
  }

  /** Plans the logins, logouts and breaks of the shifts starting on `day`, from `fromMs` on. */
  private planDay(day: DateTime, fromMs: number): void {
    this.groups.forEach((group, groupIndex) => {
      for (const shift of shiftsOnDay(group.shifts, day)) {
        if (shift.logoutMs <= fromMs) continue;
        this.ctx.plan(Math.max(shift.loginMs, fromMs), AgendaKind.login, { groupIndex, untilMs: shift.logoutMs });
        this.ctx.plan(shift.logoutMs, AgendaKind.logout, { groupIndex, untilMs: shift.logoutMs });
        for (const b of shift.breaks) {
          if (b.endMs > fromMs) this.ctx.plan(Math.max(b.startMs, fromMs), AgendaKind.breakStart, { groupIndex, untilMs: b.endMs });
        }
      }
    });
  }

  private forGroup(ref: unknown, act: (agent: SimulatedAgent) => void): void {
    for (const agent of this.byGroup[(ref as GroupEntry).groupIndex] as SimulatedAgent[]) act(agent);
  }

  private offered(offerId: string, agentId: string, atMs: number): void {
    const agent = this.agents.get(agentId);
    if (agent === undefined) return;
    // Two draws per offer whatever the outcome, so the agent's later draws do not depend on it.
    const answers = agent.behaviour.float() >= agent.group.noAnswerProbability;
    const delayMs = agent.acceptDelay();
    this.pendingOffers.add(offerId);
    if (answers) this.ctx.plan(atMs + delayMs, AgendaKind.accept, offerId);
  }

  private login(agent: SimulatedAgent): void {
    agent.onShift++;
    if (agent.onShift === 1 && !agent.onBreak) this.setStatus(agent, 'available');
    if (agent.onShift === 1 && agent.phoneDuration !== null && !agent.phoneChain) {
      agent.phoneChain = true;
      this.planRing(agent);
    }
  }

  private logout(agent: SimulatedAgent): void {
    agent.onShift = Math.max(0, agent.onShift - 1);
    if (agent.onShift > 0) return;
    agent.onBreak = false;
    this.setStatus(agent, 'offline');
  }

  private startBreak(agent: SimulatedAgent): void {
    if (agent.onShift === 0) return;
    agent.onBreak = true;
    if (agent.presence === 'available' || agent.presence === 'not_responding') this.setStatus(agent, 'break');
  }

  private endBreak(agent: SimulatedAgent): void {
    if (!agent.onBreak) return;
    agent.onBreak = false;
    if (agent.onShift > 0 && agent.presence === 'break') this.setStatus(agent, 'available');
  }

  private comeBack(agent: SimulatedAgent): void {
    if (agent.presence === 'not_responding' && agent.onShift > 0 && !agent.onBreak) this.setStatus(agent, 'available');
  }

  private ring(agent: SimulatedAgent): void {
    if (agent.onShift === 0) {
      agent.phoneChain = false;
      return;
    }
    const durationMs = (agent.phoneDuration as Sampler)();
    if (agent.presence === 'available' && !agent.phoneBusy) {
      this.ctx.dispatch({ type: 'agent.setPhoneBusy', agentId: agent.id, busy: true });
      this.ctx.plan(this.ctx.now() + durationMs, AgendaKind.phoneEnd, agent);
    }
    this.planRing(agent);
  }

  private planRing(agent: SimulatedAgent): void {
    const callsPerHour = agent.group.phoneCalls?.callsPerHour ?? 0;
    this.ctx.plan(this.ctx.now() + (exponential1(agent.phone) * 3_600_000) / callsPerHour, AgendaKind.phoneRing, agent);
  }

  private setStatus(agent: SimulatedAgent, status: 'available' | 'offline' | 'break'): void {
    if (agent.presence !== status) this.ctx.dispatch({ type: 'agent.setStatus', agentId: agent.id, status });
  }
}
