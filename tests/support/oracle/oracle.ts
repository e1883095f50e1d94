/**
 * The invariant oracle of issue 7. It reads only what goes into the engine (commands, clock moves)
 * and what comes out (the event log, step by step), keeps its own picture of the world, and returns
 * every broken invariant as a readable sentence naming the event (`seq`), the time and the rule.
 *
 * Non-goals: predicting what the engine will do (that is the reference router's job) and speed.
 *
 * @example
 * const oracle = new Oracle();
 * oracle.step({ events: engine.events() });                      // engine.started, queue.added, ...
 * const before = engine.events().length;
 * const result = engine.dispatch(command);
 * oracle.step({ events: engine.events(before), command, result });
 * clock.advanceTo(t); // feed each deadline step, then:
 * oracle.advanced(t);
 */
import type { Command, CommandResult } from '../../../src/domain/commands/command.js';
import type { SwitchboardEvent } from '../../../src/domain/events/event.js';
import { onAbandoned, onAged, onCallback, onCompleted, onCreated, onMoved, onOverflowed, onQueued, onRelaxed, onUntargeted, onTicketOrRejected, onWrapUpEnded } from './contact-events.js';
import { onConfigEvent } from './config-events.js';
import { checkLive, onAssigned, onOfferAccepted, onOfferCreated, onOfferDeclined, onOfferWithdrawn, type Report } from './offer-events.js';
import { whyNot } from './eligibility.js';
import { checkAdvanced, checkStepEnd } from './step-checks.js';
import { FINAL, type OContact, OracleWorld } from './world.js';

/** One step as the oracle sees it. */
export interface StepInput {
  /** The events the step appended, in log order. */
  readonly events: readonly SwitchboardEvent[];
  /** The command that made the step; null or absent for a deadline (or the engine's start). */
  readonly command?: Command | null;
  /** What `dispatch` returned for the command. */
  readonly result?: CommandResult;
  /**
   * The clock reading the engine took for the command, when known. A reading before the last one the
   * log shows must be logged as one `clock.anomaly`, and engine time must not follow it back.
   */
  readonly clockMs?: number;
}

/** A contact the log has not ended, waiting for work or being worked on. */
export interface UnfinishedContact {
  readonly id: string;
  readonly status: string;
  readonly queueId: string;
  readonly channel: string;
  readonly target: string | null;
  readonly requirement: Readonly<Record<string, number>>;
}

/** Checks the engine's log step by step; see the module comment. */
export class Oracle {
  /** Every violation found so far, oldest first. */
  readonly violations: string[] = [];
  private readonly world = new OracleWorld();
  private lastSeq = -1;
  private lastAt = -Infinity;
  /** Engine time is at least this: the latest command reading or deadline time the log proves. */
  private engineAtLeastMs = -Infinity;
  /** Engine time is at most this: no deadline fires after the latest clock reading. */
  private engineAtMostMs = -Infinity;
  /** The previous command's clock reading. */
  private lastCommandReadMs = -Infinity;
  /** Whether the engine may still count the clock as behind (so a reading that is not further back logs nothing). */
  private mayBeBehind = false;
  private checks = 0;

  /** How many invariant checks have been evaluated so far (one per event folded, one per entity per step-end rule). */
  get checksEvaluated(): number {
    return this.checks;
  }

  /** Contacts the log has not ended, with where they are (for liveness reports). */
  unfinished(): UnfinishedContact[] {
    return [...this.world.contacts.values()]
      .filter((c) => !FINAL.has(c.status))
      .map((c) => ({ id: c.id, status: c.status, queueId: c.queueId, channel: c.channel, target: c.target, requirement: c.requirement }));
  }

  /** Why `agentId` may not take the waiting contact now, or null (for liveness reports). */
  whyNot(contactId: string, agentId: string): string | null {
    const contact = this.world.contacts.get(contactId);
    return contact === undefined ? `unknown contact ${contactId}` : whyNot(this.world, contact, agentId);
  }

  /** Whether the log says the queue is open now (undefined for an unknown queue). */
  isOpen(queueId: string): boolean | undefined {
    return this.world.queues.get(queueId)?.open;
  }

  /** Folds one step's events and checks every invariant at the end of the step. Returns this step's violations. */
  step(input: StepInput): string[] {
    const found: string[] = [];
    const command = input.command ?? null;
    const label = command === null ? 'deadline step' : `command ${command.type}${command.commandId === undefined ? '' : ` [${command.commandId}]`}`;
    let where = label;
    const report: Report = (message) => found.push(`${where}: ${message}`);
    // A clock anomaly records the clock reading, not what the command did.
    const effects = input.events.filter((e) => e.type !== 'clock.anomaly');
    if (command !== null) this.checkIdempotent(command, input.result, effects.length, report);
    if (command !== null && input.result?.ok === false) checkRejected(command, input.result.error.code, effects, report);
    this.checkClock(input, command, report);
    this.world.cooldown = command === null ? 'lenient' : 'strict';
    for (const event of input.events) {
      where = `${label}, seq ${event.seq} ${event.type} at ${event.at}`;
      this.checkNumbering(event, report);
      this.apply(event, command, report);
    }
    this.checks += input.events.length;
    where = `${label}, end of step at ${this.world.nowMs}`;
    // Between two deadlines of the same millisecond a cooldown ending now may not have fired yet.
    this.checks += checkStepEnd(this.world, this.world.cooldown, report);
    this.violations.push(...found);
    return found;
  }

  /** Checks liveness once the clock has reached `nowMs` and every deadline due by then has fired. */
  advanced(nowMs: number): string[] {
    const found: string[] = [];
    const report: Report = (message) => found.push(`after advancing to ${nowMs}: ${message}`);
    this.world.nowMs = Math.max(this.world.nowMs, nowMs);
    this.engineAtMostMs = Math.max(this.engineAtMostMs, nowMs);
    this.checks += checkAdvanced(this.world, nowMs, report);
    this.checks += checkStepEnd(this.world, 'strict', report);
    this.violations.push(...found);
    return found;
  }

  /** Invariant 12: a repeated `commandId` changes nothing, emits nothing and returns the first result. */
  private checkIdempotent(command: Command, result: CommandResult | undefined, eventCount: number, report: Report): void {
    const id = command.commandId;
    if (typeof id !== 'string' || id.length === 0 || id.length > 200) return;
    const first = this.world.commandResults.get(id);
    const now = result === undefined ? '' : JSON.stringify(result);
    if (first === undefined) {
      this.world.commandResults.set(id, now);
      return;
    }
    if (eventCount > 0) report(`repeated commandId "${id}" produced ${eventCount} new event(s) (invariant 12)`);
    if (result !== undefined && first !== now) report(`repeated commandId "${id}" returned ${now}, first ${first} (invariant 12)`);
  }

  /**
   * Engine time never goes back. A command whose clock reading is behind engine time logs exactly one
   * `clock.anomaly` naming that reading, at the engine's own time, when the clock has just fallen
   * behind or has gone further back than the previous command's reading; while it stays behind
   * without going back, further commands log nothing more. Engine time is known only within bounds
   * (a deadline may fire without logging), so the oracle demands an anomaly only where the bounds
   * prove one is due.
   */
  private checkClock(input: StepInput, command: Command | null, report: Report): void {
    const anomalies = input.events.filter((e) => e.type === 'clock.anomaly');
    const clockMs = input.clockMs;
    if (command === null) {
      if (anomalies.length > 0) report(`a deadline step logged clock.anomaly (deadlines fire at their own time)`);
      if (input.events.length > 0) this.engineAtLeastMs = Math.max(this.engineAtLeastMs, input.events[0]!.at);
      this.engineAtMostMs = Math.max(this.engineAtMostMs, this.engineAtLeastMs);
      return;
    }
    if (clockMs === undefined) return;
    this.checks++;
    const behind = clockMs < this.engineAtLeastMs;
    const wentBack = clockMs < this.lastCommandReadMs;
    if (behind && (wentBack || !this.mayBeBehind) && anomalies.length === 0) {
      report(`the clock read ${clockMs}, behind engine time ${this.engineAtLeastMs} (previous reading ${this.lastCommandReadMs}), but no clock.anomaly was logged`);
    }
    if (anomalies.length > 1) report(`${anomalies.length} clock.anomaly events for one clock reading`);
    for (const e of anomalies) {
      if (e.clockMs !== clockMs || e.engineMs !== e.at || !(e.clockMs < e.engineMs)) {
        report(`clock.anomaly at ${e.at} says clock ${e.clockMs}, engine ${e.engineMs}; the clock read ${clockMs}`);
      }
    }
    this.mayBeBehind = anomalies.length > 0 || (this.mayBeBehind && clockMs < this.engineAtMostMs);
    this.lastCommandReadMs = clockMs;
    this.engineAtLeastMs = Math.max(this.engineAtLeastMs, clockMs);
    this.engineAtMostMs = Math.max(this.engineAtMostMs, clockMs);
  }

  private checkNumbering(event: SwitchboardEvent, report: Report): void {
    if (this.lastSeq >= 0 && event.seq !== this.lastSeq + 1) report(`seq ${event.seq} follows seq ${this.lastSeq}`);
    if (this.lastSeq < 0 && (event.seq !== 0 || event.type !== 'engine.started')) report(`the log must start with engine.started at seq 0`);
    if (event.at < this.lastAt) report(`time went back from ${this.lastAt} to ${event.at}`);
    this.lastSeq = event.seq;
    this.lastAt = Math.max(this.lastAt, event.at);
  }

  private apply(e: SwitchboardEvent, command: Command | null, report: Report): void {
    this.world.invalidate();
    this.fold(e, command, report);
    this.world.invalidate();
  }

  private fold(e: SwitchboardEvent, command: Command | null, report: Report): void {
    const world = this.world;
    world.nowMs = e.at;
    if (onConfigEvent(world, e, report)) return;
    if (e.type === 'contact.created') return onCreated(world, e, report);
    const c = contactOf(world, e, report);
    if (c === undefined) return;
    switch (e.type) {
      case 'contact.queued':
        return onQueued(world, e, c, report);
      case 'offer.created':
        return onOfferCreated(world, e, c, report);
      case 'offer.accepted':
        return onOfferAccepted(world, e, c, report);
      case 'contact.assigned':
        return onAssigned(world, e, c, report);
      case 'offer.rejected':
      case 'offer.expired':
        return onOfferDeclined(world, e, c, report);
      case 'offer.withdrawn':
        return onOfferWithdrawn(world, e, c, report);
      case 'contact.completed':
        return onCompleted(e, c, report);
      case 'agent.wrapup.ended':
        return onWrapUpEnded(world, e, c, report);
      case 'contact.abandoned':
        return onAbandoned(e, c, report);
      case 'ticket.created':
      case 'contact.rejected':
        return onTicketOrRejected(world, e, c, command, report);
      case 'contact.overflowed':
        return onOverflowed(world, e, c, command, report);
      case 'contact.transferred':
      case 'contact.requeued':
        return onMoved(world, e, c, report);
      case 'contact.relaxed':
        return onRelaxed(world, e, c, report);
      case 'contact.untargeted':
        return onUntargeted(e, c, report);
      case 'contact.aged':
        return onAged(world, e, c, report);
      case 'callback.scheduled':
      case 'callback.cancelled':
        return onCallback(e, c, report);
      default:
        return;
    }
  }
}

/** A rejected command changes nothing: it logs one `command.rejected` with its code (nothing when it repeats a `commandId`). */
function checkRejected(command: Command, code: string, effects: readonly SwitchboardEvent[], report: Report): void {
  const only = effects[0];
  if (effects.length === 0) return;
  if (effects.length > 1 || only?.type !== 'command.rejected') {
    report(`rejected command (${code}) logged ${effects.map((e) => e.type).join(', ')}: a rejected command changes nothing`);
  } else if (only.code !== code || only.commandType !== command.type) {
    report(`rejected command ${command.type} (${code}) logged command.rejected for ${only.commandType} (${only.code})`);
  }
}

/** Lifecycle events that change a contact: they must name a contact the log created and that has not ended. */
const CHANGES_CONTACT: ReadonlySet<string> = new Set([
  'contact.queued', 'offer.created', 'offer.accepted', 'contact.assigned', 'offer.rejected', 'offer.expired', 'offer.withdrawn',
  'contact.completed', 'agent.wrapup.ended', 'contact.abandoned', 'ticket.created', 'contact.rejected', 'contact.overflowed',
  'contact.transferred', 'contact.requeued', 'contact.relaxed', 'contact.aged', 'contact.untargeted', 'callback.scheduled', 'callback.cancelled',
]);

function contactOf(world: OracleWorld, e: SwitchboardEvent, report: Report): OContact | undefined {
  if (!CHANGES_CONTACT.has(e.type) || !('contactId' in e)) return undefined;
  const c = world.contacts.get(e.contactId);
  if (c === undefined) {
    report(`${e.type} names contact ${e.contactId}, which the log never created (invariant 8)`);
    return undefined;
  }
  return checkLive(c, e.type, report) ? c : undefined;
}
