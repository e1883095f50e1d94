/**
 * Builds the library as it was at another commit, so `bench:ci` can run it beside the current build on
 * the same machine at the same time (D-026). The commit's `src/` and `tsconfig.json` are taken with
 * `git archive` into `.bench-base/<commit>/` inside the repository, whose `node_modules` the build
 * then uses; tsup bundles the ESM library only (no type declarations). A commit already built there
 * is reused. Non-goal: the commit's own dependency versions (the current ones are used).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'tsup';

/** Where commits are built, relative to the repository root (ignored by git). */
export const BASELINE_BUILD_DIR = '.bench-base';

/** The full hash of a commit-ish (`HEAD~1`, a tag, a short hash); throws a clear error when git has none. */
export function resolveCommit(root: string, ref: string): string {
  const result = spawnSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: root, encoding: 'utf8' });
  const hash = result.stdout.trim();
  if (result.status !== 0 || !/^[0-9a-f]{40}$/.test(hash)) {
    throw new Error(`bench/baseline-build: "${ref}" is not a commit of this repository (a shallow clone may lack it: git fetch --unshallow)`);
  }
  return hash;
}

/** Whether the working tree has changes that are not committed (the current build is not HEAD then). */
export function isDirty(root: string): boolean {
  const result = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' });
  return result.status !== 0 || result.stdout.trim() !== '';
}

/** Builds `ref` into `.bench-base/<commit>/dist/` (once) and returns the path of its `index.js`. */
export async function buildCommit(root: string, ref: string): Promise<{ commit: string; libPath: string }> {
  const commit = resolveCommit(root, ref);
  const dir = join(root, BASELINE_BUILD_DIR, commit);
  const libPath = join(dir, 'dist', 'index.js');
  if (existsSync(libPath)) return { commit, libPath };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  extract(root, commit, dir);
  await build({
    config: false,
    entry: { index: join(dir, 'src', 'index.ts') },
    outDir: join(dir, 'dist'),
    format: ['esm'],
    target: 'node20',
    tsconfig: join(dir, 'tsconfig.json'),
    dts: false,
    sourcemap: false,
    splitting: false,
    silent: true,
  });
  if (!existsSync(libPath)) throw new Error(`bench/baseline-build: building ${commit} wrote no ${libPath}`);
  return { commit, libPath };
}

/** Writes the commit's `src/` and `tsconfig.json` into `dir` (git archive piped to tar). */
function extract(root: string, commit: string, dir: string): void {
  const archive = spawnSync('git', ['archive', '--format=tar', commit, 'src', 'tsconfig.json'], { cwd: root, maxBuffer: 1 << 30 });
  if (archive.status !== 0) throw new Error(`bench/baseline-build: git archive ${commit} failed: ${archive.stderr.toString().trim()}`);
  const untar = spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout });
  if (untar.status !== 0) throw new Error(`bench/baseline-build: tar failed: ${untar.stderr.toString().trim()}`);
}
