/**
 * Phase one of a swarm run: ordinary traffic with faults, the oracle checking every step. The driver
 * owns the inputs that are not single commands: the reorder buffer, duplicates of the same object,
 * the clock set back (always followed at once by a command, so the engine reads it) or jumping hours
 * ahead, restarts from snapshots, checkpoints and recoveries from the journal. It stops at the first
 * step with a violation.
 */
import type { Command, CommandResult } from '../../../src/domain/commands/command.js';
import type { EngineSnapshot } from '../../../src/engine/snapshot-types.js';
import { CheckedEngine } from '../../support/harness/checked-engine.js';
import { abandonContact, type ActionContext, answerOffer, callbackAction, completeContact, createContact, handOn, presenceAction, sessionAction } from './swarm-actions.js';
import { SwarmBook } from './swarm-book.js';
import { afterCloseCommand, configChange, duplicateIdCommand, unknownIdCommand } from './swarm-faults.js';
import type { FaultKind, SwarmParams } from './swarm-params.js';
import { SwarmRandom } from './swarm-random.js';

/**
 * A snapshot without what any command changes: the journal position (every command is journaled,
 * repeats included) and the clock reading the engine took for it.
 */
function stateOf(snapshot: EngineSnapshot): Record<string, unknown> {
  const { journalLength: _journaled, nowMs: _now, lastClockMs: _read, clockBehind: _behind, ...state } = snapshot;
  return state;
}

/** Longest the reorder buffer holds commands back. */
const REORDER_BUFFER_MAX = 3;
/** Most recent inputs kept for a failure report. */
const TRACE_MAX = 12;

/** See the module comment. */
export class SwarmDriver {
  readonly checked: CheckedEngine;
  readonly book: SwarmBook;
  readonly violations: string[] = [];
  readonly faultCounts: Record<string, number> = {};
  readonly trace: string[] = [];
  private readonly rng: SwarmRandom;
  private readonly configRng: SwarmRandom;
  private readonly ranks = new Map<string, number>();
  private readonly held: Command[] = [];
  /** Inputs so far, and the input count at the last checkpoint. */
  private inputs = 0;
  private checkpointAt = -1;

  constructor(readonly params: SwarmParams) {
    this.checked = new CheckedEngine(params.config, params.seed, params.startMs, { journal: true });
    this.book = new SwarmBook(params.queues, params.config.agents ?? [], params.seed);
    for (const [id, q] of params.queues) this.ranks.set(id, q.rank);
    this.rng = new SwarmRandom(params.workloadSeed);
    this.configRng = new SwarmRandom(params.configSeed);
  }

  get failed(): boolean {
    return this.violations.length > 0;
  }

  /** Runs phase one: `params.steps` steps, or until the first violation; then delivers what is held back. */
  runFaultPhase(): void {
    for (const agentId of this.book.agentIds()) if (this.rng.chance(0.8)) this.send({ type: 'agent.setStatus', agentId, status: 'available' });
    for (let step = 0; step < this.params.steps && !this.failed; step++) this.step();
    while (this.held.length > 0 && !this.failed) this.send(this.held.shift()!);
  }

  /** Dispatches one command now (no reordering); returns its result. */
  send(command: Command, expectRejected = false): CommandResult {
    this.inputs++;
    const outcome = this.checked.dispatch(command);
    const result = outcome.result!;
    this.record(`dispatch ${JSON.stringify(command)} -> ${result.ok ? 'ok' : result.error.code}`);
    this.violations.push(...outcome.violations);
    if (expectRejected && result.ok) this.violations.push(`${command.type} should have been rejected (it names something unknown or ended): ${JSON.stringify(command)}`);
    this.book.note(command, result, (id) => this.ranks.get(id) ?? this.book.queues.get(id)?.rank ?? 0);
    return result;
  }

  /** Moves the clock (forward, or back) and checks the deadline steps. */
  advanceTo(atMs: number): void {
    this.inputs++;
    this.record(`advanceTo ${atMs} (${atMs >= this.checked.nowMs ? '+' : ''}${atMs - this.checked.nowMs} ms)`);
    this.violations.push(...this.checked.advanceTo(atMs).violations);
  }

  context(): ActionContext {
    const engine = this.checked.engine;
    return { rng: this.rng, book: this.book, engine, skills: this.params.skills, byStatus: this.book.survey(engine), offers: this.book.offers(engine) };
  }

  record(line: string): void {
    this.trace.push(line);
    if (this.trace.length > TRACE_MAX) this.trace.shift();
  }

  private step(): void {
    const fault = this.pickFault();
    if (fault !== null) {
      this.faultCounts[fault] = (this.faultCounts[fault] ?? 0) + 1;
      return this.inject(fault);
    }
    const ctx = this.context();
    const command = this.ordinary(ctx);
    if (command === 'advance') {
      const mean = this.params.behaviour.stepMsMean;
      return this.advanceTo(this.checked.nowMs + this.rng.int(0, 2 * mean));
    }
    if (command !== null) this.deliver(this.identify(command));
  }

  private pickFault(): FaultKind | null {
    for (const [kind, rate] of Object.entries(this.params.faults) as [FaultKind, number][]) {
      if (kind !== 'reorder' && kind !== 'duplicateObject' && this.rng.chance(rate)) return kind;
    }
    return null;
  }

  private ordinary(ctx: ActionContext): Command | 'advance' | null {
    const b = this.params.behaviour;
    const weights = [b.create, b.accept, b.reject, b.complete, b.abandon, b.handOn, b.session, b.callback, b.presence, b.advance];
    switch (this.rng.weighted(weights)) {
      case 0: return createContact(ctx);
      case 1: return answerOffer(ctx, true);
      case 2: return answerOffer(ctx, false);
      case 3: return completeContact(ctx);
      case 4: return abandonContact(ctx);
      case 5: return handOn(ctx);
      case 6: return sessionAction(ctx);
      case 7: return callbackAction(ctx);
      case 8: return presenceAction(ctx);
      default: return 'advance';
    }
  }

  /** Gives some commands a fresh `commandId`. */
  private identify(command: Command): Command {
    return this.rng.chance(this.params.behaviour.commandIdRate) ? { ...command, commandId: this.book.nextCommandId() } : command;
  }

  /**
   * Sends through the reorder buffer; sometimes sends the same object twice, mostly as a retry that
   * carries a `commandId` (which must then change nothing), sometimes as a plain repeat.
   */
  private deliver(command: Command): void {
    const { reorder, duplicateObject } = this.params.faults;
    if (this.held.length < REORDER_BUFFER_MAX && this.rng.chance(reorder)) {
      this.count('reorder');
      this.held.push(command);
      return;
    }
    if (!this.rng.chance(duplicateObject)) this.send(command);
    else {
      this.count('duplicateObject');
      const retry = command.commandId === undefined && this.rng.chance(0.7) ? { ...command, commandId: this.book.nextCommandId() } : command;
      this.send(retry);
      this.sendAgain(retry);
    }
    if (this.held.length > 0 && this.rng.chance(0.5)) this.send(this.held.shift()!);
  }

  /** Sends a command again; when it carries a `commandId`, the engine's state must not change at all. */
  private sendAgain(command: Command): void {
    if (command.commandId === undefined) return void this.send(command);
    const before = stateOf(this.checked.engine.snapshot());
    this.send(command);
    const after = stateOf(this.checked.engine.snapshot());
    const changed = Object.keys(after).filter((key) => JSON.stringify(after[key]) !== JSON.stringify(before[key]));
    if (changed.length > 0) this.violations.push(`invariant 12: repeating commandId "${command.commandId}" changed the engine's ${changed.join(', ')}`);
  }

  private count(kind: FaultKind): void {
    this.faultCounts[kind] = (this.faultCounts[kind] ?? 0) + 1;
  }

  private inject(fault: FaultKind): void {
    const ctx = this.context();
    const rng = this.rng;
    switch (fault) {
      case 'unknownId':
        return void this.send(unknownIdCommand(ctx), true);
      case 'afterClose': {
        const command = afterCloseCommand(ctx);
        return void (command !== null && this.send(command, true));
      }
      case 'duplicateId': {
        const command = duplicateIdCommand(ctx, this.ordinaryCommand(ctx));
        return void (command !== null && this.sendAgain(command));
      }
      case 'clockBack': {
        this.advanceTo(Math.max(0, this.checked.nowMs - rng.int(1, 7_200) * 1_000));
        // The engine reads the clock at its next command; send one at once.
        return void this.send(this.ordinaryCommand(ctx) ?? { type: 'agent.setStatus', agentId: 'ghost', status: 'available' });
      }
      case 'jump':
        return this.advanceTo(this.checked.nowMs + rng.int(1, 12) * 3_600_000 + rng.int(0, 3_599_999));
      case 'restart':
        return this.restart('restart from snapshot');
      case 'recover':
        return this.recover();
      default:
        for (const command of configChange(ctx, this.configRng, this.ranks)) if (!this.failed) this.send(this.identify(command));
    }
  }

  private restart(line: string): void {
    this.record(line);
    this.violations.push(...this.checked.restart().violations);
    this.readClock();
  }

  /**
   * Sends a command at once after a restart or recovery. An engine restored with a journal reads the
   * clock on creation (the twin has not), so until both read it again their engine times may differ,
   * and a clock set back in between would log different `engineMs` in its anomaly.
   */
  private readClock(): void {
    if (!this.failed) this.send(this.ordinaryCommand(this.context()) ?? { type: 'agent.setStatus', agentId: 'ghost', status: 'available' });
  }

  /** Whether a contact that has not ended is targeted at the agent (as the log tells it). */


  /** A command of the ordinary traffic (not time), or null. */
  private ordinaryCommand(ctx: ActionContext): Command | null {
    for (let tries = 0; tries < 5; tries++) {
      const command = this.ordinary(ctx);
      if (command !== null && command !== 'advance') return command;
    }
    return null;
  }

  private recover(): void {
    if (this.rng.chance(0.5)) {
      this.record('checkpoint');
      this.checkpointAt = this.inputs;
      return this.checked.checkpoint();
    }
    const from = this.rng.chance(0.5) && this.checkpointAt >= 0 ? 'checkpoint' : 'journal';
    this.record(`recover from ${from}`);
    this.violations.push(...this.checked.recover(from).violations);
    this.readClock();
  }
}
