/**
 * The legal presence lifecycle of an agent. `not_responding` is entered only by the engine (missed
 * offers); the embedder sets `offline`, `available` and `break`.
 */
import { assign, setup } from 'xstate';

/** Everything that can happen to an agent's presence and phone flag. */
export type AgentLifecycleEvent =
  | { type: 'GO_OFFLINE' }
  | { type: 'GO_AVAILABLE' }
  | { type: 'GO_BREAK' }
  | { type: 'MISS_LIMIT' }
  | { type: 'PHONE'; busy: boolean }
  | { type: 'REMOVE' };

/** The agent machine. The phone flag lives in context: it is orthogonal to presence. */
export const agentMachine = setup({
  types: {
    context: {} as { agentId: string; phoneBusy: boolean },
    input: {} as { agentId: string },
    events: {} as AgentLifecycleEvent,
  },
}).createMachine({
  id: 'agent',
  initial: 'offline',
  context: ({ input }) => ({ agentId: input.agentId, phoneBusy: false }),
  on: { PHONE: { actions: assign({ phoneBusy: ({ event }) => event.busy }) } },
  states: {
    offline: { on: { GO_AVAILABLE: 'available', GO_BREAK: 'break', REMOVE: 'removed' } },
    available: { on: { GO_OFFLINE: 'offline', GO_BREAK: 'break', MISS_LIMIT: 'not_responding' } },
    break: { on: { GO_OFFLINE: 'offline', GO_AVAILABLE: 'available' } },
    not_responding: { on: { GO_OFFLINE: 'offline', GO_AVAILABLE: 'available', GO_BREAK: 'break' } },
    removed: { type: 'final' },
  },
});
