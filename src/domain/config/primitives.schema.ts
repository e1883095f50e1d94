/**
 * Shared zod schemas for configuration values: ids, durations, capacities, skill levels.
 * Messages are phrased so that `formatIssues` can prefix them with the path and append the value.
 */
import { z } from 'zod';
import { CHANNELS } from '../channel.js';

/** The pattern every id must match: starts with a letter or digit, at most 128 characters. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:@-]{0,127}$/;

/** A number schema whose type error tells NaN and Infinity apart from non-numbers. */
export function numberSchema() {
  return z.number({
    error: (issue) => (typeof issue.input === 'number' ? 'must be a finite number' : 'must be a number'),
  });
}

/** An integer schema with the given inclusive bounds. */
export function integerSchema(min: number, max: number) {
  return numberSchema()
    .int({ error: 'must be an integer' })
    .min(min, { error: `must be >= ${min}` })
    .max(max, { error: `must be <= ${max}` });
}

/** Names an id may not take: they collide with `Object.prototype` members (`constructor`, `toString`...). */
export const RESERVED_IDS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

// Per character code below 128, as bits: may follow (1), may start (2), in no reserved name (4).
const MAY_FOLLOW = 1;
const MAY_START = 2;
const NEVER_RESERVED = 4;
const ID_CHARS = idChars();

function idChars(): Uint8Array {
  const chars = new Uint8Array(128);
  const reservedNames = [...RESERVED_IDS];
  for (let code = 0; code < 128; code++) {
    const char = String.fromCharCode(code);
    if (!ID_PATTERN.test(`a${char}`)) continue;
    const reserved = reservedNames.some((name) => name.includes(char));
    chars[code] = MAY_FOLLOW | (ID_PATTERN.test(char) ? MAY_START : 0) | (reserved ? 0 : NEVER_RESERVED);
  }
  return chars;
}

/**
 * Whether a value is a usable id: `ID_PATTERN` and not reserved. Checked a character at a time (a
 * regular expression and a set lookup cost about 1,000 instructions per contact in commands' ids);
 * an id holding a character no reserved name has (a digit, `-`...) skips the set.
 */
export function isId(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const length = value.length;
  if (length === 0 || length > 128 || ((ID_CHARS[value.charCodeAt(0)] ?? 0) & MAY_START) === 0) return false;
  let reservable = true;
  for (let i = 0; i < length; i++) {
    const kind = ID_CHARS[value.charCodeAt(i)] ?? 0;
    if (kind === 0) return false;
    if ((kind & NEVER_RESERVED) !== 0) reservable = false;
  }
  return !reservable || !RESERVED_IDS.has(value);
}

/** An entity id (agent, queue, contact, skill, ...). */
export const IdSchema = z
  .string({ error: 'must be a string id' })
  .regex(ID_PATTERN, { error: 'must be an id: a letter or digit, then letters, digits or _.:@- (at most 128)' })
  .refine((id) => !RESERVED_IDS.has(id), { error: 'is a reserved name' });

/** A duration in milliseconds: a finite number >= 0. */
export const DurationMsSchema = numberSchema()
  .min(0, { error: 'must be >= 0' });

/** A strictly positive duration in milliseconds. */
export const PositiveDurationMsSchema = numberSchema()
  .gt(0, { error: 'must be > 0' });

/** A non-negative integer capacity. */
export const CapacitySchema = integerSchema(0, 1000);

/** A skill level, 1 to 10. */
export const SkillLevelSchema = integerSchema(1, 10);

/** A priority: an integer, higher is served first. */
export const PrioritySchema = integerSchema(-1_000_000, 1_000_000);

/** A map of skill id to level: what an agent has, or what a contact requires. */
export const SkillMapSchema = z.record(IdSchema, SkillLevelSchema);

/** A channel name. */
export const ChannelSchema = z.enum(CHANNELS as [string, ...string[]], {
  error: `must be one of ${CHANNELS.join(', ')}`,
});
