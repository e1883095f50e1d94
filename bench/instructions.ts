/**
 * Counts the machine instructions one contact costs, with valgrind's callgrind: for the engine's own
 * code, a yardstick the VM's speed barely moves (runs usually agree within 2 %, where timings on
 * this machine move 15 %; take the median of three). Runs a throughput case under callgrind at
 * `--contacts` and at `--base` contacts and divides the difference by the contacts between them, so
 * start-up, setup and the JIT compilation of the first contacts cancel out. The count is split into
 * the engine's JIT code, garbage collection, write barriers, megamorphic property access, hash maps
 * and the rest (V8 builtins, runtime calls). Only the engine's code, megamorphic access and maps are
 * steady between runs (see `partsTable`). Instructions are not time (a cache miss costs none): use
 * this for changes at the reference size, where everything fits in cache, and timings for the
 * scaling curves.
 * `npx tsx bench/instructions.ts [case id, default reference-chat] [--lib a/index.js --lib b/index.js]
 * [--contacts 30000] [--base 10000] [--params '{"eventLogMax":1000}'] [--top 30]` (extra case
 * parameters; the functions with the most instructions per contact). Build first (`npx tsup`);
 * needs valgrind; about 3 minutes per build.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { table } from './format.js';
import { suite } from './suite.js';

const here = dirname(fileURLToPath(import.meta.url));

/** Where an instruction was spent. */
export const PARTS = ['engine JIT code', 'garbage collection', 'write barriers', 'megamorphic access', 'hash maps', 'other'] as const;
export type Part = (typeof PARTS)[number];
const STEADY = 'JIT code + megamorphic + maps';
type Total = 'total' | typeof STEADY;
/** The parts that are steady from run to run (see `partsTable`). */
const STEADY_PARTS: readonly Part[] = ['engine JIT code', 'megamorphic access', 'hash maps'];

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

const GC = /Marking|Scaveng|Sweep|MarkCompact|IteratePointers|Evacuat|RememberedSet|SizeFromMap|LiveObject|ShouldVisit|Heap::|GlobalHandles|Pretenuring|BodyDescriptor/;

/** The part a function's instructions count towards. */
export function partOf(name: string): Part {
  if (name === 'JIT') return 'engine JIT code';
  if (/RecordWrite|MarkingBarrier|WriteBarrier/.test(name)) return 'write barriers';
  if (GC.test(name)) return 'garbage collection';
  if (name.includes('Megamorphic')) return 'megamorphic access';
  if (/OrderedHash|MapPrototype|SetPrototype/.test(name)) return 'hash maps';
  return 'other';
}

/** Instructions per contact by part, (big run - small run) / contacts between them, and by function. */
export function perContact(big: string, small: string, contacts: number): Map<Part | Total, number> & { functions: Map<string, number> } {
  const a = parseAnnotate(big);
  const b = parseAnnotate(small);
  const parts = Object.assign(new Map<Part | Total, number>([['total', (a.total - b.total) / contacts]]), { functions: new Map<string, number>() });
  for (const part of PARTS) parts.set(part, 0);
  for (const name of new Set([...a.byFunction.keys(), ...b.byFunction.keys()])) {
    const part = partOf(name);
    const diff = ((a.byFunction.get(name) ?? 0) - (b.byFunction.get(name) ?? 0)) / contacts;
    parts.set(part, (parts.get(part) as number) + diff);
    parts.functions.set(name, diff);
  }
  return parts;
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
  const run = spawnSync('valgrind', args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (run.error !== undefined) throw new Error(`bench/instructions: valgrind could not run (${run.error.message}); install it (Debian: apt-get install valgrind)`);
  if (run.status !== 0) throw new Error(`bench/instructions: the case exited with ${run.status}:\n${run.stderr.slice(-2000)}`);
  const text = spawnSync('callgrind_annotate', ['--threshold=100', out], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (text.status !== 0) throw new Error(`bench/instructions: callgrind_annotate failed: ${text.stderr}`);
  return text.stdout;
}

type Counts = ReturnType<typeof perContact>;

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      lib: { type: 'string', multiple: true, default: [join(here, '../dist/index.js')] },
      contacts: { type: 'string', default: '30000' },
      base: { type: 'string', default: '10000' },
      params: { type: 'string', default: '{}' },
      top: { type: 'string', default: '0' },
    },
  });
  const id = positionals[0] ?? 'reference-chat';
  const c = suite('full').find((s) => s.id === id);
  if (c === undefined || c.module !== 'throughput') throw new Error(`bench/instructions: no throughput case "${id}"`);
  const [contacts, base] = [Number(values.contacts), Number(values.base)];
  if (!(Number.isInteger(contacts) && Number.isInteger(base) && contacts > base && base > 0)) {
    throw new Error(`bench/instructions: --contacts must be an integer above --base, and --base above 0 (got ${values.contacts}, ${values.base})`);
  }
  const params = { ...c.params, ...(JSON.parse(values.params) as Record<string, unknown>), warmupContacts: 2000, timed: false, driverOnly: false };
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-cg-'));
  const results = values.lib.map((lib) => {
    console.error(`bench/instructions: ${id} on ${resolve(lib)} (two callgrind runs, a few minutes)`);
    const at = (n: number): string => annotate(c.module, { ...params, contacts: n }, resolve(lib), dir);
    return perContact(at(contacts), at(base), contacts - base);
  });
  rmSync(dir, { recursive: true, force: true });
  console.log(`${id}: contacts ${base.toLocaleString('en-US')} -> ${contacts.toLocaleString('en-US')}\n`);
  console.log(partsTable(values.lib, results));
  const top = Number(values.top);
  if (top > 0) results.forEach((r, i) => console.log(`\nTop ${top} functions, ${values.lib[i]}\n\n${topTable(r, top)}`));
}

/** Instructions per contact by part, one column per build, and the last build against the first. */
function partsTable(libs: readonly string[], results: readonly Counts[]): string {
  // V8 decides when to collect from measured speeds, so the collector's share (and the runtime work
  // filed under 'other' and the barriers it drives) moves by up to half between runs of one build.
  // The engine's code, megamorphic access and map operations are steadier (usually within 2 %, but
  // pretenuring follows the collections too): compare builds there, over three runs each.
  for (const r of results) r.set(STEADY, STEADY_PARTS.reduce((n, part) => n + (r.get(part) as number), 0));
  const rows = (['total', STEADY, ...PARTS] as const).map((part) => {
    const counts = results.map((r) => r.get(part) as number);
    const share = (n: number, r: Counts): string => `${Math.round(n).toLocaleString('en-US')} (${((100 * n) / (r.get('total') as number)).toFixed(1)} %)`;
    const first = counts[0] as number;
    const ratio = counts.length > 1 && first > 0 ? [`${((counts[counts.length - 1] as number) / first).toFixed(3)}`] : [];
    return [part, ...counts.map((n, i) => share(n, results[i] as Counts)), ...ratio];
  });
  return table(['instructions per contact', ...libs, ...(results.length > 1 ? ['last / first'] : [])], rows);
}

/** The functions with the most instructions per contact. */
function topTable(counts: Counts, top: number): string {
  const functions = [...counts.functions].sort((x, y) => y[1] - x[1]).slice(0, top);
  return table(['per contact', 'part', 'function'], functions.map(([name, n]) => [Math.round(n).toLocaleString('en-US'), partOf(name), name.slice(0, 110)]));
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
