/**
 * The legal lifecycle of a queue: open or closed by its calendar, until removed.
 */
import { setup } from 'xstate';

/** Everything that can happen to a queue. */
export type QueueLifecycleEvent = { type: 'OPEN' } | { type: 'CLOSE' } | { type: 'REMOVE' };

/** The queue machine. Actors start in the queue's current state (see `actor-registry.ts`). */
export const queueMachine = setup({
  types: {
    context: {} as { queueId: string },
    input: {} as { queueId: string },
    events: {} as QueueLifecycleEvent,
  },
}).createMachine({
  id: 'queue',
  initial: 'open',
  context: ({ input }) => ({ queueId: input.queueId }),
  states: {
    open: { on: { CLOSE: 'closed', REMOVE: 'removed' } },
    closed: { on: { OPEN: 'open', REMOVE: 'removed' } },
    removed: { type: 'final' },
  },
});
