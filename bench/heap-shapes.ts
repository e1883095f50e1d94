/**
 * What the heap holds per contact: runs the reference chat load with N agents, takes a heap snapshot
 * at the last arrival (every in-flight chat and every session in its rating window still held), and
 * groups the objects by constructor, and plain objects by their property names, so a record type
 * shows as one row with its count and bytes. A snapshot has no edges for small-integer fields, so a
 * shape lists only the properties that hold an object, a string or null (the contact record starts
 * `{id, requirement, ...}`, not with `heapIndex`). Needs a few times the heap it measures (10,000
 * agents: a 360 MB snapshot file, about 2 GB while it is read); past about 15,000 agents the file is
 * too long for one string. Options: `HEAP_SHAPES_USAGE` (`--help`).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeHeapSnapshot } from 'node:v8';
import { invokedDirectly, libraryFile, parseToolArgs, positiveInteger, runTool, UsageError } from './cli.js';
import { drive } from './driver.js';
import { table } from './format.js';
import { EPOCH_CLOCK_START_MS, type Lib } from './lib.js';
import { DEFAULTS, planOf } from './throughput.bench.js';
import { buildWorkload, makeAllAvailable } from './workload.js';

const here = dirname(fileURLToPath(import.meta.url));

const HEAP_SHAPES_USAGE = `Usage: npx tsx bench/heap-shapes.ts [agents] [options]    (build first: npx tsup)

Runs the reference chat load with this many agents (default 10000), takes a heap snapshot at the last
arrival and lists the objects grouped by shape: what each chat keeps. Needs a few times the heap it
measures; past about 15,000 agents the snapshot is too long to read.

Options:
  --lib <path>     the library to measure (default dist/index.js)
  --top <n>        shapes listed (default 30)
  --epoch-clock    a clock that reads epoch milliseconds, as a server's does, instead of one from 0
  -h, --help       this text`;

/** The parts of a V8 `.heapsnapshot` read here. */
export interface HeapSnapshot {
  readonly snapshot: { readonly meta: { readonly node_fields: string[]; readonly node_types: [string[], ...unknown[]]; readonly edge_fields: string[]; readonly edge_types: [string[], ...unknown[]] } };
  readonly nodes: readonly number[];
  readonly edges: readonly number[];
  readonly strings: readonly string[];
}

/** One row: objects of one shape, their count and their own bytes (not what they point to). */
export interface Shape {
  readonly shape: string;
  readonly count: number;
  readonly bytes: number;
}

/** Property names shown for a plain object's shape (enough to tell the engine's records apart). */
const NAMES_SHOWN = 7;

/**
 * Groups the snapshot's nodes: plain objects (`Object`) by their first property names that point to
 * heap objects, strings and numbers by kind, everything else by type and name. Largest total first.
 */
export function shapesOf(heap: HeapSnapshot): Shape[] {
  const meta = heap.snapshot.meta;
  const nodeWidth = meta.node_fields.length;
  const edgeWidth = meta.edge_fields.length;
  const [nodeTypes] = meta.node_types;
  const [edgeTypes] = meta.edge_types;
  const typeAt = meta.node_fields.indexOf('type');
  const nameAt = meta.node_fields.indexOf('name');
  const sizeAt = meta.node_fields.indexOf('self_size');
  const edgeCountAt = meta.node_fields.indexOf('edge_count');
  const edgeTypeAt = meta.edge_fields.indexOf('type');
  const edgeNameAt = meta.edge_fields.indexOf('name_or_index');
  const groups = new Map<string, { count: number; bytes: number }>();
  let edge = 0;
  for (let node = 0; node < heap.nodes.length; node += nodeWidth) {
    const type = nodeTypes[heap.nodes[node + typeAt] as number] as string;
    const name = heap.strings[heap.nodes[node + nameAt] as number] as string;
    const edgeCount = heap.nodes[node + edgeCountAt] as number;
    let shape: string;
    if (type === 'object' && name === 'Object') {
      const names: string[] = [];
      for (let i = 0; i < edgeCount && names.length < NAMES_SHOWN; i++) {
        const at = edge + i * edgeWidth;
        if (edgeTypes[heap.edges[at + edgeTypeAt] as number] === 'property') names.push(heap.strings[heap.edges[at + edgeNameAt] as number] as string);
      }
      shape = `{${names.join(', ')}}`;
    } else if (type === 'string' || type === 'concatenated string' || type === 'sliced string' || type === 'number') {
      shape = `(${type})`;
    } else {
      shape = `${type} ${name.slice(0, 60)}`;
    }
    const group = groups.get(shape) ?? { count: 0, bytes: 0 };
    group.count++;
    group.bytes += heap.nodes[node + sizeAt] as number;
    groups.set(shape, group);
    edge += edgeCount * edgeWidth;
  }
  return [...groups].map(([shape, g]) => ({ shape, ...g })).sort((a, b) => b.bytes - a.bytes);
}

/** Runs the reference chat load with `agents` agents and returns the snapshot file taken at the last arrival. */
export function snapshotAtLastArrival(lib: Lib, agents: number, dir: string, clockStartMs = 0): { file: string; contacts: number } {
  const p = { ...DEFAULTS, agents, clockStartMs };
  const workload = buildWorkload(p);
  const clock = new lib.VirtualClock(p.clockStartMs);
  const engine = lib.createEngine({ clock, config: workload.config, seed: p.seed, eventLogMax: 1_000_000 });
  makeAllAvailable(engine, workload.agentIds);
  // As the agents curve: the in-flight work turned over four times.
  const contacts = Math.round(4 * p.load * agents * p.capacity);
  let file = '';
  drive(engine, clock, {
    ...planOf(workload, p, contacts, false),
    onArrivalsDone: () => {
      file = writeHeapSnapshot(join(dir, 'at-last-arrival.heapsnapshot'));
    },
  });
  return { file, contacts };
}

async function main(): Promise<void> {
  const options = { lib: { type: 'string' }, top: { type: 'string', default: '30' }, 'epoch-clock': { type: 'boolean', default: false } } as const;
  const { values, positionals } = parseToolArgs(process.argv.slice(2), HEAP_SHAPES_USAGE, options, true);
  if (positionals.length > 1) throw new UsageError(`one argument, the number of agents (got ${positionals.length}: ${positionals.join(' ')})`);
  const agents = positiveInteger('agents', positionals[0] ?? '10000');
  const top = positiveInteger('--top', values.top);
  const lib = (await import(pathToFileURL(libraryFile(values.lib, join(here, '../dist/index.js'))).href)) as Lib;
  const dir = mkdtempSync(join(tmpdir(), 'heap-shapes-'));
  try {
    const { file, contacts } = snapshotAtLastArrival(lib, agents, dir, values['epoch-clock'] ? EPOCH_CLOCK_START_MS : 0);
    const shapes = shapesOf(JSON.parse(readFileSync(file, 'utf8')) as HeapSnapshot);
    const total = shapes.reduce((sum, s) => sum + s.bytes, 0);
    console.log(`heap at the last of ${contacts.toLocaleString('en-US')} arrivals, ${agents.toLocaleString('en-US')} agents: ${(total / 1e6).toFixed(1)} MB`);
    const rows = shapes.slice(0, top).map((s) => [(s.bytes / 1e6).toFixed(2), s.count.toLocaleString('en-US'), String(Math.round(s.bytes / s.count)), s.shape]);
    console.log(table(['MB', 'objects', 'B each', 'shape'], rows));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (invokedDirectly(import.meta.url)) await runTool('bench/heap-shapes', 'npx tsx bench/heap-shapes.ts --help', main);
