/**
 * Limits on free-form JSON that embedders attach to contacts (attributes): JSON values only, bounded
 * depth, size and string length, and no keys that could pollute prototypes.
 */

/** Bounds on attribute values. */
export const ATTRIBUTE_LIMITS = {
  depthMax: 8,
  entriesMax: 1000,
  stringLengthMax: 10_000,
  keyLengthMax: 200,
} as const;

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Checks a JSON object of attributes; returns a message naming the first problem, or null.
 * @example checkAttributes({ plan: 'gold' }) === null
 */
export function checkAttributes(value: unknown): string | null {
  if (!isPlainObject(value)) return 'must be a plain JSON object';
  const budget = { entries: 0 };
  return checkValue(value, 'attributes', 0, budget);
}

function checkValue(value: unknown, path: string, depth: number, budget: { entries: number }): string | null {
  if (value === null || typeof value === 'boolean') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? null : `${path} must be a finite number`;
  if (typeof value === 'string') {
    return value.length <= ATTRIBUTE_LIMITS.stringLengthMax
      ? null
      : `${path} is longer than ${ATTRIBUTE_LIMITS.stringLengthMax} characters`;
  }
  if (depth >= ATTRIBUTE_LIMITS.depthMax) return `${path} is nested deeper than ${ATTRIBUTE_LIMITS.depthMax} levels`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (++budget.entries > ATTRIBUTE_LIMITS.entriesMax) return `attributes have more than ${ATTRIBUTE_LIMITS.entriesMax} entries`;
      const problem = checkValue(value[i], `${path}[${i}]`, depth + 1, budget);
      if (problem !== null) return problem;
    }
    return null;
  }
  if (!isPlainObject(value)) return `${path} must be JSON (null, boolean, number, string, array or object)`;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return `${path} has a forbidden key "${key}"`;
    if (key.length > ATTRIBUTE_LIMITS.keyLengthMax) return `${path} has a key longer than ${ATTRIBUTE_LIMITS.keyLengthMax} characters`;
    if (++budget.entries > ATTRIBUTE_LIMITS.entriesMax) return `attributes have more than ${ATTRIBUTE_LIMITS.entriesMax} entries`;
    const problem = checkValue((value as Record<string, unknown>)[key], `${path}.${key}`, depth + 1, budget);
    if (problem !== null) return problem;
  }
  return null;
}

/** Checks any JSON value (object, array or scalar) with the same bounds; a message, or null. */
export function checkJsonValue(value: unknown, path: string): string | null {
  return checkValue(value, path, 0, { entries: 0 });
}

/** Whether a value is a plain object (not an array, class instance or null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
