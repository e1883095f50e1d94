/**
 * The benchmark runner's command line (`npm run bench -- ...`): read, checked against each other and
 * against the suite before anything is built or run, so a typo costs a line, not a ten-minute run.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BenchUsageError, parseToolArgs, positiveInteger } from './cli.js';
import { suite } from './suite.js';

export const RUN_USAGE = `Usage: npm run bench -- [options]      (npm run bench:ci -- [options] for the short suite)

Runs the benchmarks against the built dist/ and prints a table per case, the scaling curves and the
targets. npm run bench and npm run bench:ci build dist/ first.

Options:
  --ci                 the short suite (under two minutes), compared as ratios with the commit named
                       in bench/baseline.json, built and run beside this build
  --only <ids>         run only these cases (comma-separated ids; an unknown id is an error)
  --pairs <n>          runs of each build per case, medians compared (default 1)
  --against <ref>      build this commit (any git ref) and run it beside this build, case by case
  --json <path>        also write every result to a JSON file
  --svg <path>         where to draw the scaling chart (default docs/scaling.svg, full suite only)
  --no-svg             draw no chart
  --lib <path>         the library to measure (default dist/index.js)
  --baseline <path>    the baseline file (default bench/baseline.json)
  --write-baseline     with --ci: record this run as the baseline (names HEAD's commit)
  --note <text>        the note printed over the tables (default: date, machine, load average)
  --from-json <path>   print, chart and compare a run saved with --json; runs nothing
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
  readonly writeBaseline: boolean;
  readonly note: string | undefined;
  readonly fromJson: string | undefined;
  readonly verbose: boolean;
}

/** Options that only make sense when cases run (not with `--from-json`). */
const RUNNING_OPTIONS = ['ci', 'only', 'pairs', 'against', 'lib', 'write-baseline'] as const;

/** Reads `argv` (the arguments after the script); `root` is the repository. Throws `BenchUsageError`. */
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
  if (fromJson !== undefined) {
    const running = RUNNING_OPTIONS.filter((name) => values[name] !== undefined);
    if (running.length > 0) throw new BenchUsageError(`--from-json prints a saved run and runs nothing, so --${running.join(', --')} cannot apply`);
    if (!existsSync(fromJson)) throw new BenchUsageError(`--from-json: no file at ${fromJson}`);
  }
  const ci = values.ci === true;
  const writeBaseline = values['write-baseline'] === true;
  if (writeBaseline && !ci) throw new BenchUsageError('--write-baseline records the CI suite: use it with --ci (npm run bench:ci -- --write-baseline)');
  if (writeBaseline && values.against !== undefined) throw new BenchUsageError('--write-baseline runs this build alone: it cannot be used with --against');
  if (values.svg !== undefined && values['no-svg'] === true) throw new BenchUsageError('--svg and --no-svg contradict each other');
  const lib = resolve(values.lib ?? join(root, 'dist/index.js'));
  if (fromJson === undefined && !existsSync(lib)) {
    throw new BenchUsageError(`no library at ${lib}${values.lib === undefined ? ' (build it: npx tsup, or use npm run bench, which does)' : ''}`);
  }
  return {
    ci,
    only: values.only === undefined ? undefined : caseIds(values.only, ci ? 'ci' : 'full'),
    pairs: values.pairs === undefined ? 1 : positiveInteger('--pairs', values.pairs),
    against: values.against,
    json: values.json,
    svg: values.svg,
    noSvg: values['no-svg'] === true,
    lib,
    baseline: values.baseline ?? join(root, 'bench/baseline.json'),
    writeBaseline,
    note: values.note,
    fromJson,
    verbose: values.verbose === true,
  };
}

/** `--only`'s ids, each a case of the suite that will run. */
function caseIds(text: string, mode: 'full' | 'ci'): string[] {
  const ids = text.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (ids.length === 0) throw new BenchUsageError('--only needs at least one case id');
  const known = suite(mode).map((c) => c.id);
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    const full = suite('full').map((c) => c.id);
    const hint = mode === 'ci' && unknown.every((id) => full.includes(id)) ? ' (only the full suite has it: drop --ci)' : '';
    throw new BenchUsageError(`--only: no case ${unknown.map((id) => `"${id}"`).join(', ')} in the ${mode === 'ci' ? 'CI' : 'full'} suite${hint}; its cases: ${known.join(', ')}`);
  }
  return ids;
}
