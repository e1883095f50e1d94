/**
 * Shared pieces of the durability tests: temporary directories, an uninterrupted reference run, and
 * recovery from a journal (with or without a snapshot) on a virtual clock.
 *
 * `FileJournal` and `InMemoryJournal` are imported from src/engine/ because src/index.ts does not
 * export them (it should: an embedder cannot make an engine durable without them).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Command, type CommandResult, createEngine, type Engine, VirtualClock } from '../../src/index.js';
import { InMemoryJournal, type Journal, type JournalEntry } from '../../src/engine/journal.js';
import type { EngineSnapshot } from '../../src/engine/snapshot-types.js';
import { type CommandListener, DURABILITY_CONFIG, drive, Workload } from './workload.js';

/** The engine seed of every durability run (the `random` strategy draws from it). */
export const ENGINE_SEED = 7;
/** Where every durability run's virtual clock starts. */
export const START_MS = 1_000;

/** A fresh temporary directory and a way to remove it. */
export function tempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `switchboard-${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A workload run: its engine, clock, journal and client side. */
export interface Run {
  readonly engine: Engine;
  readonly clock: VirtualClock;
  readonly journal: Journal;
  readonly workload: Workload;
  /** Every acknowledged command: journal number, command, result. */
  readonly acks: { n: number; command: Command; result: CommandResult }[];
}

/** Starts a run on `journal` (an `InMemoryJournal` unless given) and drives `commands` commands; `clock` must read `START_MS`. */
export function startRun(
  workloadSeed: number,
  commands: number,
  journal: Journal = new InMemoryJournal(),
  onCommand: CommandListener = () => {},
  clock = new VirtualClock(START_MS),
): Run {
  const engine = createEngine({ config: DURABILITY_CONFIG, clock, seed: ENGINE_SEED, journal });
  const run: Run = { engine, clock, journal, workload: new Workload(workloadSeed), acks: [] };
  continueRun(run, commands, onCommand);
  return run;
}

/** Drives `commands` more commands on a run. */
export function continueRun(run: Run, commands: number, onCommand: CommandListener = () => {}): void {
  const firstN = run.acks.length === 0 ? 1 : run.acks[run.acks.length - 1]!.n + 1;
  drive(run.engine, run.clock, run.workload, commands, (n, command, result) => {
    run.acks.push({ n, command, result });
    onCommand(n, command, result);
  }, firstN);
}

/** The state as text: what "the same state" means in these tests. */
export function stateOf(engine: Engine): string {
  return JSON.stringify(engine.snapshot());
}

/** Recovers an engine from a journal (and a snapshot, if given) with its clock at `clockMs`. */
export function recover(journal: Journal, clockMs: number, snapshot?: EngineSnapshot, onTornJournal?: (line: string) => void): { engine: Engine; clock: VirtualClock } {
  const clock = new VirtualClock(clockMs);
  const engine = createEngine({
    config: DURABILITY_CONFIG,
    clock,
    seed: ENGINE_SEED,
    journal,
    ...(snapshot === undefined ? {} : { snapshot }),
    ...(onTornJournal === undefined ? {} : { onTornJournal }),
  });
  return { engine, clock };
}

/** The journal's entries without the start entry, as plain data for comparisons. */
export function commandsOf(entries: readonly JournalEntry[]): { n: number; clockMs: number; command: unknown }[] {
  return entries.filter((e) => e.n > 0).map((e) => ({ n: e.n, clockMs: e.clockMs, command: e.command }));
}

/** How many commands of each type succeeded: shows a run was not vacuous. */
export function acceptedByType(acks: Run['acks']): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { command, result } of acks) if (result.ok) counts[command.type] = (counts[command.type] ?? 0) + 1;
  return counts;
}
