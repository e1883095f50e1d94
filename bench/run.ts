/**
 * The benchmark runner: `npm run bench` (everything, tables, `docs/scaling.svg`), `npm run bench --
 * --json out.json` (also writes every result), `npm run bench:ci` (the short suite, compared with
 * `bench/baseline.json` as ratios; reports regressions over 20 %, exits 0 unless a case crashed).
 *
 * Each case runs in its own child process (`bench/child.ts`, with `--expose-gc`) against the built
 * `dist/index.js`, so one case's heap and JIT state cannot colour the next.
 * Other options: `--only id,id`, `--lib path/to/index.js`, `--svg path`, `--no-svg`, `--baseline path`,
 * `--write-baseline`, `--note text`, `--from-json path` (print, chart and compare a saved run, no running),
 * `--verbose` (list every metric in the comparison).
 */
import { fork } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chartSvg, scalingPanels } from './chart.js';
import { type Baseline, compareWithBaseline, toBaseline } from './compare.js';
import { type CaseResult, curveTable, metricsTable } from './format.js';
import type { BenchResult } from './lib.js';
import { type BenchCase, suite } from './suite.js';
import { targetsTable } from './targets.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

const { values: args } = parseArgs({
  options: {
    ci: { type: 'boolean', default: false },
    json: { type: 'string' },
    svg: { type: 'string' },
    'no-svg': { type: 'boolean', default: false },
    only: { type: 'string' },
    lib: { type: 'string', default: join(root, 'dist/index.js') },
    baseline: { type: 'string', default: join(here, 'baseline.json') },
    'write-baseline': { type: 'boolean', default: false },
    note: { type: 'string' },
    'from-json': { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});

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
  return [
    ...singles,
    curveTable('Scaling: agents (reference load)', 'agents', of('agents'), ['contactsPerSec', 'contactsPerCpuSec', 'engineOnlyPerCpuSec', 'decisionP50Us', 'decisionP99Us', 'gcShare']),
    curveTable('Scaling: waiting contacts (agent-driven decisions)', 'waiting', of('waiting'), ['agentDecisionP50Us', 'agentDecisionP99Us', 'enqueueP50Us', 'enqueueP99Us', 'fillPerCpuSec']),
    curveTable('Scaling: queues per agent (flat, no skills)', 'queues/agent', of('queues'), ['contactsPerSec', 'contactsPerCpuSec', 'decisionP50Us', 'decisionP99Us']),
    targetsTable(cases),
    ...failed,
  ].join('\n\n');
}

/** A finished case with the conditions it ran in. */
type RunCase = CaseResult & { readonly loadAvg1m: number; readonly seconds: number };

/** Runs the cases one after another, each in its own process. */
async function runAll(cases: readonly BenchCase[], libPath: string): Promise<RunCase[]> {
  const results: RunCase[] = [];
  for (const [i, c] of cases.entries()) {
    const loadAvg1m = loadavg()[0] ?? NaN;
    const t0 = process.hrtime.bigint();
    process.stderr.write(`[${i + 1}/${cases.length}] ${c.id} (load average ${loadAvg1m.toFixed(2)}) ... `);
    const outcome = await runCase(c, libPath);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    process.stderr.write(`${outcome.error ?? 'done'} in ${seconds.toFixed(1)} s\n`);
    results.push({ ...outcome, loadAvg1m, seconds });
  }
  return results;
}

/** A saved run (`--json`), to print, chart or compare again. */
interface SavedRun {
  readonly mode: 'full' | 'ci';
  readonly note: string;
  readonly machine: string;
  readonly lib: string;
  readonly results: RunCase[];
}

async function main(): Promise<number> {
  const only = args.only?.split(',').map((s) => s.trim());
  const libPath = resolve(args.lib);
  const machine = `${cpus().length} x ${cpus()[0]?.model.trim() ?? 'cpu'}, node ${process.version}`;
  let saved: SavedRun | undefined;
  if (args['from-json'] !== undefined) saved = JSON.parse(readFileSync(args['from-json'], 'utf8')) as SavedRun;
  const mode = saved?.mode ?? (args.ci ? 'ci' : 'full');
  const results = saved?.results ?? (await runAll(suite(mode).filter((c) => only === undefined || only.includes(c.id)), libPath));
  const loads = results.map((r) => r.loadAvg1m);
  const note =
    args.note ??
    saved?.note ??
    `${new Date().toISOString().slice(0, 10)}, ${machine}, ${mode} suite, load average ${Math.min(...loads).toFixed(1)}-${Math.max(...loads).toFixed(1)} during the run`;
  console.log(`\nSwitchboard benchmarks (${mode}; ${saved?.machine ?? machine}; library ${saved?.lib ?? libPath})\n${note}\n`);
  console.log(report(results));
  if (args.json !== undefined) {
    writeFileSync(args.json, `${JSON.stringify({ mode, note, machine: saved?.machine ?? machine, lib: saved?.lib ?? libPath, createdAt: new Date().toISOString(), results }, null, 2)}\n`);
    console.log(`\nWrote ${args.json}`);
  }
  const svgPath = args.svg ?? (mode === 'full' && only === undefined ? join(root, 'docs/scaling.svg') : undefined);
  if (svgPath !== undefined && !args['no-svg']) {
    writeFileSync(svgPath, chartSvg(scalingPanels(results), note));
    console.log(`Wrote ${svgPath}`);
  }
  if (mode === 'ci') compareCi(results, note);
  return results.some((r) => r.error !== undefined) ? 1 : 0;
}

/** Compares with the baseline (or writes it with `--write-baseline`); never fails on the numbers. */
function compareCi(results: readonly CaseResult[], note: string): void {
  if (args['write-baseline']) {
    writeFileSync(args.baseline, `${JSON.stringify(toBaseline(results, note), null, 2)}\n`);
    console.log(`\nWrote the baseline ${args.baseline}`);
    return;
  }
  if (!existsSync(args.baseline)) {
    console.log(`\nNo baseline at ${args.baseline}: run \`npm run bench:ci -- --write-baseline\` to create one.`);
    return;
  }
  const baseline = JSON.parse(readFileSync(args.baseline, 'utf8')) as Baseline;
  console.log(`\nCompared with the baseline of ${baseline.createdAt} (${baseline.note})\n`);
  console.log(compareWithBaseline(results, baseline, 0.2, args.verbose).report);
}

process.exitCode = await main();
