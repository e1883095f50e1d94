/**
 * Counts the machine instructions one contact costs, with valgrind's callgrind: for the engine's own
 * code (the steady part, below), a yardstick the VM's speed barely moves: runs of one build usually
 * agree within 2 %, where timings on this machine move 15 %; run it three times and compare medians.
 * Runs a throughput case under callgrind at `--contacts` and at `--base` contacts and divides the
 * difference by the contacts between them, so start-up, setup and the JIT compilation of the first
 * contacts cancel out (at 100k agents, put `--base` past the first 250,000 contacts, where the engine
 * reaches steady state). The count is split into the engine's JIT code, garbage collection, write
 * barriers, megamorphic property access, hash maps and the rest (V8 builtins and runtime calls; engine
 * code still running in the interpreter counts there too, in V8's bytecode handlers). Only the
 * engine's code, megamorphic access and maps are steady between runs (see `partsTable`). Instructions
 * are not time (a cache miss costs none): use this for changes at the reference size, where everything
 * fits in cache, and timings for the scaling curves. Options: `INSTRUCTIONS_USAGE` (`--help`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { invokedDirectly, libraryFile, parseToolArgs, runTool, UsageError } from './cli.js';
import { table } from './format.js';
import { engineRunOnly, suite } from './suite.js';

const here = dirname(fileURLToPath(import.meta.url));

const INSTRUCTIONS_USAGE = `Usage: npx tsx bench/instructions.ts [case id] [options]    (build first: npx tsup; needs valgrind)

Counts the instructions one contact costs in a throughput case (default reference-chat) under
valgrind's callgrind, as the difference between two runs, split into the engine's code, garbage
collection, write barriers, megamorphic access, hash maps and the rest. About 3 minutes per build.

Options:
  --lib <path>       a library to count; repeat it to compare builds (default dist/index.js)
  --contacts <n>     contacts of the longer run (default 30000)
  --base <n>         contacts of the shorter run (default 10000)
  --params <json>    extra case parameters, e.g. '{"eventLogMax":1000}'
  --top <n>          also list the n functions with the most instructions per contact (default 0)
  -h, --help         this text`;

/** Where an instruction was spent. */
export const PARTS = ['engine JIT code', 'garbage collection', 'write barriers', 'megamorphic access', 'hash maps', 'other'] as const;
export type Part = (typeof PARTS)[number];
/** The parts that are steady from run to run (see `partsTable`). */
const STEADY_PARTS: readonly Part[] = ['engine JIT code', 'megamorphic access', 'hash maps'];
const STEADY = 'JIT code + megamorphic + maps';

/** Instructions by function, read from `callgrind_annotate --threshold=100` output (JIT code summed as one). */
export function parseAnnotate(text: string): { total: number; byFunction: Map<string, number> } {
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const line of text.split('\n')) {
    const match = /^\s*([\d,]+)\s+\(\s*[\d.]+%\)\s+(.*)$/.exec(line);
    if (match === null) continue;
    const count = Number((match[1] as string).replaceAll(',', ''));
    const name = match[2] as string;
    if (name.startsWith('PROGRAM TOTALS')) total = count;
    else {
      const key = name.startsWith('???:0x') ? 'JIT' : name;
      byFunction.set(key, (byFunction.get(key) ?? 0) + count);
    }
  }
  return { total, byFunction };
}

const BARRIERS = /RecordWrite|MarkingBarrier|WriteBarrier|GenerationalBarrier/;
const GC = /Marking|Scaveng|Sweep|MarkCompact|IteratePointers|Evacuat|RememberedSet|SizeFromMap|LiveObject|ShouldVisit|GlobalHandles|Pretenuring|BodyDescriptor/;
const MAPS = /OrderedHash|Builtins_(Weak)?(Map|Set)Prototype/;

/** The part a function's instructions count towards. */
export function partOf(name: string): Part {
  if (name === 'JIT') return 'engine JIT code';
  if (BARRIERS.test(name)) return 'write barriers';
  if (GC.test(name)) return 'garbage collection';
  if (name.includes('Megamorphic')) return 'megamorphic access';
  if (MAPS.test(name)) return 'hash maps';
  return 'other';
}

/** Instructions per contact, by part and by function. */
export interface Counts {
  readonly total: number;
  readonly parts: ReadonlyMap<Part, number>;
  readonly functions: ReadonlyMap<string, number>;
}

/** Instructions per contact: (the larger run - the smaller run) / the contacts between them. */
export function perContact(largerRun: string, smallerRun: string, contacts: number): Counts {
  const larger = parseAnnotate(largerRun);
  const smaller = parseAnnotate(smallerRun);
  const parts = new Map<Part, number>(PARTS.map((part) => [part, 0]));
  const functions = new Map<string, number>();
  for (const name of new Set([...larger.byFunction.keys(), ...smaller.byFunction.keys()])) {
    const count = ((larger.byFunction.get(name) ?? 0) - (smaller.byFunction.get(name) ?? 0)) / contacts;
    const part = partOf(name);
    parts.set(part, (parts.get(part) as number) + count);
    functions.set(name, count);
  }
  return { total: (larger.total - smaller.total) / contacts, parts, functions };
}

/** The steady part: the engine's code, megamorphic access and maps (see `partsTable`). */
export function steadyPart(counts: Counts): number {
  return STEADY_PARTS.reduce((sum, part) => sum + (counts.parts.get(part) as number), 0);
}

/** Runs the case under callgrind at one size; returns `callgrind_annotate`'s text. */
function annotate(module: string, params: Record<string, unknown>, libPath: string, dir: string): string {
  const out = join(dir, `callgrind.${params.contacts}.out`);
  const args = [
    '--tool=callgrind',
    `--callgrind-out-file=${out}`,
    // The JIT writes code it then runs: valgrind must notice code changing outside files.
    '--smc-check=all-non-file',
    process.execPath,
    ...process.execArgv,
    // One thread: no concurrent marking or compilation moving work between runs.
    '--single-threaded',
    '--expose-gc',
    join(here, 'child.ts'),
    module,
    JSON.stringify(params),
    libPath,
  ];
  const run = spawnSync('valgrind', args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.error !== undefined) {
    const missing = (run.error as NodeJS.ErrnoException).code === 'ENOENT' ? '; install it (Debian: apt-get install valgrind)' : '';
    throw new Error(`bench/instructions: valgrind could not run (${run.error.message})${missing}`);
  }
  if (run.status !== 0) throw new Error(`bench/instructions: the case ended with ${run.status ?? run.signal}:\n${run.stderr.slice(-2000)}`);
  const text = spawnSync('callgrind_annotate', ['--threshold=100', out], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (text.error !== undefined) throw new Error(`bench/instructions: callgrind_annotate could not run (${text.error.message})`);
  if (text.status !== 0) throw new Error(`bench/instructions: callgrind_annotate ended with ${text.status ?? text.signal}: ${text.stderr}`);
  return text.stdout;
}

function main(): void {
  const options = {
    lib: { type: 'string', multiple: true },
    contacts: { type: 'string', default: '30000' },
    base: { type: 'string', default: '10000' },
    params: { type: 'string', default: '{}' },
    top: { type: 'string', default: '0' },
  } as const;
  const { values, positionals } = parseToolArgs(process.argv.slice(2), INSTRUCTIONS_USAGE, options, true);
  if (positionals.length > 1) throw new UsageError(`one case id at most (got ${positionals.length}: ${positionals.join(' ')})`);
  const id = positionals[0] ?? 'reference-chat';
  const throughputCases = suite('full').filter((s) => s.module === 'throughput');
  const benchCase = throughputCases.find((s) => s.id === id);
  if (benchCase === undefined) throw new UsageError(`no throughput case "${id}"; they are: ${throughputCases.map((s) => s.id).join(', ')}`);
  const [contacts, base, top] = [Number(values.contacts), Number(values.base), Number(values.top)];
  if (!(Number.isInteger(contacts) && Number.isInteger(base) && contacts > base && base > 0)) {
    throw new UsageError(`--contacts must be an integer above --base, and --base above 0 (got ${values.contacts}, ${values.base})`);
  }
  if (!Number.isInteger(top) || top < 0) throw new UsageError(`--top must be 0 or a positive integer (got "${values.top}")`);
  const libs = values.lib === undefined ? [libraryFile(undefined, join(here, '../dist/index.js'))] : values.lib.map((lib) => libraryFile(lib, lib));
  const params = { ...engineRunOnly(benchCase), warmupContacts: 2000, ...extraParams(values.params) };
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-cg-'));
  try {
    const results = libs.map((lib) => {
      console.error(`bench/instructions: ${id} on ${lib} (two callgrind runs, a few minutes)`);
      const countAt = (n: number): string => annotate(benchCase.module, { ...params, contacts: n }, lib, dir);
      return perContact(countAt(contacts), countAt(base), contacts - base);
    });
    console.log(`${id}: contacts ${base.toLocaleString('en-US')} -> ${contacts.toLocaleString('en-US')}\n`);
    // Columns are named as the libraries were given: absolute paths would make the table too wide.
    const names = values.lib ?? ['dist/index.js'];
    console.log(partsTable(names, results));
    if (top > 0) results.forEach((counts, i) => console.log(`\nTop ${top} functions, ${names[i]}\n\n${topTable(counts, top)}`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `--params`: a JSON object of case parameters (the contact counts are set by the tool). */
function extraParams(json: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new UsageError(`--params must be a JSON object (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UsageError(`--params must be a JSON object (got ${json})`);
  return value as Record<string, unknown>;
}

/** Instructions per contact by part, one column per build, and the last build against the first. */
function partsTable(libs: readonly string[], results: readonly Counts[]): string {
  // V8 decides when to collect from measured speeds, so the collector's share (and the runtime work
  // filed under 'other' and the barriers it drives) moves by up to half between runs of one build.
  // The engine's code, megamorphic access and map operations are steadier (usually within 2 %, but
  // pretenuring follows the collections too): compare builds there, over three runs each.
  const rowOf = (label: string, countOf: (counts: Counts) => number): string[] => {
    const counts = results.map(countOf);
    const share = (n: number, i: number): string => `${Math.round(n).toLocaleString('en-US')} (${((100 * n) / results[i]!.total).toFixed(1)} %)`;
    const first = counts[0] as number;
    const ratio = counts.length > 1 && first > 0 ? [`${((counts[counts.length - 1] as number) / first).toFixed(3)}`] : [];
    return [label, ...counts.map(share), ...ratio];
  };
  const rows = [
    rowOf('total', (counts) => counts.total),
    rowOf(STEADY, steadyPart),
    ...PARTS.map((part) => rowOf(part, (counts) => counts.parts.get(part) as number)),
  ];
  return table(['instructions per contact', ...libs, ...(results.length > 1 ? ['last / first'] : [])], rows);
}

/** The functions with the most instructions per contact. */
function topTable(counts: Counts, top: number): string {
  const functions = [...counts.functions].sort((x, y) => y[1] - x[1]).slice(0, top);
  const rows = functions.map(([name, n]) => [Math.round(n).toLocaleString('en-US'), partOf(name), name.slice(0, 110)]);
  return table(['per contact', 'part', 'function'], rows);
}

if (invokedDirectly(import.meta.url)) await runTool('bench/instructions', 'npx tsx bench/instructions.ts --help', main);
