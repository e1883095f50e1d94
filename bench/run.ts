/**
 * The benchmark runner: `npm run bench` (everything, tables, `docs/scaling.svg`), `npm run bench --
 * --json out.json` (also writes every result), `npm run bench:ci` (the short suite, compared as ratios
 * with the baseline commit of `bench/baseline.json`, rebuilt and run beside the current build, D-026;
 * reports regressions over 20 %, exits 0 unless a case crashed).
 *
 * Each case runs in its own child process (`bench/child.ts`, with `--expose-gc`) against the built
 * `dist/index.js`, so one case's heap and JIT state cannot colour the next. The options are listed
 * by `--help` and checked before anything runs (`RUN_USAGE` and `parseRunOptions`, run-options.ts).
 */
import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chartSvg, scalingPanels } from './chart.js';
import { buildCommit, isDirty, resolveCommit } from './baseline-build.js';
import { runTool, UsageError } from './cli.js';
import { compareWithBaseline, machineSpeed, medianResult, toBaseline } from './compare.js';
import { type CaseResult, curveTable, metricsTable } from './format.js';
import type { BenchResult } from './lib.js';
import { runOrder } from './run-order.js';
import { parseRunOptions, type RunCase, type RunOptions } from './run-options.js';
import { type BenchCase, suite } from './suite.js';
import { targetsTable } from './targets.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

/** Runs one case in a child process; resolves with its result or its error. */
function runCase(c: BenchCase, libPath: string): Promise<CaseResult> {
  return new Promise((done) => {
    const child = fork(join(here, 'child.ts'), [c.module, JSON.stringify(c.params), libPath], {
      execArgv: [...process.execArgv, '--expose-gc', '--max-old-space-size=8192'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let result: BenchResult | undefined;
    child.on('message', (message) => (result = message as BenchResult));
    child.on('exit', (code) => {
      const base = c.x === undefined ? { id: c.id, group: c.group } : { id: c.id, group: c.group, x: c.x };
      done(result !== undefined ? { ...base, result } : { ...base, error: `exit code ${code}` });
    });
  });
}

/** The whole report: single results, then one table per curve, then the targets. */
function report(cases: readonly CaseResult[]): string {
  const of = (group: string): CaseResult[] => cases.filter((c) => c.group === group);
  const singles = cases.filter((c) => c.x === undefined && c.result !== undefined).map((c) => metricsTable(c.result as BenchResult));
  const failed = cases.filter((c) => c.error !== undefined).map((c) => `${c.id}: FAILED (${c.error})`);
  // A curve or the targets table is printed only when the run has a case for it (`--only`).
  const curve = (title: string, x: string, group: string, metrics: string[]): string[] => (of(group).length > 0 ? [curveTable(title, x, of(group), metrics)] : []);
  const hasTargets = cases.some((c) => Object.values(c.result?.metrics ?? {}).some((m) => m.target !== undefined) || c.group === 'agents' || c.group === 'waiting');
  return [
    ...singles,
    ...curve('Scaling: agents (reference load)', 'agents', 'agents', ['contactsPerSec', 'contactsPerCpuSec', 'engineOnlyPerCpuSec', 'plainLoopPerCpuSec', 'decisionP50Us', 'decisionP99Us', 'gcShare']),
    ...curve('Scaling: waiting contacts (agent-driven decisions)', 'waiting', 'waiting', ['agentDecisionP50Us', 'agentDecisionP99Us', 'enqueueP50Us', 'enqueueP99Us', 'fillPerCpuSec']),
    ...curve('Scaling: queues per agent (flat, no skills)', 'queues/agent', 'queues', ['contactsPerSec', 'contactsPerCpuSec', 'decisionP50Us', 'decisionP99Us']),
    ...(hasTargets ? [targetsTable(cases)] : []),
    ...failed,
  ].join('\n\n');
}

/** A build to measure: its `index.js` and how the progress lines name it. */
interface Build {
  readonly label: string;
  readonly libPath: string;
}

/** Runs every case `pairs` times on each build (in `runOrder`) and returns per build the median of each case's runs. */
async function runAll(cases: readonly BenchCase[], builds: readonly Build[], pairs: number): Promise<RunCase[][]> {
  const runs: RunCase[][][] = builds.map(() => cases.map(() => []));
  const steps = runOrder(cases.length, builds.length, pairs);
  for (const [n, { caseIndex, buildIndex }] of steps.entries()) {
    const c = cases[caseIndex] as BenchCase;
    const build = builds[buildIndex] as Build;
    const loadAvg1m = loadavg()[0] ?? NaN;
    const t0 = process.hrtime.bigint();
    const label = builds.length > 1 ? ` [${build.label}]` : '';
    process.stderr.write(`[${n + 1}/${steps.length}] ${c.id}${label} (load average ${loadAvg1m.toFixed(2)}) ... `);
    const outcome = await runCase(c, build.libPath);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    process.stderr.write(`${outcome.error ?? 'done'} in ${seconds.toFixed(1)} s\n`);
    runs[buildIndex]![caseIndex]!.push({ ...outcome, loadAvg1m, seconds });
  }
  return runs.map((perCase) =>
    perCase.map((caseRuns) => ({
      ...medianResult(caseRuns),
      loadAvg1m: Math.max(...caseRuns.map((r) => r.loadAvg1m)),
      seconds: caseRuns.reduce((sum, r) => sum + r.seconds, 0),
    })),
  );
}

/** The commit to run beside this build: `--against`, else (CI mode) the baseline's; none when writing one. */
function pairedRef(args: RunOptions, mode: 'full' | 'ci'): string | undefined {
  if (args.writeBaseline) return undefined;
  return args.against ?? (mode === 'ci' ? args.committed?.commit : undefined);
}

/**
 * The build of `ref`. When the baseline's commit cannot be built here, the CI run goes on unpaired
 * and says so (D-026); a commit asked for with `--against` that cannot be built ends the run first.
 */
async function tryBuild(args: RunOptions, ref: string): Promise<{ commit: string; libPath: string } | undefined> {
  try {
    process.stderr.write(`Building ${ref} to run beside this build ... `);
    const built = await buildCommit(root, ref);
    process.stderr.write(`done (${built.commit.slice(0, 10)})\n`);
    return built;
  } catch (error) {
    process.stderr.write('failed\n');
    const why = error instanceof Error ? error.message : String(error);
    if (ref === args.against) throw new UsageError(`--against: cannot build ${ref}: ${why}`);
    console.log(`Cannot build ${ref}: ${why}. No paired comparison.`);
    return undefined;
  }
}

async function main(): Promise<number> {
  const args = parseRunOptions(process.argv.slice(2), root);
  const { only, lib: libPath, pairs, saved } = args;
  const machine = `${cpus().length} x ${cpus()[0]?.model.trim() ?? 'cpu'}, node ${process.version}`;
  const mode = saved?.mode ?? (args.ci ? 'ci' : 'full');
  const ref = saved === undefined ? pairedRef(args, mode) : undefined;
  const other = ref === undefined ? undefined : await tryBuild(args, ref);
  const cases = suite(mode).filter((c) => only === undefined || only.includes(c.id));
  const builds: Build[] = [{ label: 'this build', libPath }];
  if (other !== undefined) builds.push({ label: other.commit.slice(0, 10), libPath: other.libPath });
  const ran = saved === undefined ? await runAll(cases, builds, pairs) : undefined;
  const results = saved?.results ?? ran![0]!;
  const against = saved?.against ?? (other === undefined ? undefined : { commit: other.commit, results: ran![1]! });
  const loads = results.map((r) => r.loadAvg1m);
  const note =
    args.note ??
    saved?.note ??
    `${new Date().toISOString().slice(0, 10)}, ${machine}, ${mode} suite, load average ${Math.min(...loads).toFixed(1)}-${Math.max(...loads).toFixed(1)} during the run${pairs > 1 ? `, medians of ${pairs} runs` : ''}`;
  console.log(`\nSwitchboard benchmarks (${mode}; ${saved?.machine ?? machine}; library ${libPath})\n${note}\n`);
  console.log(report(results));
  if (args.json !== undefined) {
    const run = { mode, note, machine: saved?.machine ?? machine, lib: libPath, createdAt: new Date().toISOString(), results };
    writeFileSync(args.json, `${JSON.stringify(against === undefined ? run : { ...run, against }, null, 2)}\n`);
    console.log(`\nWrote ${args.json}`);
  }
  const svgPath = args.svg ?? (mode === 'full' && only === undefined ? join(root, 'docs/scaling.svg') : undefined);
  if (svgPath !== undefined && !args.noSvg) {
    writeFileSync(svgPath, chartSvg(scalingPanels(results), note));
    console.log(`Wrote ${svgPath}`);
  }
  if (against !== undefined) comparePaired(args, results, against);
  else if (mode === 'ci') compareCommitted(args, results, note);
  return results.some((r) => r.error !== undefined) || against?.results.some((r) => r.error !== undefined) === true ? 1 : 0;
}

/** Compares with a commit that ran beside this build; then says how fast the machine is against the baseline's figures. */
function comparePaired(args: RunOptions, results: readonly CaseResult[], against: { readonly commit: string; readonly results: readonly CaseResult[] }): void {
  console.log(`\nCompared with ${against.commit.slice(0, 10)}, built and run beside this build in the same session (D-026)\n`);
  console.log(compareWithBaseline(results, toBaseline(against.results, 'paired', against.commit), 0.2, args.verbose).report);
  const committed = args.committed;
  if (committed?.commit !== against.commit) return;
  const speed = machineSpeed(against.results, committed);
  console.log(
    `\nThis machine ran ${against.commit.slice(0, 10)} at ${speed.toFixed(2)} of the rates bench/baseline.json recorded for it ` +
      `(median over rate metrics; ${committed.createdAt}): comparing with those figures directly would mostly measure the machine.`,
  );
}

/** Compares with the committed figures (or writes them with `--write-baseline`); never fails on the numbers. */
function compareCommitted(args: RunOptions, results: readonly CaseResult[], note: string): void {
  if (args.writeBaseline) {
    const commit = resolveCommit(root, 'HEAD');
    if (isDirty(root)) console.log(`\nWarning: uncommitted changes; the baseline names ${commit.slice(0, 10)}, whose build is not what ran.`);
    writeFileSync(args.baseline, `${JSON.stringify(toBaseline(results, note, commit), null, 2)}\n`);
    console.log(`\nWrote the baseline ${args.baseline} (commit ${commit.slice(0, 10)})`);
    return;
  }
  const baseline = args.committed;
  if (baseline?.commit !== undefined) console.log(`\nThe baseline's commit ${baseline.commit.slice(0, 10)} could not run beside this build: these ratios compare days as much as builds.`);
  if (baseline === undefined) {
    console.log(`\nNo baseline at ${args.baseline}: run \`npm run bench:ci -- --write-baseline\` to create one.`);
    return;
  }
  console.log(`\nCompared with the figures of ${baseline.createdAt} (${baseline.note})\n`);
  console.log(compareWithBaseline(results, baseline, 0.2, args.verbose).report);
}

await runTool('bench/run', 'npx tsx bench/run.ts --help', main);
