/**
 * `npm run soak`'s command line: help, refusals without a stack trace, and a run so short it covers
 * one or two seeds (the script reads the wall clock, so only what it reports is checked).
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const soak = (...argv: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'tests/simulation/soak.ts', ...argv], { cwd: root, encoding: 'utf8', timeout: 60_000 });

describe('npm run soak (seed 7)', () => {
  it('prints its usage on --help and refuses a bad command line with exit code 2 and one message', () => {
    const help = soak('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run soak -- \[--minutes N\] \[--seed S\]/);
    const cases: [string[], string][] = [
      [['--minutes', 'x'], 'soak: --minutes must be a positive number (got "x")'],
      [['--minutes=-1'], 'soak: --minutes must be a positive number (got "-1")'],
      [['--seed', '1.5'], 'soak: --seed must be a non-negative integer (got "1.5")'],
      [['--minutes', 'Infinity'], 'soak: --minutes must be a positive number (got "Infinity")'],
      [['--bogus'], "soak: Unknown option '--bogus'"],
    ];
    for (const [argv, message] of cases) {
      const run = soak(...argv);
      expect(run.status, argv.join(' ')).toBe(2);
      expect(run.stderr).toBe(`${message}\nsoak: see \`npm run soak -- --help\`\n`);
    }
  });

  it('runs exactly one seed when its time is up before the first, and reports what it checked', () => {
    // 1e-300 minutes adds nothing to the start time: without the at-least-one rule no seed would run.
    const run = soak('--minutes', '1e-300', '--seed', '7');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^soak: seeds from 7 for 1e-300 min \(repeat with --seed 7\)\n/);
    const seeds = /soak: passed: 1 seeds \(7\.\.7\) in [\d.]+ min: ([\d,]+) commands applied, [\d.]+ simulated hours, ([\d,]+) invariant checks evaluated/.exec(run.stdout);
    expect(seeds, run.stdout).not.toBeNull();
    const [, commands, checks] = seeds as unknown as string[];
    expect(Number(commands?.replace(/,/g, ''))).toBeGreaterThan(0);
    expect(Number(checks?.replace(/,/g, ''))).toBeGreaterThan(0);
  });
});
