/**
 * Turns zod issues into `ConfigProblem`s: `queues[2].offerTimeoutMs must be > 0 (got -5)`.
 */
import type { z } from 'zod';
import { type ConfigProblem, describeValue, formatPath } from '../errors.js';

/** Formats every zod issue, reading the offending value from the original input. */
export function formatIssues(issues: readonly z.core.$ZodIssue[], input: unknown): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const issue of issues) collect(issue, input, [], problems);
  return problems;
}

function collect(issue: z.core.$ZodIssue, input: unknown, prefix: PropertyKey[], out: ConfigProblem[]): void {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'unrecognized_keys') {
    for (const key of issue.keys) {
      const keyPath = [...path, key];
      out.push(problem(keyPath, 'is not a known field', valueAt(input, keyPath)));
    }
    return;
  }
  if (issue.code === 'invalid_key') {
    out.push(problem(path, `has an invalid key: ${issue.issues[0]?.message ?? issue.message}`, lastKey(path)));
    return;
  }
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    // Report the branch that got furthest: the one with the fewest issues.
    const best = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
    for (const inner of best) collect(inner, input, path, out);
    return;
  }
  const value = valueAt(input, path);
  out.push(problem(path, plainRule(issue, value), value));
}

/** Zod's default wording ("Invalid input: expected array, received undefined") in this package's style. */
function plainRule(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code !== 'invalid_type' || !issue.message.startsWith('Invalid input')) return issue.message;
  if (value === undefined) return 'is required';
  const expected = String(issue.expected);
  return `must be ${/^[aeiou]/.test(expected) ? 'an' : 'a'} ${expected}`;
}

function problem(path: readonly PropertyKey[], rule: string, value: unknown): ConfigProblem {
  const where = formatPath(path);
  return { path: where, message: `${where} ${rule} (got ${describeValue(value)})` };
}

function lastKey(path: readonly PropertyKey[]): unknown {
  return path.length === 0 ? undefined : path[path.length - 1];
}

/** Reads the value at a path, without invoking getters on prototypes. */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
