/**
 * The legal lifecycle of a chat session: open while agents and the customer talk, closed once ended
 * (a rating may still come), ended when the rating is in or its window is over.
 */
import { setup } from 'xstate';

/** Everything that can happen to a session. */
export type SessionLifecycleEvent = { type: 'CLOSE' } | { type: 'RATE' } | { type: 'END' };

/** The session machine. */
export const sessionMachine = setup({
  types: {
    context: {} as { sessionId: string },
    input: {} as { sessionId: string },
    events: {} as SessionLifecycleEvent,
  },
}).createMachine({
  id: 'session',
  initial: 'open',
  context: ({ input }) => ({ sessionId: input.sessionId }),
  states: {
    open: { on: { CLOSE: 'closed' } },
    closed: { on: { RATE: 'ended', END: 'ended' } },
    ended: { type: 'final' },
  },
});
