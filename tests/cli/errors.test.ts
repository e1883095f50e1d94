/**
 * Bad input to the CLI: every case exits 2 with a clear message and no stack trace.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../src/simulation/default-scenario.js';
import { describeRun, runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'switchboard-cli-errors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI, expecting exit code 2 and no stack trace; returns stderr. */
function failing(args: readonly string[]): string {
  const run = runCli(args);
  expect(run.code, `${describeRun(args)}\nstdout: ${run.stdout}\nstderr: ${run.stderr}`).toBe(2);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stdout).toBe('');
  return run.stderr;
}

describe('switchboard simulate with a bad scenario file', () => {
  it('lists every problem with its path', () => {
    const scenario = structuredClone(DEFAULT_SCENARIO) as Record<string, any>;
    scenario.queues[0].offerTimeoutMs = -5;
    scenario.agentGroups[1].acceptDelay = { kind: 'exponential', meanMs: -3 };
    scenario.arrivals[2].queueId = 'nowhere';
    const file = join(dir, 'bad-scenario.json');
    writeFileSync(file, JSON.stringify(scenario));
    const stderr = failing(['simulate', file]);
    expect(stderr).toContain(`${file}: switchboard/scenario: 3 problems:`);
    expect(stderr).toContain('queues[0].offerTimeoutMs must be > 0 (got -5)');
    expect(stderr).toContain('agentGroups[1].acceptDelay.meanMs');
    expect(stderr).toContain('arrivals[2].queueId');
  });

  it('names a file that is not JSON', () => {
    const file = join(dir, 'not-json.json');
    writeFileSync(file, '{ "queues": ');
    expect(failing(['simulate', file])).toMatch(/^switchboard: error: .*not-json\.json is not valid JSON: .+\n$/);
  });
});

describe('switchboard with bad flags', () => {
  it.each([
    [['simulate', '--speed', '2'], "unknown option '--speed'"],
    [['simulate', '--customers', '100', '--horizon', '1h'], 'give --customers or --horizon, not both'],
    [['simulate', '--horizon', '8 hours'], '--horizon must be a duration such as 8h, 90m, 30s, 500ms or 1h30m (got "8 hours")'],
    [['simulate', 'no-such-scenario.json'], 'cannot read scenario file no-such-scenario.json: no such file'],
    [['simulate', '--seed', 'seven'], '--seed must be an integer (got "seven")'],
    [['erlang', '--arrivals', '200 per hour', '--handle', '180s'], '--arrivals must be a rate such as 200/h or 100/30m (got "200 per hour")'],
  ])('%j exits 2: %s', (args, message) => {
    const stderr = failing(args);
    expect(stderr).toContain(message);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
