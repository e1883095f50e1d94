/**
 * The benchmark tools' command lines: `--help` exits 0 with the usage, a bad option or value exits 2
 * with a line naming it and no stack trace, and the runner checks its options against each other,
 * against the suite and against the files they name before anything is built or run.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { libraryFile, parseToolArgs, positiveInteger, UsageError } from '../../bench/cli.js';
import { parseRunOptions, RUN_USAGE } from '../../bench/run-options.js';
import { suite } from '../../bench/suite.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const dir = mkdtempSync(join(tmpdir(), 'bench-command-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** Any file that exists stands for the library: these options are read, not run. */
const lib = join(root, 'package.json');
const file = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const ciRun = file('ci-run.json', JSON.stringify({ mode: 'ci', note: '', machine: '', lib: 'saved-lib.js', results: [] }));
const fullRun = file('full-run.json', JSON.stringify({ mode: 'full', note: '', machine: '', lib: '', results: [] }));
const parse = (...argv: string[]) => parseRunOptions(['--lib', lib, ...argv], root);
const refused = (argv: string[], message: RegExp | string) => expect(() => parseRunOptions(argv, root)).toThrow(message);

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
      committed: expect.objectContaining({ commit: expect.stringMatching(/^[0-9a-f]{40}$/), results: expect.any(Object) }),
      writeBaseline: false,
      note: undefined,
      saved: undefined,
      verbose: false,
    });
    const options = parse('--ci', '--only', 'reference-chat, burst', '--pairs', '3', '--against', 'HEAD', '--json', join(dir, 'out.json'), '--no-svg', '--verbose');
    expect(options).toMatchObject({ ci: true, only: ['reference-chat', 'burst'], pairs: 3, against: 'HEAD', json: join(dir, 'out.json'), noSvg: true, verbose: true });
    expect(parse('--ci', '--write-baseline')).toMatchObject({ writeBaseline: true, committed: undefined });
  });

  it('refuses unknown options and bad values, naming them', () => {
    refused(['--bogus'], /^Unknown option '--bogus'/);
    refused(['--pairs'], /--pairs <value>' argument missing/);
    refused(['--lib', lib, 'stray'], /Unexpected argument 'stray'/);
    refused(['--lib', lib, '--pairs', '-1'], /^Option '--pairs' argument is ambiguous\.$/);
    for (const pairs of ['0', '-1', '1.5', 'x', '']) refused(['--lib', lib, `--pairs=${pairs}`], new RegExp(`--pairs must be a positive integer \\(got "${pairs}"\\)`));
    refused(['--lib', lib, '--against', 'no-such-ref'], /^--against: "no-such-ref" is not a commit of this repository/);
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
    refused(['--lib', lib, '--svg', join(dir, 'a.svg'), '--no-svg'], /--svg and --no-svg contradict each other/);
    refused(['--from-json', ciRun, '--only', 'burst', '--pairs', '2'], /^--from-json prints a saved run and runs nothing, so --only, --pairs cannot apply$/);
    const running: [string[], string][] = [
      [['--against', 'HEAD'], '--against'],
      [['--lib', lib], '--lib'],
      [['--ci', '--write-baseline'], '--write-baseline'],
    ];
    for (const [argv, name] of running) refused(['--from-json', ciRun, ...argv], new RegExp(`so ${name} cannot apply$`));
    refused(['--from-json', fullRun, '--ci'], `--ci: ${fullRun} is a run of the full suite`);
    expect(parseRunOptions(['--from-json', ciRun, '--ci', '--note', 'n', '--json', join(dir, 'x.json')], root)).toMatchObject({ saved: { mode: 'ci' }, note: 'n', lib: 'saved-lib.js' });
  });

  it('refuses a library, a saved run or a baseline that is not there or not what it should be', () => {
    const empty = mkdtempSync(join(dir, 'root-'));
    expect(() => parseRunOptions([], empty)).toThrow(`no library at ${join(empty, 'dist/index.js')} (build it first: npx tsup, or use npm run bench, which does)`);
    refused(['--lib', join(empty, 'lib.js')], `no library at ${join(empty, 'lib.js')}`);
    refused(['--lib', empty], `--lib: ${empty} is not a file`);
    refused(['--from-json', join(empty, 'run.json')], /^--from-json: no file at /);
    refused(['--from-json', file('torn.json', '{"mode": "full", "results": ')], /^--from-json: .*torn\.json is not JSON \(/);
    refused(['--from-json', file('nightly.json', '{"mode": "nightly", "results": []}')], /nightly\.json is not a run saved with --json/);
    refused(['--from-json', file('no-results.json', '{"mode": "ci", "results": {}}')], /no-results\.json is not a run saved with --json/);
    refused(['--lib', lib, '--baseline', join(empty, 'b.json')], `--baseline: no file at ${join(empty, 'b.json')}`);
    refused(['--lib', lib, '--ci', '--baseline', file('bad-baseline.json', '[')], /^--baseline: .*bad-baseline\.json is not JSON/);
    refused(['--lib', lib, '--ci', '--baseline', file('not-baseline.json', '{"commit": "abc"}')], /not-baseline\.json is not a baseline written by --write-baseline/);
  });

  it('refuses, before running, a path it could not write after the run', () => {
    refused(['--lib', lib, '--json', ''], '--json needs a file path');
    refused(['--lib', lib, '--json', join(dir, 'no-dir', 'out.json')], `--json: no directory ${join(dir, 'no-dir')} to write`);
    refused(['--lib', lib, '--svg', ' '], '--svg needs a file path');
    mkdirSync(join(dir, 'a-dir'), { recursive: true });
    refused(['--lib', lib, '--svg', join(dir, 'a-dir')], `--svg: ${join(dir, 'a-dir')} is a directory`);
    refused(['--lib', lib, '--ci', '--write-baseline', '--baseline', join(dir, 'no-dir', 'b.json')], '--baseline: no directory');
    expect(parse('--ci', '--write-baseline', '--baseline', join(dir, 'new-baseline.json')).baseline).toBe(join(dir, 'new-baseline.json'));
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
    expect(() => parseToolArgs(['--tpo', '7'], 'usage', options)).toThrow(UsageError);
    expect(() => parseToolArgs(['x'], 'usage', options)).toThrow(UsageError);
    expect(() => parseToolArgs(['-h'], 'the usage', options)).toThrow('the usage');
    expect(positiveInteger('--top', '12')).toBe(12);
    for (const bad of ['0', '2.5', 'ten', ' ', '']) expect(() => positiveInteger('--top', bad)).toThrow(`--top must be a positive integer (got "${bad}")`);
    expect(libraryFile(undefined, lib)).toBe(lib);
    expect(() => libraryFile(undefined, join(dir, 'none.js'), 'make it')).toThrow(`no library at ${join(dir, 'none.js')} (build it first: make it)`);
  });

  /** Per tool, bad command lines and what the message names. */
  const tools: [string, [string[], string][]][] = [
    ['bench/run.ts', [[['--only', 'nosuch'], 'no case "nosuch"'], [['--lib', dir, '--only', 'burst', '--no-svg'], 'is not a file']]],
    [
      'bench/profile.ts',
      [
        [['nosuch'], 'no case "nosuch"'],
        [['reference-chat', 'burst'], 'one case id at most (got 2: reference-chat burst)'],
        [['--top', '0'], '--top must be a positive integer (got "0")'],
        [['--lib', dir], 'is not a file'],
      ],
    ],
    [
      'bench/instructions.ts',
      [
        [['--contacts', '5'], '--contacts must be an integer above --base'],
        [['nosuch'], 'no throughput case "nosuch"'],
        [['reference-chat', 'burst'], 'one case id at most (got 2: reference-chat burst)'],
        [['--top=-1'], '--top must be 0 or a positive integer (got "-1")'],
        [['--lib', dir], 'is not a file'],
        [['--params', '[1]'], '--params must be a JSON object (got [1])'],
      ],
    ],
    [
      'bench/heap-shapes.ts',
      [
        [['--top', '0'], '--top must be a positive integer (got "0")'],
        [['0'], 'agents must be a positive integer (got "0")'],
        [['1', '2'], 'one argument, the number of agents (got 2: 1 2)'],
        [['--lib', dir], 'is not a file'],
      ],
    ],
  ];
  it.each(tools)('%s: --help exits 0, each bad command line exits 2 with its message and no stack trace', (script, bads) => {
    const run = (...argv: string[]) => spawnSync(process.execPath, ['--import', 'tsx', script, ...argv], { cwd: root, encoding: 'utf8', timeout: 30_000 });
    const help = run('--help');
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout).toMatch(/^Usage: /);
    const tool = script.replace(/\.ts$/, '');
    for (const [bad, message] of bads) {
      const wrong = run(...bad, ...(bad.includes('--lib') ? [] : ['--lib', lib]));
      expect(wrong.status, `${script} ${bad.join(' ')}: ${wrong.stderr}`).toBe(2);
      expect(wrong.stdout).toBe('');
      expect(wrong.stderr).not.toMatch(/\n\s+at /);
      const [first, second] = wrong.stderr.split('\n');
      expect(first).toMatch(new RegExp(`^${tool}: `));
      expect(first).toContain(message);
      expect(second).toBe(`${tool}: see \`npx tsx ${script} --help\``);
    }
  });
});
