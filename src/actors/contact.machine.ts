/**
 * The legal lifecycle of a contact (DESIGN.md section 1). Routing policy is not here: the engine
 * decides what happens; this machine says which steps are allowed, and the engine's fast path is
 * derived from it (see `lifecycle.ts`).
 */
import { setup } from 'xstate';

/** Everything that can happen to a contact. */
export type ContactLifecycleEvent =
  | { type: 'QUEUE' }
  | { type: 'SCHEDULE' }
  | { type: 'DUE' }
  | { type: 'OFFER' }
  | { type: 'OFFER_RETURNED' }
  | { type: 'ACCEPT' }
  | { type: 'ASSIGN' }
  | { type: 'REQUEUE' }
  | { type: 'COMPLETE' }
  | { type: 'WRAPUP_END' }
  | { type: 'ABANDON' }
  | { type: 'TICKET' }
  | { type: 'REJECT' }
  | { type: 'CANCEL' };

/**
 * The contact machine: `new -> queued -> offered -> active -> wrap_up -> completed`, with the other
 * terminal states `abandoned`, `ticketed`, `rejected` and `cancelled` (a scheduled callback cancelled).
 */
export const contactMachine = setup({
  types: {
    context: {} as { contactId: string },
    input: {} as { contactId: string },
    events: {} as ContactLifecycleEvent,
  },
}).createMachine({
  id: 'contact',
  initial: 'new',
  context: ({ input }) => ({ contactId: input.contactId }),
  states: {
    new: { on: { QUEUE: 'queued', SCHEDULE: 'scheduled', REJECT: 'rejected', TICKET: 'ticketed' } },
    scheduled: { on: { DUE: 'queued', CANCEL: 'cancelled', TICKET: 'ticketed' } },
    queued: { on: { OFFER: 'offered', ASSIGN: 'active', ABANDON: 'abandoned', TICKET: 'ticketed', REJECT: 'rejected' } },
    offered: {
      on: { ACCEPT: 'active', OFFER_RETURNED: 'queued', ABANDON: 'abandoned', TICKET: 'ticketed' },
    },
    active: { on: { COMPLETE: 'wrap_up', REQUEUE: 'queued', TICKET: 'ticketed', ABANDON: 'abandoned' } },
    wrap_up: { on: { WRAPUP_END: 'completed' } },
    completed: { type: 'final' },
    abandoned: { type: 'final' },
    ticketed: { type: 'final' },
    rejected: { type: 'final' },
    cancelled: { type: 'final' },
  },
});
