/**
 * The benchmark runner's command line (`npm run bench -- ...`): read, checked against each other and
 * against the suite before anything is built or run, so a typo costs a line, not a ten-minute run.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { resolveCommit } from './baseline-build.js';
import { libraryFile, parseToolArgs, positiveInteger, UsageError } from './cli.js';
import type { Baseline } from './compare.js';
import type { CaseResult } from './format.js';
import { suite } from './suite.js';

/** The runner's `--help`, with the ids of both suites. */
export const RUN_USAGE = `Usage: npm run bench -- [options]      (npm run bench:ci -- [options] for the short suite)
       npx tsx bench/run.ts [options]   (the same, without building dist/ first)

Runs the benchmarks against the built dist/ and prints a table per case, the scaling curves and the
targets. npm run bench and npm run bench:ci build dist/ first.

Options:
  --ci                 the short suite (under two minutes), compared as ratios with the commit named
                       in bench/baseline.json, built and run beside this build
  --only <ids>         run only these cases (comma-separated ids; an unknown id is an error)
  --pairs <n>          runs of each build per case, medians compared (default 1)
  --against <ref>      build this commit (any git ref) and run it beside this build, case by case
  --json <path>        also write every result to a JSON file
  --svg <path>         where to draw the scaling chart (default docs/scaling.svg when the whole full
                       suite runs)
  --no-svg             draw no chart
  --lib <path>         the library to measure (default dist/index.js)
  --baseline <path>    the baseline file (default bench/baseline.json)
  --write-baseline     with --ci: record this run as the baseline (names HEAD's commit)
  --note <text>        the note printed over the tables (default: date, machine, load average)
  --from-json <path>   print, chart and compare a run saved with --json; runs nothing (its suite is
                       the saved run's: --ci may be given only for a CI run)
  --verbose            list every metric in the comparison, not only regressions
  -h, --help           this text

Cases of the full suite: ${suite('full').map((c) => c.id).join(', ')}
Cases of the CI suite:   ${suite('ci').map((c) => c.id).join(', ')}`;

/** The runner's options, checked. */
export interface RunOptions {
  readonly ci: boolean;
  readonly only: readonly string[] | undefined;
  readonly pairs: number;
  readonly against: string | undefined;
  readonly json: string | undefined;
  readonly svg: string | undefined;
  readonly noSvg: boolean;
  readonly lib: string;
  readonly baseline: string;
  /** The baseline read from `baseline` (undefined when there is none yet, or with `--write-baseline`). */
  readonly committed: Baseline | undefined;
  readonly writeBaseline: boolean;
  readonly note: string | undefined;
  /** The run read from `--from-json`. */
  readonly saved: SavedRun | undefined;
  readonly verbose: boolean;
}

/** Options that only make sense when cases run (not with `--from-json`). */
const RUNNING_OPTIONS = ['only', 'pairs', 'against', 'lib', 'write-baseline'] as const;

/**
 * Reads `argv` (the arguments after the script); `root` is the repository. Throws `UsageError`
 * for anything that would otherwise fail, or be ignored, after a run: paths are checked, a saved run
 * and a given baseline are read, an `--against` ref is resolved.
 */
export function parseRunOptions(argv: readonly string[], root: string): RunOptions {
  const { values } = parseToolArgs(argv, RUN_USAGE, {
    ci: { type: 'boolean' },
    json: { type: 'string' },
    svg: { type: 'string' },
    'no-svg': { type: 'boolean' },
    only: { type: 'string' },
    lib: { type: 'string' },
    baseline: { type: 'string' },
    'write-baseline': { type: 'boolean' },
    note: { type: 'string' },
    'from-json': { type: 'string' },
    against: { type: 'string' },
    pairs: { type: 'string' },
    verbose: { type: 'boolean' },
  });
  const fromJson = values['from-json'];
  const ci = values.ci === true;
  const saved = fromJson === undefined ? undefined : readSavedRun(fromJson);
  if (saved !== undefined) {
    const running = RUNNING_OPTIONS.filter((name) => values[name] !== undefined);
    if (running.length > 0) throw new UsageError(`--from-json prints a saved run and runs nothing, so --${running.join(', --')} cannot apply`);
    if (ci && saved.mode !== 'ci') throw new UsageError(`--ci: ${fromJson} is a run of the ${saved.mode} suite`);
  }
  const writeBaseline = values['write-baseline'] === true;
  if (writeBaseline && !ci) throw new UsageError('--write-baseline records the CI suite: use it with --ci (npm run bench:ci -- --write-baseline)');
  if (writeBaseline && values.against !== undefined) throw new UsageError('--write-baseline runs this build alone: it cannot be used with --against');
  if (values.svg !== undefined && values['no-svg'] === true) throw new UsageError('--svg and --no-svg contradict each other');
  for (const name of ['json', 'svg'] as const) if (values[name] !== undefined) writablePath(`--${name}`, values[name]);
  const baseline = values.baseline ?? join(root, 'bench/baseline.json');
  if (writeBaseline) writablePath('--baseline', baseline);
  else if (values.baseline !== undefined && !existsSync(baseline)) throw new UsageError(`--baseline: no file at ${baseline}`);
  return {
    ci,
    only: values.only === undefined ? undefined : caseIds(values.only, ci ? 'ci' : 'full'),
    pairs: values.pairs === undefined ? 1 : positiveInteger('--pairs', values.pairs),
    against: values.against === undefined ? undefined : againstCommit(root, values.against),
    json: values.json,
    svg: values.svg,
    noSvg: values['no-svg'] === true,
    // With --from-json (where --lib is refused) the saved run names its own library.
    lib: saved !== undefined ? saved.lib : libraryFile(values.lib, join(root, 'dist/index.js'), 'npx tsup, or use npm run bench, which does'),
    baseline,
    committed: writeBaseline ? undefined : readBaseline(baseline),
    writeBaseline,
    note: values.note,
    saved,
    verbose: values.verbose === true,
  };
}

/** A finished case with the conditions it ran in. */
export type RunCase = CaseResult & { readonly loadAvg1m: number; readonly seconds: number };

/** A saved run (`--json`), to print, chart or compare again. */
export interface SavedRun {
  readonly mode: 'full' | 'ci';
  readonly note: string;
  readonly machine: string;
  readonly lib: string;
  readonly results: RunCase[];
  /** The commit run beside this build, and its results (paired runs only). */
  readonly against?: { readonly commit: string; readonly results: RunCase[] };
}

/** A run saved with `--json`, or a `UsageError` saying why the file is not one. */
function readSavedRun(path: string): SavedRun {
  const run = readJson('--from-json', path) as Partial<SavedRun> | null;
  if (run === null || (run.mode !== 'full' && run.mode !== 'ci') || !Array.isArray(run.results)) {
    throw new UsageError(`--from-json: ${path} is not a run saved with --json (no "mode" and "results")`);
  }
  return run as SavedRun;
}

/** The baseline at `path`, or undefined when there is none (a first `--write-baseline` makes it). */
function readBaseline(path: string): Baseline | undefined {
  if (!existsSync(path)) return undefined;
  const baseline = readJson('--baseline', path) as Partial<Baseline> | null;
  if (baseline === null || typeof baseline.results !== 'object' || baseline.results === null) {
    throw new UsageError(`--baseline: ${path} is not a baseline written by --write-baseline (no "results")`);
  }
  return baseline as Baseline;
}

function readJson(option: string, path: string): unknown {
  if (!existsSync(path) || !statSync(path).isFile()) throw new UsageError(`${option}: no file at ${path}`);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`${option}: ${path} is not JSON (${(error as Error).message})`);
  }
}

/** A path the run will write: refused now, not after a long run, when its directory is not there. */
function writablePath(option: string, path: string): void {
  if (path.trim() === '') throw new UsageError(`${option} needs a file path`);
  const dir = dirname(resolve(path));
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`${option}: no directory ${dir} to write ${path} in`);
  if (existsSync(path) && statSync(path).isDirectory()) throw new UsageError(`${option}: ${path} is a directory`);
}

/** `--against`'s ref as given, once git has resolved it. */
function againstCommit(root: string, ref: string): string {
  try {
    resolveCommit(root, ref);
  } catch (error) {
    throw new UsageError(`--against: ${(error as Error).message.replace(/^bench\/baseline-build: /, '')}`);
  }
  return ref;
}

/** `--only`'s ids, each a case of the suite that will run. */
function caseIds(text: string, mode: 'full' | 'ci'): string[] {
  const ids = text.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (ids.length === 0) throw new UsageError('--only needs at least one case id');
  const known = suite(mode).map((c) => c.id);
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    const full = suite('full').map((c) => c.id);
    const hint = mode === 'ci' && unknown.every((id) => full.includes(id)) ? ' (only the full suite has it: drop --ci)' : '';
    throw new UsageError(`--only: no case ${unknown.map((id) => `"${id}"`).join(', ')} in the ${mode === 'ci' ? 'CI' : 'full'} suite${hint}; its cases: ${known.join(', ')}`);
  }
  return ids;
}
