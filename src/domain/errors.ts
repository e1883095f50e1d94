/**
 * The three kinds of error (STYLE.md): broken invariants (`assert`), expected outcomes (`CommandError`
 * values with a snake_case code) and bad configuration (`ConfigError`, every problem with its path).
 */

/** One problem found in a configuration or scenario: where, what rule, and the value found. */
export interface ConfigProblem {
  /** Where the problem is, e.g. `queues[2].offerTimeoutMs`. */
  readonly path: string;
  /** The whole sentence: `queues[2].offerTimeoutMs must be > 0 (got -5)`. */
  readonly message: string;
}

/** Thrown by `createEngine` (and scenario loading) when configuration is invalid; lists every problem. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  /** Every problem found, in document order. */
  readonly problems: readonly ConfigProblem[];

  constructor(scope: string, problems: readonly ConfigProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`switchboard/${scope}: ${count}:\n${problems.map((p) => `  - ${p.message}`).join('\n')}`);
    this.problems = problems;
  }
}

/** Thrown when one of the engine's own invariants is broken: always a bug in Switchboard. */
export class InvariantError extends Error {
  override readonly name = 'InvariantError';
}

/**
 * Checks one of the engine's own invariants.
 * @example assert(agent.used < agent.cap, 'routing/assign: agent must have free capacity');
 */
export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new InvariantError(message);
}

/** Renders a value for an error message: short, one line, never throws. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function') return 'a function';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Formats a path of keys and indexes as `queues[2].offerTimeoutMs`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}
