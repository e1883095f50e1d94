/**
 * Loads the scenario of `simulate`: the embedded default, or a JSON file validated by the simulator.
 * Every failure is a `UsageError`: a missing or unreadable file, bad JSON, or an invalid scenario (every
 * problem listed with its path, from `parseScenario`).
 */
import { readFileSync } from 'node:fs';
import { ConfigError } from '../domain/errors.js';
import { DEFAULT_SCENARIO } from '../simulation/default-scenario.js';
import { parseScenario } from '../simulation/parse-scenario.js';
import type { ScenarioInput } from '../simulation/scenario.schema.js';
import { UsageError } from './usage-error.js';

/**
 * The scenario at `path` (checked, as written), or the default scenario when `path` is undefined.
 * @example const input = loadScenario('scenarios/monday.json');
 */
export function loadScenario(path: string | undefined): ScenarioInput {
  if (path === undefined) return DEFAULT_SCENARIO;
  const input = parseJson(readText(path), path);
  try {
    parseScenario(input);
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(`${path}: ${error.message}`);
    throw error;
  }
  return input as ScenarioInput;
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
    throw new UsageError(`cannot read scenario file ${path}: ${why}`);
  }
}

function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
}
