/**
 * The engine: the single writer. Every change goes through `dispatch`; deadlines fire from the clock.
 * Each step (one command, or one deadline) is applied, routed until no eligible pair is left, and
 * then published.
 */
import { Observable, Subject } from 'rxjs';
import type { AnyActorRef } from 'xstate';
import type { Command, CommandResult } from '../domain/commands/command.js';
import type { SwitchboardEvent } from '../domain/events/event.js';
import type { Clock, TimerHandle } from '../time/clock.js';
import { BoundedMap } from './bounded-map.js';
import { applyCommand, commandIdOf, commandTypeOf, rejectUnreadable } from './commands/apply-command.js';
import { jsonCopy } from '../domain/json-command.js';
import { runTriggers } from './dispatcher.js';
import type { EngineState } from './engine-state.js';
import { dropStaleDeadlines, fireDue } from './timers.js';
import type { Journal, JournalEntry } from './journal.js';
import type { TypingPreview } from './previews.js';
import type { EngineSnapshot } from './snapshot-types.js';
import { takeSnapshot } from './take-snapshot.js';

/** The engine's core: dispatch, time, events and lookups. Typed helpers are added by `createEngine`. */
export class EngineCore {
  /** Every event, as it happens (published after its step). Errors thrown by subscribers are
   * reported by RxJS (`config.onUnhandledError`) and never reach the engine. */
  readonly events$: Observable<SwitchboardEvent>;
  /** Typing previews for the agents of a session. Never logged or stored. */
  readonly previews$: Observable<TypingPreview>;
  private readonly previewSubject = new Subject<TypingPreview>();
  private readonly commandMemory: BoundedMap<string, CommandResult>;
  private wakeHandle: TimerHandle | null = null;
  private wakeAtMs = Infinity;
  private stopped = false;
  /** Journal entries applied so far (written, or replayed at recovery). */
  private journalLength = 0;
  /** Publishes after each deadline step (one function, not one per call). */
  private readonly publishStep = (): void => this.publish();

  constructor(
    protected readonly state: EngineState,
    private readonly journal: Journal | null = null,
    restored: EngineSnapshot | null = null,
  ) {
    this.commandMemory = new BoundedMap(state.config.routing.commandIdMemoryMax);
    if (restored !== null) {
      for (const [id, result] of restored.commandMemory) this.commandMemory.set(id, result);
      this.journalLength = restored.journalLength;
    }
    this.events$ = new Observable<SwitchboardEvent>((subscriber) => state.log.listen((event) => subscriber.next(event)));
    this.previews$ = this.previewSubject.asObservable();
    // The first deadlines (calendar edges) need a clock timer before any command arrives.
    this.scheduleWake();
  }

  /**
   * Applies one command. Returns `{ ok: true, ... }`, or `{ ok: false, error }` having changed nothing.
   * @example engine.dispatch({ type: 'contact.create', queueId: 'sales', channel: 'chat' });
   */
  dispatch(command: Command): CommandResult {
    const engineMs = this.state.nowMs;
    const clockMs = this.sync(this.state.clock.now());
    // The engine validates, applies and journals one plain JSON copy, never the caller's objects.
    const copied = jsonCopy(command);
    const unreadable = copied.ok ? null : { commandType: commandTypeOf(command), commandId: commandIdOf(command), problem: copied.problem };
    // Write-ahead: every command (rejected ones too, so replay gives the same log) before it applies.
    if (this.journal !== null) {
      const n = ++this.journalLength;
      const command = copied.ok ? copied.value : null;
      this.journal.append(unreadable === null ? { n, clockMs, engineMs, command } : { n, clockMs, engineMs, command, unreadable });
    }
    const result = copied.ok
      ? applyCommand(this.state, copied.value, this.commandMemory)
      : rejectUnreadable(this.state, unreadable!, this.commandMemory);
    runTriggers(this.state);
    // Deadlines the command made due already (a callback for now) fire now, each as its own step.
    fireDue(this.state, this.state.nowMs, this.publishStep);
    this.publish();
    this.scheduleWake();
    return result;
  }

  /**
   * Plain JSON holding the whole state, deadlines included: `createEngine({ config, snapshot })`
   * continues exactly where this engine is.
   */
  snapshot(): EngineSnapshot {
    return takeSnapshot(this.state, this.commandMemory, this.journalLength);
  }

  /** Re-applies journal entries at their recorded clock readings (recovery). */
  protected replay(entries: readonly JournalEntry[]): void {
    for (const entry of entries) {
      if (entry.n <= this.journalLength) continue;
      // First the deadlines that clock timers fired before this command, then the command's own reading.
      this.catchUp(entry.engineMs ?? entry.clockMs);
      this.sync(entry.clockMs);
      this.journalLength = entry.n;
      if (entry.unreadable !== undefined) rejectUnreadable(this.state, entry.unreadable, this.commandMemory);
      else applyCommand(this.state, entry.command, this.commandMemory);
      runTriggers(this.state);
      fireDue(this.state, this.state.nowMs, this.publishStep);
      this.publish();
    }
    this.catchUp(this.state.clock.now());
    this.publish();
    this.scheduleWake();
  }

  /** The clock the engine reads (virtual in simulations and tests). */
  get clock(): Clock {
    return this.state.clock;
  }

  /** Engine time in ms: never goes backwards, even when the clock does. */
  now(): number {
    return this.state.nowMs;
  }

  /** Retained events with `seq >= fromSeq`. */
  events(fromSeq = 0): readonly SwitchboardEvent[] {
    return this.state.log.since(fromSeq);
  }

  /** Calls `listener` for every event after its step; a throwing listener is reported, never fatal. */
  listen(listener: (event: SwitchboardEvent) => void): () => void {
    return this.state.log.listen(listener);
  }

  /** Stops timers and actors. The engine accepts no more deadlines afterwards. */
  stop(): void {
    this.stopped = true;
    if (this.wakeHandle !== null) this.state.clock.clearTimer(this.wakeHandle);
    this.wakeHandle = null;
    this.state.actors.stopAll();
  }

  /** Publishes the step's events, then its typing previews. */
  protected publish(): void {
    this.state.log.publish();
    const previews = this.state.previews;
    while (previews.length > 0) this.previewSubject.next(previews.shift()!);
  }

  /**
   * Fires the deadlines due by `clockMs` (a clock timer's wake-up). Engine time moves to each fired
   * deadline only, never to the reading itself, and no anomaly is judged here: so engine time and the
   * log depend on commands and deadlines alone, which a journal replays and a snapshot restores.
   */
  protected catchUp(clockMs: number): void {
    fireDue(this.state, clockMs, this.publishStep);
    this.state.routing.nowMs = this.state.nowMs;
  }

  /**
   * A command's clock reading: logs an anomaly when it falls behind engine time, fires
   * every deadline due by then (each its own step) and moves engine time to the reading. Returns it.
   */
  protected sync(clockMs: number): number {
    const state = this.state;
    // The clock reads earlier than engine time (it was set back): engine time stays. The log says so
    // when the clock falls behind, or further behind; not again at every command until it catches up.
    const behind = clockMs < state.nowMs;
    if (behind && (!state.clockBehind || clockMs < state.lastClockMs)) {
      state.emit({ type: 'clock.anomaly', seq: 0, at: state.nowMs, clockMs, engineMs: state.nowMs });
    }
    state.clockBehind = behind;
    state.lastClockMs = clockMs;
    fireDue(state, clockMs, this.publishStep);
    if (clockMs > state.nowMs) state.nowMs = clockMs;
    state.routing.nowMs = state.nowMs;
    return clockMs;
  }

  /** Keeps one clock timer armed for the earliest live deadline. */
  protected scheduleWake(): void {
    if (this.stopped) return;
    // Nothing due before the armed wake-up: stale deadlines behind it are dropped when it fires.
    const head = this.state.deadlines.peek();
    if (head === undefined || head.at >= this.wakeAtMs) return;
    dropStaleDeadlines(this.state);
    const next = this.state.deadlines.peek();
    if (next === undefined || next.at >= this.wakeAtMs) return;
    if (this.wakeHandle !== null) this.state.clock.clearTimer(this.wakeHandle);
    this.wakeAtMs = next.at;
    this.wakeHandle = this.state.clock.setTimer(next.at, this.wake);
  }

  private readonly wake = (): void => {
    this.wakeHandle = null;
    this.wakeAtMs = Infinity;
    if (this.stopped) return;
    this.catchUp(this.state.clock.now());
    this.publish();
    this.scheduleWake();
  };
}
