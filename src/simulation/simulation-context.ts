/**
 * What the simulated customers and agents share: the engine, the virtual clock, the agenda, and a
 * `dispatch` that keeps count of commands the engine refused (a correct run refuses none).
 */
import type { Command, CommandResult } from '../domain/commands/command.js';
import type { Engine } from '../engine/create-engine.js';
import type { VirtualClock } from '../time/virtual-clock.js';
import { Agenda } from './agenda.js';

/** Kinds of agenda entries. */
export const AgendaKind = {
  arrival: 0,
  horizon: 1,
  patience: 2,
  complete: 3,
  rate: 4,
  accept: 5,
  day: 6,
  login: 7,
  logout: 8,
  breakStart: 9,
  breakEnd: 10,
  phoneRing: 11,
  phoneEnd: 12,
  recover: 13,
} as const;

/** The engine, clock and agenda of one run. */
export class SimulationContext {
  /** What simulated people do next. */
  readonly agenda = new Agenda<unknown>();
  /** Commands the engine refused, and the first refusal's message. */
  refusedCommands = 0;
  firstRefusal: string | null = null;

  constructor(
    readonly engine: Engine,
    readonly clock: VirtualClock,
  ) {}

  /** The current simulated instant. */
  now(): number {
    return this.clock.now();
  }

  /** Plans `kind` on `ref` at `atMs`. */
  plan(atMs: number, kind: number, ref: unknown): void {
    this.agenda.push(atMs, kind, ref);
  }

  /** Sends a command; a refusal is counted (it is a simulator bug, or an engine one). */
  dispatch(command: Command): CommandResult {
    const result = this.engine.dispatch(command);
    if (!result.ok) {
      this.refusedCommands++;
      this.firstRefusal ??= `${command.type} at ${this.now()}: ${result.error.code}: ${result.error.message}`;
    }
    return result;
  }
}
