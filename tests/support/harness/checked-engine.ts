/**
 * An engine on a virtual clock with the oracle attached: every input goes through here, every step's
 * events go to the oracle, and restarts go through `snapshot()`. After the first restart the original
 * engine keeps running as a twin on its own clock and must log exactly what the restored one logs
 * (invariant 14). `finish()` replays the script on a fresh engine (invariant 13).
 *
 * With `{ journal: true }` the engine under test also writes a journal, and `recover()` continues on an
 * engine rebuilt from it (the whole journal, or the last `checkpoint()` and the journal after it); the
 * rebuilt engine's log must equal the log so far. The clock may be set back (`advanceTo` an earlier
 * time): the engine must then log a `clock.anomaly` at its next reading and keep its own time.
 */
import type { Command, CommandResult } from '../../../src/domain/commands/command.js';
import type { EngineConfigInput } from '../../../src/domain/config/engine.config.js';
import type { SwitchboardEvent } from '../../../src/domain/events/event.js';
import { createEngine, type Engine } from '../../../src/engine/create-engine.js';
import { VirtualClock } from '../../../src/time/virtual-clock.js';
import type { EngineSnapshot } from '../../../src/engine/snapshot-types.js';
import { firstDifference, Oracle } from '../oracle/index.js';
import { type RecoverFrom, runScript, type ScriptStep, type Script, snapshotOf } from './script.js';
import { SharedJournal } from './shared-journal.js';

/** What one input produced. */
export interface Outcome {
  readonly events: readonly SwitchboardEvent[];
  readonly violations: readonly string[];
  readonly result?: CommandResult;
}

interface Running {
  engine: Engine;
  clock: VirtualClock;
  journal: SharedJournal | null;
}

/** Options of a checked engine. */
export interface CheckedEngineOptions {
  /** Journal every command, so `recover()` can rebuild the engine from the journal. */
  readonly journal?: boolean;
}

/** See the module comment. */
export class CheckedEngine {
  readonly oracle = new Oracle();
  /** The whole log so far, across restarts. */
  readonly log: SwitchboardEvent[] = [];
  readonly steps: ScriptStep[] = [];
  private main: Running;
  private twin: Running | null = null;
  /** Where the current engine's own log starts (its restore point). */
  private mainFromSeq = 0;
  private deadlineSteps: SwitchboardEvent[][] = [];
  private collecting = false;
  private unlisten: () => void = () => undefined;
  private checkpointAt: { snapshot: EngineSnapshot; seq: number } | null = null;
  /** Commands dispatched so far. */
  commandsApplied = 0;

  constructor(
    readonly config: EngineConfigInput,
    readonly seed: number,
    readonly startMs = 0,
    options: CheckedEngineOptions = {},
  ) {
    const clock = new VirtualClock(startMs);
    const journal = options.journal === true ? new SharedJournal() : null;
    this.main = { engine: createEngine({ config, seed, clock, ...(journal === null ? {} : { journal }) }), clock, journal };
    this.attach();
    const events = this.main.engine.events();
    this.log.push(...events);
    this.oracle.step({ events });
  }

  /** The engine under test (the restored one after a restart). */
  get engine(): Engine {
    return this.main.engine;
  }

  /** The clock's reading (which may be behind engine time after the clock was set back). */
  get nowMs(): number {
    return this.main.clock.now();
  }

  /** When the next clock timer of the engine under test is due, or null. */
  nextTimerAt(): number | null {
    return this.main.clock.nextTimerAt();
  }

  /** Applies a command to the engine (and the twin) and checks its step. */
  dispatch(command: Command): Outcome {
    const due = this.main.clock.nextTimerAt();
    if (due !== null && due <= this.main.clock.now()) throw new Error(`harness: a deadline is due at ${due}; advance the clock first`);
    const before = this.log.length;
    const clockMs = this.main.clock.now();
    const result = this.main.engine.dispatch(command);
    const events = this.main.engine.events(before);
    const violations = [...this.oracle.step({ events, command, result, clockMs })];
    this.commandsApplied++;
    if (this.twin !== null) {
      const twinResult = this.twin.engine.dispatch(command);
      this.compareTwin(before, events, violations);
      if (JSON.stringify(twinResult) !== JSON.stringify(result)) violations.push(`invariant 14: the restored engine returned ${JSON.stringify(result)}, the original ${JSON.stringify(twinResult)}`);
    }
    this.steps.push({ dispatch: command });
    this.log.push(...events);
    return { events, violations, result };
  }

  /** Moves both clocks to `atMs`; each deadline step is checked, then liveness at `atMs`. */
  advanceTo(atMs: number): Outcome {
    const before = this.log.length;
    this.deadlineSteps = [];
    this.collecting = true;
    this.main.clock.advanceTo(atMs);
    this.collecting = false;
    const events = this.main.engine.events(before);
    const violations: string[] = [];
    for (const step of this.deadlineSteps) violations.push(...this.oracle.step({ events: step }));
    if (this.deadlineSteps.flat().length !== events.length) violations.push(`harness: ${events.length} events logged, ${this.deadlineSteps.flat().length} published in steps`);
    violations.push(...this.oracle.advanced(atMs));
    if (this.twin !== null) {
      this.twin.clock.advanceTo(atMs);
      this.compareTwin(before, events, violations);
    }
    this.steps.push({ advanceTo: atMs });
    this.log.push(...events);
    return { events, violations };
  }

  /** Continues on `createEngine({ snapshot: engine.snapshot(), clock })`; the original becomes the twin. */
  restart(): Outcome {
    const snapshot = snapshotOf(this.main.engine);
    this.replaceMain((clock, journal) => createEngine({ snapshot, clock, ...(journal === null ? {} : { journal }) }));
    this.mainFromSeq = this.log.length;
    const events = this.main.engine.events();
    const violations = events.length === 0 ? [] : [`invariant 14: restoring a snapshot logged ${events.length} event(s)`];
    this.steps.push({ restart: true });
    return { events, violations };
  }

  /** Remembers a snapshot of the engine under test (JSON round-tripped) for a later `recover('checkpoint')`. */
  checkpoint(): void {
    this.checkpointAt = { snapshot: snapshotOf(this.main.engine), seq: this.log.length };
    this.steps.push({ checkpoint: true });
  }

  /**
   * Continues on an engine rebuilt from the journal: from the start, or from the last checkpoint (the
   * whole journal when there is none). Its log must equal the log so far (invariant 14).
   */
  recover(from: RecoverFrom): Outcome {
    if (this.main.journal === null) throw new Error('harness: recover() needs a CheckedEngine created with { journal: true }');
    const checkpoint = from === 'checkpoint' ? this.checkpointAt : null;
    const base = checkpoint === null ? { config: this.config, seed: this.seed } : { snapshot: checkpoint.snapshot };
    this.replaceMain((clock, journal) => createEngine({ ...base, clock, journal: journal! }));
    // The engine armed its clock for its first deadline before replaying past it; that wake-up is now
    // due. It must find nothing to do (anything it logs shows up as a difference below).
    this.main.clock.advanceTo(this.main.clock.now());
    const fromSeq = checkpoint?.seq ?? 0;
    this.mainFromSeq = fromSeq;
    const rebuilt = this.main.engine.events(fromSeq);
    const diff = firstDifference(this.log.slice(fromSeq), rebuilt, `invariant 14 (recovered from the ${checkpoint === null ? 'whole journal' : `checkpoint at seq ${fromSeq} and the journal`})`);
    this.steps.push({ recover: checkpoint === null ? 'journal' : 'checkpoint' });
    return { events: rebuilt.slice(this.log.length - fromSeq), violations: diff === null ? [] : [diff] };
  }

  /** Replaces the engine under test; the first one it replaces stays on as the twin. */
  private replaceMain(build: (clock: VirtualClock, journal: SharedJournal | null) => Engine): void {
    this.unlisten();
    const journal = this.main.journal?.handOver() ?? null;
    if (this.twin === null) this.twin = this.main;
    else this.main.engine.stop();
    const clock = new VirtualClock(this.main.clock.now());
    this.main = { engine: build(clock, journal), clock, journal };
    this.attach();
  }

  /**
   * End-of-run checks: the restored engine's whole log equals the original's from the restore point
   * (invariant 14), and a fresh in-process replay of the inputs gives the same log (invariant 13).
   */
  finish(): string[] {
    const violations: string[] = [];
    if (this.twin !== null) {
      const diff = firstDifference(this.twin.engine.events(this.mainFromSeq), this.main.engine.events(), `invariant 14 (restored at seq ${this.mainFromSeq})`);
      if (diff !== null) violations.push(diff);
    }
    const replayed = runScript(this.script(), { restarts: false });
    const diff = firstDifference(this.log, replayed, 'invariant 13 (in-process replay without restarts)');
    if (diff !== null) violations.push(diff);
    this.main.engine.stop();
    this.twin?.engine.stop();
    return violations;
  }

  /** The inputs so far, replayable. */
  script(): Script {
    return { config: this.config, seed: this.seed, startMs: this.startMs, steps: [...this.steps] };
  }

  private compareTwin(before: number, events: readonly SwitchboardEvent[], violations: string[]): void {
    const diff = firstDifference(this.twin!.engine.events(before), events, 'invariant 14 (original vs restored engine, this step)');
    if (diff !== null) violations.push(diff);
  }

  /** Splits what the clock fires into steps: a step's last event is the newest in the log when published. */
  private attach(): void {
    const engine = this.main.engine;
    let batch: SwitchboardEvent[] = [];
    this.unlisten = engine.listen((event) => {
      if (!this.collecting) return;
      batch.push(event);
      if (engine.events(event.seq).length === 1) {
        this.deadlineSteps.push(batch);
        batch = [];
      }
    });
  }
}

/** Throws when an outcome has violations, listing the first few with the inputs that led there. */
export function assertClean(violations: readonly string[], context: string): void {
  if (violations.length === 0) return;
  const shown = violations.slice(0, 8).join('\n  ');
  throw new Error(`${violations.length} invariant violation(s) after ${context}:\n  ${shown}`);
}
