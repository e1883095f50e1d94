/**
 * Profiles one benchmark case with `node --cpu-prof` and summarises the profile: the functions with
 * the most self time, self time per source file, and the share of garbage collection. The
 * .cpuprofile is kept (its path is printed) for Chrome DevTools. Options: `PROFILE_USAGE` (`--help`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { invokedDirectly, libraryFile, parseToolArgs, positiveInteger, runTool, UsageError } from './cli.js';
import { table } from './format.js';
import { engineRunOnly, suite } from './suite.js';

const here = dirname(fileURLToPath(import.meta.url));

const PROFILE_USAGE = `Usage: npx tsx bench/profile.ts [case id] [options]    (build first: npx tsup)

Profiles one benchmark case (default reference-chat) with node --cpu-prof and prints the functions
with the most self time, self time per source file and the share of garbage collection. The
.cpuprofile is kept; its path is printed.

Options:
  --lib <path>   the library to profile (default dist/index.js)
  --top <n>      functions listed (default 25)
  -h, --help     this text`;

/** The parts of a V8 `.cpuprofile` read here. */
interface CpuProfile {
  readonly nodes: readonly { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Self time per key (function, or file), in microseconds, highest first. */
export function selfTimes(profile: CpuProfile, keyOf: (frame: CpuProfile['nodes'][number]['callFrame']) => string): [string, number][] {
  const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = frames.get(id);
    if (frame === undefined) return;
    const key = keyOf(frame);
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}

const shortUrl = (url: string): string => url.replace(/^file:\/\//, '').split('/').slice(-2).join('/') || '(native)';

/** Maps a line of the bundle to its source module through esbuild's `// src/...` markers. */
export function bundleSources(bundleText: string): (line: number) => string | undefined {
  const starts: [number, string][] = [];
  bundleText.split('\n').forEach((text, i) => {
    const match = /^\/\/ (src\/\S+)$/.exec(text);
    if (match !== null) starts.push([i, match[1] as string]);
  });
  return (line) => {
    let found: string | undefined;
    for (const [start, path] of starts) {
      if (start > line) break;
      found = path;
    }
    return found;
  };
}

function main(): void {
  const { values, positionals } = parseToolArgs(process.argv.slice(2), PROFILE_USAGE, { lib: { type: 'string' }, top: { type: 'string', default: '25' } }, true);
  if (positionals.length > 1) throw new UsageError(`one case id at most (got ${positionals.length}: ${positionals.join(' ')})`);
  const id = positionals[0] ?? 'reference-chat';
  const c = suite('full').find((s) => s.id === id);
  if (c === undefined) throw new UsageError(`no case "${id}"; the cases: ${suite('full').map((s) => s.id).join(', ')}`);
  const top = positiveInteger('--top', values.top);
  const libPath = libraryFile(values.lib, join(here, '../dist/index.js'));
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-prof-'));
  const params = engineRunOnly(c);
  const args = [...process.execArgv, '--expose-gc', '--cpu-prof', `--cpu-prof-dir=${dir}`, join(here, 'child.ts'), c.module, JSON.stringify(params), libPath];
  const child = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (child.status !== 0) throw new Error(`bench/profile: the case exited with ${child.status}`);
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (file === undefined) throw new Error('bench/profile: no profile written');
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
  const total = profile.timeDeltas.reduce((a, b) => a + b, 0);
  const pct = (us: number): string => `${((100 * us) / total).toFixed(1)} %`;
  const sourceOf = bundleSources(readFileSync(libPath, 'utf8'));
  const where = (f: CpuProfile['nodes'][number]['callFrame']): string =>
    (f.url.endsWith(libPath) ? sourceOf(f.lineNumber) : undefined) ?? shortUrl(f.url);
  const byFunction = selfTimes(profile, (f) => `${f.functionName || '(anonymous)'}  ${where(f)}`);
  const byFile = selfTimes(profile, where);
  const gc = byFunction.filter(([k]) => k.startsWith('(garbage collector)')).reduce((n, [, us]) => n + us, 0);
  console.log(`Profile of ${id}: ${join(dir, file)} (${(total / 1e6).toFixed(1)} s sampled; GC ${pct(gc)})\n`);
  console.log(table(['self time', 'function  location'], byFunction.slice(0, top).map(([k, us]) => [pct(us), k])));
  console.log(`\n${table(['self time', 'file'], byFile.slice(0, 20).map(([k, us]) => [pct(us), k]))}`);
}

if (invokedDirectly(import.meta.url)) await runTool('bench/profile', 'npx tsx bench/profile.ts --help', main);
