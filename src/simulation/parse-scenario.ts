/**
 * Validates a scenario and applies its defaults, listing every problem at once, in the engine's style:
 * `switchboard/scenario: 2 problems: - agentGroups[1].acceptDelay.meanMs must be > 0 (got -3) ...`.
 */
import { formatIssues } from '../domain/config/format-issues.js';
import { ConfigError } from '../domain/errors.js';
import { checkScenarioReferences } from './check-scenario-references.js';
import { type Scenario, ScenarioSchema } from './scenario.schema.js';

/**
 * Parses a scenario (a JSON value or a TypeScript object), throwing a `ConfigError` that lists every
 * problem with its path and value.
 * @example
 * const scenario = parseScenario(JSON.parse(readFileSync('scenario.json', 'utf8')));
 */
export function parseScenario(input: unknown): Scenario {
  const parsed = ScenarioSchema.safeParse(input);
  const problems = parsed.success ? [] : formatIssues(parsed.error.issues, input);
  problems.push(...checkScenarioReferences(input));
  if (problems.length > 0 || !parsed.success) throw new ConfigError('scenario', problems);
  return parsed.data;
}
