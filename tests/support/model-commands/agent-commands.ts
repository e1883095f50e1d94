/**
 * Model commands for agents: presence, the phone flag, and capacity changes.
 */
import type fc from 'fast-check';
import type { Channel } from '../../../src/domain/channel.js';
import { dispatchBoth, type Model, pick, type Real } from './model-run.js';

function agentIds(m: Readonly<Model>): string[] {
  return [...m.router.state.agents.keys()].sort();
}

/** An agent sets its presence. */
export class SetPresenceCommand implements fc.Command<Model, Real> {
  constructor(
    readonly agent: number,
    readonly status: 'offline' | 'available' | 'break',
  ) {}
  check = (): boolean => true;
  run(m: Model, r: Real): void {
    dispatchBoth(m, r, { type: 'agent.setStatus', agentId: pick(agentIds(m), this.agent), status: this.status });
  }
  toString = (): string => `presence(a${this.agent}, ${this.status})`;
}

/** Telephony reports an agent on or off a call. */
export class SetPhoneBusyCommand implements fc.Command<Model, Real> {
  constructor(
    readonly agent: number,
    readonly busy: boolean,
  ) {}
  check = (): boolean => true;
  run(m: Model, r: Real): void {
    dispatchBoth(m, r, { type: 'agent.setPhoneBusy', agentId: pick(agentIds(m), this.agent), busy: this.busy });
  }
  toString = (): string => `phone(a${this.agent}, ${this.busy})`;
}

/** An agent's caps change (lowering never evicts work; it only stops new offers). */
export class SetCapacityCommand implements fc.Command<Model, Real> {
  constructor(
    readonly agent: number,
    readonly capacity: Partial<Record<Channel, number>>,
    readonly totalMax: number | null,
  ) {}
  check = (): boolean => true;
  run(m: Model, r: Real): void {
    const agentId = pick(agentIds(m), this.agent);
    dispatchBoth(m, r, { type: 'agent.setCapacity', agentId, capacity: this.capacity, ...(this.totalMax === null ? {} : { capacityTotalMax: this.totalMax }) });
  }
  toString = (): string => `capacity(a${this.agent}, ${JSON.stringify(this.capacity)}, total ${this.totalMax})`;
}
