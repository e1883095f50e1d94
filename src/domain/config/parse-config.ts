/**
 * Validates a whole engine configuration and applies defaults, listing every problem at once.
 */
import { ConfigError } from '../errors.js';
import { checkReferences } from './check-references.js';
import { type EngineConfig, EngineConfigSchema } from './engine.config.js';
import { formatIssues } from './format-issues.js';

/**
 * Parses configuration, throwing a `ConfigError` that lists every problem with its path and value.
 * @example const config = parseConfig({ queues: [{ id: 'sales', channels: ['chat'] }] });
 */
export function parseConfig(input: unknown): EngineConfig {
  const parsed = EngineConfigSchema.safeParse(input);
  const problems = parsed.success ? [] : formatIssues(parsed.error.issues, input);
  problems.push(...checkReferences(input));
  if (problems.length > 0 || !parsed.success) throw new ConfigError('config', problems);
  return parsed.data;
}
