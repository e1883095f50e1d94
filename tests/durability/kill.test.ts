/**
 * Crash safety (D-014): a child process runs the seeded workload on a `FileJournal` and is killed with
 * SIGKILL at a random point. Recovering from its last snapshot plus its journal must lose no
 * acknowledged command (each one's remembered result is the one the child printed) and must give
 * exactly the state of an uninterrupted run of the same commands up to the last journaled one, after
 * which the recovered engine carries on like that run.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CommandResult } from '../../src/index.js';
import { FileJournal } from '../../src/engine/file-journal.js';
import type { EngineSnapshot } from '../../src/engine/snapshot-types.js';
import { commandsOf, continueRun, recover, type Run, startRun, stateOf, tempDir } from './harness.js';
import { seededRandom } from '../support/seeded-random.js';

const ROOT = join(import.meta.dirname, '../..');
const CHILD = join(import.meta.dirname, 'kill-child.ts');
const KILL_SEED = 20_240_607;
const WORKLOAD_SEED = 31;
const SNAPSHOT_EVERY = 100;
const FSYNC_POLICIES = ['always', 'never', '250'] as const;
const CHILD_LIFE_MS_MAX = 30_000;

/** An acknowledged command, as the child printed it. */
interface Ack {
  readonly n: number;
  readonly commandId: string;
  readonly result: CommandResult;
}

/** What a killed child left behind. */
interface Killed {
  readonly acks: readonly Ack[];
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
}

/** The kill points: right after start, then acknowledged-command counts drawn from `KILL_SEED`. */
function killPoints(): { afterAcks: number; fsync: string }[] {
  const rnd = seededRandom(KILL_SEED);
  const points = [0, ...Array.from({ length: 4 }, () => rnd.int(1, 800))];
  return points.map((afterAcks, i) => ({ afterAcks, fsync: FSYNC_POLICIES[i % FSYNC_POLICIES.length] as string }));
}

function parseAck(line: string): Ack {
  const [, n, commandId] = line.split(' ', 3) as [string, string, string];
  const json = line.slice(`ack ${n} ${commandId} `.length);
  return { n: Number(n), commandId, result: JSON.parse(json) as CommandResult };
}

/** Runs the child until it has acknowledged `afterAcks` commands (0: until it is ready), then SIGKILLs it. */
function runAndKill(dir: string, afterAcks: number, fsync: string): Promise<Killed> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', CHILD, dir, String(WORKLOAD_SEED), '1000000', String(SNAPSHOT_EVERY), fsync],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const acks: Ack[] = [];
  let pending = '';
  let stderr = '';
  const onLine = (line: string): void => {
    if (line.startsWith('ack ')) acks.push(parseAck(line));
    if ((line === 'ready' && afterAcks === 0) || (line.startsWith('ack ') && acks.length === afterAcks)) child.kill('SIGKILL');
  };
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    // Only whole lines count: a line cut by the kill was never acknowledged.
    for (let end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
      onLine(pending.slice(0, end));
      pending = pending.slice(end + 1);
    }
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  // A safety net: a child that is never told to die must not outlive the test.
  const guard = setTimeout(() => child.kill('SIGKILL'), CHILD_LIFE_MS_MAX);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      clearTimeout(guard);
      resolve({ acks, signal, stderr });
    });
  });
}

const temp = tempDir('kill');
afterAll(() => temp.remove());

describe(`recovery after SIGKILL (kill seed ${KILL_SEED}, workload seed ${WORKLOAD_SEED}, snapshot every ${SNAPSHOT_EVERY})`, () => {
  it.each(killPoints())('loses nothing when killed after $afterAcks acknowledged commands (fsync $fsync)', async ({ afterAcks, fsync }) => {
    const dir = join(temp.dir, `kill-${afterAcks}`);
    mkdirSync(dir);
    const killed = await runAndKill(dir, afterAcks, fsync);
    expect(killed.signal, `the child should die of SIGKILL; stderr:\n${killed.stderr}`).toBe('SIGKILL');
    expect(killed.acks.length).toBeGreaterThanOrEqual(afterAcks);

    // Recovery, as a restarted process would do it: the last snapshot (if any) plus the journal.
    const journal = new FileJournal(join(dir, 'journal.jsonl'));
    const entries = journal.read().entries;
    const last = entries[entries.length - 1]!;
    const snapshotPath = join(dir, 'snapshot.json');
    const snapshot = existsSync(snapshotPath) ? (JSON.parse(readFileSync(snapshotPath, 'utf8')) as EngineSnapshot) : undefined;
    const torn: string[] = [];
    const recovered = recover(journal, last.clockMs, snapshot, (line) => torn.push(line));
    const state = JSON.parse(stateOf(recovered.engine)) as EngineSnapshot;
    const journaled = last.n;
    const context = `kill after ${afterAcks} acks: ${killed.acks.length} acknowledged, ${journaled} journaled, snapshot at ${snapshot?.journalLength ?? 'none'}, torn tail ${JSON.stringify(torn)}`;

    // No acknowledged command is lost: it is journaled, and its remembered result is the one acknowledged.
    expect(state.journalLength, context).toBe(journaled);
    expect(journaled, context).toBeGreaterThanOrEqual(killed.acks.length);
    const remembered = new Map(state.commandMemory);
    // Generated ids count up: c-N exists (live or ended) once the contact counter reached N.
    const created = (contactId: string) => Number(/^c-(\d+)$/.exec(contactId)?.[1] ?? Infinity) <= state.counters.contact;
    for (const ack of killed.acks) {
      expect((entries[ack.n]?.command as { commandId?: string } | undefined)?.commandId, context).toBe(ack.commandId);
      expect(remembered.get(ack.commandId), `${context}: result of ${ack.commandId}`).toEqual(ack.result);
      if (ack.result.ok && ack.result.contactId !== undefined) expect(created(ack.result.contactId), `${context}: ${ack.result.contactId}`).toBe(true);
    }

    // The same state as an uninterrupted run of the same commands up to the last journaled one.
    const reference = startRun(WORKLOAD_SEED, journaled);
    expect(commandsOf(entries), context).toEqual(commandsOf(reference.journal.read().entries));
    expect(stateOf(recovered.engine), context).toBe(stateOf(reference.engine));

    // And it carries on like that run: the same next commands give the same state.
    const twin = startRun(WORKLOAD_SEED, journaled);
    const resumed: Run = { ...twin, engine: recovered.engine, clock: recovered.clock, journal };
    continueRun(reference, 200);
    continueRun(resumed, 200);
    expect(stateOf(recovered.engine), context).toBe(stateOf(reference.engine));
    journal.close();
  });
});
