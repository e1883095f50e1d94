/**
 * The benchmark modules by name, loaded on demand (each case runs in its own child process).
 */
import type { BenchResult, Lib } from './lib.js';

/** A benchmark module: `run(lib, params)`. */
export interface BenchModule {
  run(lib: Lib, params: Record<string, unknown>): Promise<BenchResult>;
}

/** Every benchmark module. */
export const MODULES = {
  throughput: () => import('./throughput.bench.js'),
  waiting: () => import('./waiting.bench.js'),
  memory: () => import('./memory.bench.js'),
  burst: () => import('./burst.bench.js'),
  simulation: () => import('./simulation.bench.js'),
} satisfies Record<string, () => Promise<BenchModule>>;

/** A benchmark module's name. */
export type ModuleName = keyof typeof MODULES;

/** Whether `name` names a benchmark module. */
export function isModuleName(name: string): name is ModuleName {
  return Object.hasOwn(MODULES, name);
}
