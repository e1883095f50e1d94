/**
 * Hostile values for the catalogue: huge strings, deep nesting, prototype-polluting payloads, and the
 * configuration every row runs against. No vitest here, so the values can be tried from a script.
 */
import type { EngineConfigInput } from '../../src/index.js';

/** One megabyte of text. */
export const MEGABYTE = 'x'.repeat(1 << 20);

/** The nesting depth of the deep values (far past any recursion a validator could afford per level). */
export const DEPTH = 10_000;

/** `{"a":{"a":...1...}}`, `depth` levels deep, built without recursion and parsed from JSON. */
export function deepObject(depth = DEPTH): unknown {
  return JSON.parse(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);
}

/** `[[[...1...]]]`, `depth` levels deep. */
export function deepArray(depth = DEPTH): unknown {
  return JSON.parse(`${'['.repeat(depth)}1${']'.repeat(depth)}`);
}

/** Payloads that pollute `Object.prototype` if a merge or assignment walks them (own keys, as from JSON). */
export const POLLUTERS = {
  // Computed: a literal `__proto__:` key would set this object's prototype instead.
  ['__proto__']: () => JSON.parse('{"__proto__":{"polluted":"yes"}}') as Record<string, unknown>,
  constructor: () => JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}') as Record<string, unknown>,
  prototype: () => JSON.parse('{"prototype":{"polluted":"yes"}}') as Record<string, unknown>,
  nested: () => JSON.parse('{"a":{"b":{"__proto__":{"polluted":"yes"}}}}') as Record<string, unknown>,
} as const;

/** The catalogue's configuration: one chat/voice queue, one callback queue, one agent (offline). */
export const HOSTILE_CONFIG: EngineConfigInput = {
  skills: ['en'],
  queues: [
    { id: 'sales', channels: ['chat', 'voice'], offerTimeoutMs: 30_000 },
    { id: 'calls', channels: ['callback'] },
  ],
  agents: [{ id: 'ann', skills: { en: 3 }, capacity: { chat: 1, voice: 1 }, memberships: [{ queueId: 'sales' }, { queueId: 'calls' }] }],
};
