/**
 * The process the kill test murders: runs the seeded workload on a `FileJournal` in a directory,
 * writes `snapshot.json` every `snapshotEvery` commands (to a temporary file, then renamed, so a
 * snapshot is whole or absent), and prints one line per acknowledged command:
 * `ack <n> <commandId> <result as JSON>`. It prints `ready` once the engine exists and runs until it
 * is killed (or `commands` commands are done, then prints `done`).
 *
 * Usage: node --import tsx tests/durability/kill-child.ts <dir> <workloadSeed> <commands> <snapshotEvery> <fsync>
 * where fsync is `always`, `never` or a number of ms.
 */
import { renameSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { FileJournal } from '../../src/engine/file-journal.js';
import { VirtualClock } from '../../src/index.js';
import { continueRun, START_MS, startRun } from './harness.js';

const [dir, seedText, commandsText, everyText, fsyncText] = process.argv.slice(2) as [string, string, string, string, string];
const fsync = fsyncText === 'always' || fsyncText === 'never' ? fsyncText : Number(fsyncText);
const snapshotEvery = Number(everyText);
const clock = new VirtualClock(START_MS);
const journal = new FileJournal(join(dir, 'journal.jsonl'), { fsync, nowMs: () => clock.now() });

// Pipes are synchronous on Linux, and writeSync makes sure: once a line is out, the parent may count it.
const print = (line: string): void => {
  writeSync(1, `${line}\n`);
};

const run = startRun(Number(seedText), 0, journal, () => {}, clock);
print('ready');
continueRun(run, Number(commandsText), (n, command, result) => {
  print(`ack ${n} ${command.commandId} ${JSON.stringify(result)}`);
  if (n % snapshotEvery === 0) {
    const path = join(dir, 'snapshot.json');
    writeFileSync(`${path}.tmp`, JSON.stringify(run.engine.snapshot()));
    renameSync(`${path}.tmp`, path);
  }
});
print('done');
