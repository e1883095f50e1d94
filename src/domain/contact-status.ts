/**
 * Contact lifecycle states. The legal transitions are defined by `contactMachine` in `actors/`.
 */

/** Where a contact is in its lifecycle. */
export type ContactStatus =
  | 'scheduled'
  | 'queued'
  | 'offered'
  | 'active'
  | 'wrap_up'
  | 'completed'
  | 'abandoned'
  | 'ticketed'
  | 'rejected'
  | 'cancelled';

/** Final states: a contact that reaches one never changes again. */
export const TERMINAL_STATUSES: readonly ContactStatus[] = [
  'completed',
  'abandoned',
  'ticketed',
  'rejected',
  'cancelled',
];

/** Whether a status is final. */
export function isTerminal(status: ContactStatus): boolean {
  return (
    status === 'completed' ||
    status === 'abandoned' ||
    status === 'ticketed' ||
    status === 'rejected' ||
    status === 'cancelled'
  );
}
