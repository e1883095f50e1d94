/**
 * Invariant 13: the same configuration, seed and commands give a byte-identical event log, also in a
 * fresh Node process. A seeded workload (random and round-robin strategies, restarts from snapshots)
 * runs here under the oracle; its inputs are written to a file and replayed by `replay-cli.ts` in a
 * child process, whose log must equal this one byte for byte.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EngineConfigInput } from '../../src/domain/config/engine.config.js';
import { firstDifference } from '../support/oracle/index.js';
import { MUTANT_CONFIG, runMutantWorkload } from '../support/mutants/mutant-workload.js';

const SEED = Number(process.env.SWITCHBOARD_SEED ?? 20_261_123);
const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'tests/support/harness/replay-cli.ts');

/** The mutant workload's world with seeded choices in it: `random` and `round-robin` queues. */
const CONFIG: EngineConfigInput = {
  ...MUTANT_CONFIG,
  queues: (MUTANT_CONFIG.queues ?? []).map((q) => (q.id === 'support' ? { ...q, strategy: 'random' } : q.id === 'backup' ? { ...q, strategy: 'round-robin' } : q)),
};

describe(`deterministic replay in a fresh process (seed ${SEED})`, () => {
  it('gives a byte-identical log for the same configuration, seed and inputs', () => {
    const run = runMutantWorkload(SEED, { config: CONFIG, stepsMax: 300 });
    expect(run.violations).toEqual([]);
    const here = JSON.stringify(run.checked.log);
    expect(run.checked.log.length).toBeGreaterThan(300);
    expect(run.checked.steps.some((s) => 'restart' in s)).toBe(true);
    // The random queue made offers, so the seeded generator's state had to survive restarts and processes.
    expect(run.checked.log.some((e) => e.type === 'offer.created' && e.queueId === 'support')).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'switchboard-replay-'));
    try {
      writeFileSync(join(dir, 'script.json'), JSON.stringify(run.checked.script()));
      execFileSync(process.execPath, ['--import', 'tsx', CLI, join(dir, 'script.json'), join(dir, 'log.json')], { cwd: ROOT, stdio: 'pipe' });
      const there = readFileSync(join(dir, 'log.json'), 'utf8');
      if (there !== here) expect.fail(firstDifference(run.checked.log, JSON.parse(there), `seed ${SEED}: fresh-process replay`) ?? 'logs differ in formatting');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
