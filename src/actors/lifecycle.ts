/**
 * Turns a flat xstate machine into a transition table, so the engine can check a lifecycle step with
 * two property reads instead of a 3.5-5 us `actor.send` or a 19 us `transition()` per step. The machine
 * stays the single definition; a property test checks that the table and `transition()` agree.
 */
import type { AnyStateMachine } from 'xstate';
import { InvariantError } from '../domain/errors.js';

/** Legal steps of one lifecycle: `table[state][event]` is the next state. */
export interface Lifecycle<S extends string, E extends string> {
  /** The next state, or throws `InvariantError` when the step is not legal (an engine bug). */
  step(from: S, event: E): S;
  /** Whether the step is legal. */
  can(from: S, event: E): boolean;
  /** Every state name. */
  readonly states: readonly S[];
}

/** Builds the transition table of a flat machine whose transitions have no guards. */
export function lifecycleOf<S extends string, E extends string>(machine: AnyStateMachine): Lifecycle<S, E> {
  const table: Record<string, Record<string, string>> = Object.create(null);
  for (const [name, node] of Object.entries(machine.root.states)) {
    const row: Record<string, string> = Object.create(null);
    for (const [eventType, definitions] of node.transitions) {
      const definition = definitions[0];
      const target = definition?.target?.[0];
      if (definitions.length !== 1 || definition?.guard !== undefined || target === undefined) continue;
      row[eventType] = target.key;
    }
    table[name] = row;
  }
  const states = Object.keys(table) as S[];
  return {
    states,
    can: (from, event) => table[from]?.[event] !== undefined,
    step(from, event) {
      const next = table[from]?.[event];
      if (next === undefined) throw new InvariantError(`${machine.id}: ${event} is not legal in state ${from}`);
      return next as S;
    },
  };
}
