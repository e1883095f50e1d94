/**
 * The fields every event carries, in this order: `type`, `seq`, `at`.
 */

/** Fields common to every event. `seq` counts from 0 in the engine's log; `at` is engine time in ms. */
export interface EventBase<T extends string> {
  readonly type: T;
  readonly seq: number;
  readonly at: number;
}
