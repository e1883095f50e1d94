/**
 * Turning whatever a caller passes to `dispatch` into a plain JSON copy, so the engine validates,
 * applies and journals exactly the same thing, and never keeps a reference to the caller's objects.
 * Values JSON cannot carry faithfully (NaN, Infinity, undefined inside arrays, functions, symbols,
 * BigInt, class instances, cycles, getters that throw) are refused with the path where they are.
 */
import { describeValue, formatPath } from './errors.js';

/** Deepest nesting a command may have. */
export const COMMAND_DEPTH_MAX = 32;
/** Most object keys and array items a command may hold in all. */
export const COMMAND_ENTRIES_MAX = 10_000;

/** A JSON copy, or why there cannot be one. */
export type JsonCopy = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: string };

/**
 * Copies a value as plain JSON. `undefined` object fields are dropped (as JSON does).
 * @example jsonCopy({ a: 1, b: undefined }) // { ok: true, value: { a: 1 } }
 */
export function jsonCopy(value: unknown): JsonCopy {
  // One walk state reused by every call: no allocation beyond the copy itself. A getter that
  // dispatches from inside a copy gets a fresh one.
  const walk: Walk = WALK.busy ? { path: ['command'], entries: 0, busy: true } : WALK;
  // Setting an array's length is a runtime call (about 300 instructions): only a failed walk leaves more.
  if (walk.path.length !== 1) walk.path.length = 1;
  walk.entries = 0;
  walk.busy = true;
  try {
    return { ok: true, value: copy(value, walk) };
  } catch (error) {
    if (error instanceof NotJson) return { ok: false, problem: error.message };
    return { ok: false, problem: `${formatPath(walk.path)} could not be read (${describeValue(String(error))})` };
  } finally {
    if (walk === WALK) walk.busy = false;
  }
}

/** Where the copy is (a stack: pushed and popped, formatted only for an error) and how much it holds. */
interface Walk {
  readonly path: PropertyKey[];
  entries: number;
  busy: boolean;
}

class NotJson extends Error {}

const WALK: Walk = { path: ['command'], entries: 0, busy: false };

function copy(value: unknown, walk: Walk): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (Number.isFinite(value)) return value;
      throw new NotJson(`${formatPath(walk.path)} must be a finite number (got ${describeValue(value)})`);
    case 'object':
      if (value === null) return null;
      if (walk.path.length > COMMAND_DEPTH_MAX) throw new NotJson(`${formatPath(walk.path)} is nested deeper than ${COMMAND_DEPTH_MAX} levels`);
      return Array.isArray(value) ? copyArray(value, walk) : copyObject(value, walk);
    default:
      throw new NotJson(`${formatPath(walk.path)} must be JSON: null, a boolean, a number, a string, an array or an object (got ${typeof value})`);
  }
}

function copyArray(value: readonly unknown[], walk: Walk): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < value.length; i++) {
    count(walk);
    walk.path.push(i);
    out.push(copy(value[i], walk));
    walk.path.pop();
  }
  return out;
}

function copyObject(value: object, walk: Walk): Record<string, unknown> {
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    throw new NotJson(`${formatPath(walk.path)} must be a plain object (got ${proto?.constructor?.name ?? 'an instance'})`);
  }
  const out: Record<string, unknown> = {};
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    walk.path.push(key);
    const field = (value as Record<string, unknown>)[key];
    if (field !== undefined) {
      count(walk);
      const copied = copy(field, walk);
      // A key named __proto__ must stay an own key: assignment would set the prototype instead.
      if (key === '__proto__') Object.defineProperty(out, key, { value: copied, enumerable: true, writable: true, configurable: true });
      else out[key] = copied;
    }
    walk.path.pop();
  }
  return out;
}

function count(walk: Walk): void {
  if (++walk.entries > COMMAND_ENTRIES_MAX) throw new NotJson(`command holds more than ${COMMAND_ENTRIES_MAX} entries`);
}
