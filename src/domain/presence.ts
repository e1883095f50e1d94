/**
 * Agent presence: whether an agent can be offered new work.
 */

/** An agent's presence. Only `available` agents receive new offers. */
export type Presence = 'offline' | 'available' | 'break' | 'not_responding';

/** Every presence value. */
export const PRESENCES: readonly Presence[] = ['offline', 'available', 'break', 'not_responding'];

/** Presence values an embedder may set by command (`not_responding` is set by the engine only). */
export const SETTABLE_PRESENCES: readonly Presence[] = ['offline', 'available', 'break'];
