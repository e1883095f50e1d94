/**
 * A customer as an actor: known from the first contact on; counts the contacts linked to it.
 */
import { assign, setup } from 'xstate';

/** Everything that can happen to a customer. */
export type CustomerLifecycleEvent = { type: 'LINKED'; contactId: string };

/** The customer machine. */
export const customerMachine = setup({
  types: {
    context: {} as { customerId: string; contactCount: number; lastContactId: string | null },
    input: {} as { customerId: string; contactCount: number },
    events: {} as CustomerLifecycleEvent,
  },
}).createMachine({
  id: 'customer',
  initial: 'known',
  context: ({ input }) => ({ customerId: input.customerId, contactCount: input.contactCount, lastContactId: null }),
  states: {
    known: {
      on: {
        LINKED: {
          actions: assign({
            contactCount: ({ context }) => context.contactCount + 1,
            lastContactId: ({ event }) => event.contactId,
          }),
        },
      },
    },
  },
});
