/**
 * Recovery (D-014): an engine rebuilt from its journal alone, or from its last snapshot plus the
 * journal's tail, is in exactly the state of the run that was never interrupted
 * (`JSON.stringify(engine.snapshot())` equal), and carries on exactly as that run does.
 */
import { copyFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { FileJournal } from '../../src/engine/file-journal.js';
import { InMemoryJournal, type Journal } from '../../src/engine/journal.js';
import type { EngineSnapshot } from '../../src/engine/snapshot-types.js';
import { acceptedByType, commandsOf, continueRun, recover, type Run, startRun, stateOf, tempDir } from './harness.js';

const COMMANDS = 600;
const SNAPSHOT_AT = 250;
const temp = tempDir('recovery');
afterAll(() => temp.remove());

/** A journal kind: how to open a journal for a run, and how to copy it for a recovery. */
interface JournalKind {
  readonly name: string;
  open(id: string): Journal;
  /**
   * What a recovering process opens: a copy of the crashed writer's journal (the writer's handle is
   * gone), so every test recovers from the same bytes and may write on.
   */
  fork(journal: Journal): Journal;
}

let forks = 0;

const KINDS: readonly JournalKind[] = [
  {
    name: 'InMemoryJournal',
    open: () => new InMemoryJournal(),
    fork: (journal) => {
      const copy = new InMemoryJournal();
      for (const entry of journal.read().entries) copy.append(entry);
      return copy;
    },
  },
  {
    name: 'FileJournal',
    open: (id) => new FileJournal(`${temp.dir}/${id}.jsonl`),
    fork: (journal) => {
      const path = `${temp.dir}/fork-${++forks}.jsonl`;
      copyFileSync((journal as FileJournal).path, path);
      return new FileJournal(path);
    },
  },
];

/** A run of `commands` commands that saves a snapshot after command `SNAPSHOT_AT`. */
function runWithSnapshot(kind: JournalKind, id: string, workloadSeed: number, commands = COMMANDS): { run: Run; snapshot: () => EngineSnapshot } {
  const run = startRun(workloadSeed, 0, kind.open(id));
  let saved = '';
  continueRun(run, commands, (n) => {
    if (n === SNAPSHOT_AT) saved = stateOf(run.engine);
  });
  return { run, snapshot: () => JSON.parse(saved) as EngineSnapshot };
}

/** A snapshot's text without its journal length (which every dispatch, even a repeat, advances). */
function withoutJournalLength(state: string): unknown {
  return { ...(JSON.parse(state) as EngineSnapshot), journalLength: null };
}

describe.each(KINDS)('recovery with $name', (kind) => {
  describe.each([11, 23])('(workload seed %i, engine seed 7)', (workloadSeed) => {
    const reference = startRun(workloadSeed, COMMANDS, kind.open(`reference-${workloadSeed}`));
    const withSnapshot = runWithSnapshot(kind, `snap-${workloadSeed}`, workloadSeed);
    const finalState = stateOf(reference.engine);

    it('runs a varied workload (not a vacuous comparison)', () => {
      const accepted = acceptedByType(reference.acks);
      for (const type of ['contact.create', 'offer.accept', 'offer.reject', 'contact.complete', 'session.close', 'session.rate', 'callback.request', 'contact.transfer']) {
        expect(accepted[type] ?? 0, `accepted ${type} commands`).toBeGreaterThan(0);
      }
      expect(reference.acks.some((a) => !a.result.ok)).toBe(true);
      expect(reference.engine.snapshot().journalLength).toBe(COMMANDS);
      expect(stateOf(withSnapshot.run.engine)).toBe(finalState);
    });

    it('recovers from the journal alone to the state of the uninterrupted run', () => {
      const journal = kind.fork(withSnapshot.run.journal);
      const { engine } = recover(journal, withSnapshot.run.clock.now());
      expect(stateOf(engine)).toBe(finalState);
    });

    it('recovers from the last snapshot plus the journal tail to the same state', () => {
      const journal = kind.fork(withSnapshot.run.journal);
      const snapshot = withSnapshot.snapshot();
      expect(snapshot.journalLength).toBe(SNAPSHOT_AT);
      const { engine } = recover(journal, withSnapshot.run.clock.now(), snapshot);
      expect(stateOf(engine)).toBe(finalState);
    });

    it.each(['journal', 'snapshot'] as const)('crashes half-way, recovers from the %s, and continues exactly as the uninterrupted run', (from) => {
      const half = runWithSnapshot(kind, `crash-${from}-${workloadSeed}`, workloadSeed, COMMANDS / 2);
      // The crash: the engine object is gone; its clients (the workload) and the clock go on.
      const journal = kind.fork(half.run.journal);
      const { engine, clock } = recover(journal, half.run.clock.now(), from === 'snapshot' ? half.snapshot() : undefined);
      const resumed: Run = { ...half.run, engine, clock, journal };
      continueRun(resumed, COMMANDS / 2);
      expect(stateOf(engine)).toBe(finalState);
      expect(commandsOf(journal.read().entries)).toEqual(commandsOf(reference.journal.read().entries));
    });

    it('gives the same results when an acknowledged command is retried after recovery (idempotence survives)', () => {
      const journal = kind.fork(withSnapshot.run.journal);
      const { engine } = recover(journal, withSnapshot.run.clock.now(), withSnapshot.snapshot());
      for (const ack of withSnapshot.run.acks.slice(-50)) expect(engine.dispatch(ack.command)).toEqual(ack.result);
      expect(withoutJournalLength(stateOf(engine))).toEqual(withoutJournalLength(finalState));
    });
  });
});
