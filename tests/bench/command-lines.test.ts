/**
 * The benchmark tools' command lines: `--help` exits 0 with the usage, a bad option or value exits 2
 * with one line naming it and no stack trace, and the runner checks its options against each other
 * and against the suite before anything is built or run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BenchUsageError, parseToolArgs, positiveInteger } from '../../bench/cli.js';
import { parseRunOptions, RUN_USAGE } from '../../bench/run-options.js';
import { suite } from '../../bench/suite.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
/** Any file that exists stands for the library: these options are read, not run. */
const lib = join(root, 'package.json');
const parse = (...argv: string[]) => parseRunOptions(['--lib', lib, ...argv], root);
const refused = (argv: string[], message: RegExp) => expect(() => parseRunOptions(argv, root)).toThrow(message);

describe('bench/run options', () => {
  it('reads the options with their defaults', () => {
    expect(parse()).toEqual({
      ci: false,
      only: undefined,
      pairs: 1,
      against: undefined,
      json: undefined,
      svg: undefined,
      noSvg: false,
      lib,
      baseline: join(root, 'bench/baseline.json'),
      writeBaseline: false,
      note: undefined,
      fromJson: undefined,
      verbose: false,
    });
    const options = parse('--ci', '--only', 'reference-chat, burst', '--pairs', '3', '--against', 'HEAD~2', '--json', 'out.json', '--no-svg', '--verbose');
    expect(options).toMatchObject({ ci: true, only: ['reference-chat', 'burst'], pairs: 3, against: 'HEAD~2', json: 'out.json', noSvg: true, verbose: true });
    expect(parse('--ci', '--write-baseline').writeBaseline).toBe(true);
  });

  it('refuses unknown options and bad values, naming them', () => {
    refused(['--bogus'], /^Unknown option '--bogus'/);
    refused(['--pairs'], /--pairs <value>' argument missing/);
    refused(['--lib', lib, 'stray'], /Unexpected argument 'stray'/);
    refused(['--lib', lib, '--pairs', '-1'], /^Option '--pairs' argument is ambiguous\.$/);
    for (const pairs of ['0', '-1', '1.5', 'x', '']) refused(['--lib', lib, `--pairs=${pairs}`], new RegExp(`--pairs must be a positive integer \\(got "${pairs}"\\)`));
  });

  it('refuses case ids its suite does not have, and lists the ones it has', () => {
    const fullIds = suite('full').map((c) => c.id);
    refused(['--lib', lib, '--only', 'reference-chat,nosuch,other'], new RegExp(`^--only: no case "nosuch", "other" in the full suite; its cases: ${fullIds.join(', ')}$`));
    refused(['--lib', lib, '--ci', '--only', 'agents-100000'], /no case "agents-100000" in the CI suite \(only the full suite has it: drop --ci\)/);
    refused(['--lib', lib, '--only', ' , '], /--only needs at least one case id/);
    expect(parse('--only', 'agents-100000').only).toEqual(['agents-100000']);
  });

  it('refuses options that contradict each other', () => {
    refused(['--lib', lib, '--write-baseline'], /--write-baseline records the CI suite: use it with --ci/);
    refused(['--lib', lib, '--ci', '--write-baseline', '--against', 'HEAD'], /cannot be used with --against/);
    refused(['--lib', lib, '--svg', 'a.svg', '--no-svg'], /--svg and --no-svg contradict each other/);
    refused(['--from-json', lib, '--only', 'burst', '--pairs', '2'], /^--from-json prints a saved run and runs nothing, so --only, --pairs cannot apply$/);
    expect(parseRunOptions(['--from-json', lib, '--note', 'n', '--json', 'x.json'], root)).toMatchObject({ fromJson: lib, note: 'n', json: 'x.json' });
  });

  it('refuses a library or a saved run that is not there', () => {
    const empty = mkdtempSync(join(tmpdir(), 'bench-options-'));
    expect(() => parseRunOptions([], empty)).toThrow(`no library at ${join(empty, 'dist/index.js')} (build it: npx tsup, or use npm run bench, which does)`);
    refused(['--lib', join(empty, 'lib.js')], new RegExp(`^no library at ${join(empty, 'lib.js')}$`));
    refused(['--from-json', join(empty, 'run.json')], /^--from-json: no file at /);
  });

  it('lists every case of both suites in its help', () => {
    for (const c of suite('full')) expect(RUN_USAGE).toContain(c.id);
    expect(() => parse('--help')).toThrow(RUN_USAGE);
  });
});

describe('bench tools shared command line', () => {
  it('turns parse errors into usage errors and adds --help', () => {
    const options = { top: { type: 'string', default: '5' } } as const;
    expect(parseToolArgs(['--top', '7', 'x'], 'usage', options, true)).toMatchObject({ values: { top: '7' }, positionals: ['x'] });
    expect(() => parseToolArgs(['--tpo', '7'], 'usage', options)).toThrow(BenchUsageError);
    expect(() => parseToolArgs(['x'], 'usage', options)).toThrow(BenchUsageError);
    expect(() => parseToolArgs(['-h'], 'the usage', options)).toThrow('the usage');
    expect(positiveInteger('--top', '12')).toBe(12);
    for (const bad of ['0', '2.5', 'ten', ' ']) expect(() => positiveInteger('--top', bad)).toThrow(`--top must be a positive integer (got "${bad}")`);
  });

  it.each([
    ['bench/run.ts', ['--only', 'nosuch'], 'bench/run: --only: no case "nosuch"'],
    ['bench/profile.ts', ['nosuch'], 'bench/profile: no case "nosuch"'],
    ['bench/instructions.ts', ['--contacts', '5'], 'bench/instructions: --contacts must be an integer above --base'],
    ['bench/heap-shapes.ts', ['--top', '0'], 'bench/heap-shapes: --top must be a positive integer (got "0")'],
  ])('%s: --help exits 0, a bad command line exits 2 with its message and no stack trace', (script, bad, message) => {
    const run = (...argv: string[]) => spawnSync(process.execPath, ['--import', 'tsx', script, ...argv], { cwd: root, encoding: 'utf8' });
    const help = run('--help');
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout).toMatch(/^Usage: /);
    const wrong = run(...bad, '--lib', lib);
    expect(wrong.status).toBe(2);
    expect(wrong.stdout).toBe('');
    expect(wrong.stderr.split('\n')[0]).toContain(message);
    expect(wrong.stderr).not.toMatch(/\n\s+at /);
  });
});

it('a saved run that is not one is refused before anything runs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-saved-'));
  const notJson = join(dir, 'a.json');
  writeFileSync(notJson, '{"mode": "full", "results": ');
  const notRun = join(dir, 'b.json');
  writeFileSync(notRun, '{"mode": "nightly", "results": []}');
  const run = (path: string) => spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--from-json', path], { cwd: root, encoding: 'utf8' });
  expect(run(notJson)).toMatchObject({ status: 2, stdout: '' });
  expect(run(notJson).stderr).toMatch(/^bench\/run: --from-json: .*a\.json is not JSON \(/);
  expect(run(notRun).stderr).toMatch(/^bench\/run: --from-json: .*b\.json is not a run saved with --json/);
});
