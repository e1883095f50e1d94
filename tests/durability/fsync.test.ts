/**
 * `FileJournal` fsync policies: `always` syncs every entry, `never` leaves it to the OS, a number of
 * ms syncs at most that often (by the given clock). Every policy writes the same bytes and recovers
 * the same state. `fsyncSync` is wrapped to count calls; it still syncs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { FileJournal, type FileJournalOptions } from '../../src/engine/file-journal.js';
import { VirtualClock } from '../../src/index.js';
import { recover, type Run, START_MS, startRun, stateOf, tempDir } from './harness.js';

const syncs = vi.hoisted(() => ({ atMs: [] as number[], nowMs: (): number => -1 }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const fsyncSync = (fd: number): void => {
    syncs.atMs.push(syncs.nowMs());
    fs.fsyncSync(fd);
  };
  return { ...fs, fsyncSync, default: { ...fs, fsyncSync } };
});

const WORKLOAD_SEED = 9;
const COMMANDS = 300;
const INTERVAL_MS = 1_000;
const temp = tempDir('fsync');
afterAll(() => temp.remove());
beforeEach(() => {
  syncs.atMs.length = 0;
  syncs.nowMs = () => -1;
});

/** A run on a file journal with `options`; fsync calls are stamped with the run's clock. */
function runWith(name: string, options: (clockNow: () => number) => FileJournalOptions): { run: Run; path: string; text: string } {
  const path = join(temp.dir, `${name}.jsonl`);
  const clock = new VirtualClock(START_MS);
  syncs.nowMs = () => clock.now();
  const journal = new FileJournal(path, options(() => clock.now()));
  const run = startRun(WORKLOAD_SEED, COMMANDS, journal, () => {}, clock);
  journal.close();
  return { run, path, text: readFileSync(path, 'utf8') };
}

const reference = startRun(WORKLOAD_SEED, COMMANDS);

/** Recovers from the file journal alone and returns the state. */
function recovered(path: string, clockMs: number): string {
  const journal = new FileJournal(path);
  const state = stateOf(recover(journal, clockMs).engine);
  journal.close();
  return state;
}

describe(`fsync policies (workload seed ${WORKLOAD_SEED})`, () => {
  it('always: syncs once per entry, the start entry included', () => {
    const { run, path } = runWith('always', () => ({ fsync: 'always' }));
    expect(syncs.atMs).toHaveLength(COMMANDS + 1);
    expect(recovered(path, run.clock.now())).toBe(stateOf(reference.engine));
  });

  it('always is the default', () => {
    runWith('default', () => ({}));
    expect(syncs.atMs).toHaveLength(COMMANDS + 1);
  });

  it('never: leaves syncing to the OS and still recovers', () => {
    const { run, path } = runWith('never', () => ({ fsync: 'never' }));
    expect(syncs.atMs).toHaveLength(0);
    expect(recovered(path, run.clock.now())).toBe(stateOf(reference.engine));
  });

  it(`an interval: syncs on the first entry at least ${INTERVAL_MS} ms after the last sync, by the given clock`, () => {
    const { run, path } = runWith('interval', (now) => ({ fsync: INTERVAL_MS, nowMs: now }));
    // The model: an entry written `INTERVAL_MS` or more after the last sync (initially at 0) is synced.
    const expected: number[] = [];
    let lastMs = 0;
    for (const entry of reference.journal.read().entries) {
      if (entry.clockMs - lastMs >= INTERVAL_MS) expected.push((lastMs = entry.clockMs));
    }
    expect(syncs.atMs).toEqual(expected);
    expect(syncs.atMs.length).toBeGreaterThan(10);
    expect(syncs.atMs.length).toBeLessThan(COMMANDS / 2);
    expect(recovered(path, run.clock.now())).toBe(stateOf(reference.engine));
  });

  it('writes the same bytes whatever the policy', () => {
    const texts = [
      runWith('same-always', () => ({ fsync: 'always' })).text,
      runWith('same-never', () => ({ fsync: 'never' })).text,
      runWith('same-interval', (now) => ({ fsync: 50, nowMs: now })).text,
    ];
    expect(texts[1]).toBe(texts[0]);
    expect(texts[2]).toBe(texts[0]);
    expect(texts[0]!.split('\n')).toHaveLength(COMMANDS + 2);
  });

  // BUG: FileJournalOptions.nowMs is documented to default to the wall clock, but FileJournal uses
  // `this.options.nowMs?.() ?? 0`: without nowMs the interval policy compares 0 with 0 and never syncs.
  it('an interval without nowMs syncs by the wall clock (its documented default)', async () => {
    const path = join(temp.dir, 'interval-default.jsonl');
    const journal = new FileJournal(path, { fsync: 20 });
    journal.append({ n: 0, clockMs: 0, command: null });
    await new Promise((resolve) => setTimeout(resolve, 40));
    journal.append({ n: 1, clockMs: 0, command: { type: 'agent.setStatus', agentId: 'ann', status: 'available' } });
    await new Promise((resolve) => setTimeout(resolve, 40));
    journal.append({ n: 2, clockMs: 0, command: { type: 'agent.setStatus', agentId: 'ann', status: 'break' } });
    journal.close();
    expect(syncs.atMs.length).toBeGreaterThan(0);
  });
});
