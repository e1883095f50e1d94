/**
 * Expected command outcomes that are not successes: a snake_case code and a message naming the field.
 */

/** Every code a rejected command can carry. */
export const ERROR_CODES = [
  'invalid_command',
  'unknown_command',
  'unknown_agent',
  'unknown_queue',
  'unknown_contact',
  'unknown_offer',
  'unknown_skill',
  'duplicate_id',
  'offer_not_pending',
  'not_offer_owner',
  'contact_not_active',
  'contact_not_waiting',
  'contact_not_scheduled',
  'invalid_transition',
  'agent_has_work',
  'queue_has_contacts',
  'queue_in_use',
  'queue_not_serving_channel',
  'clock_backwards',
  'unknown_session',
  'session_closed',
  'not_participant',
  'not_owner',
  'queue_closed',
  'unknown_canned_answer',
  'missing_placeholder',
  'unknown_url',
  'agent_unavailable',
  'transfer_pending',
  'no_agent_available',
  'no_escalation_queue',
  'already_rated',
  'rating_window_closed',
] as const;

/** A machine-readable reason for a rejected command. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Why a command was rejected. */
export interface CommandError {
  readonly code: ErrorCode;
  /** A sentence naming the field and the value, e.g. `contact.create: queueId "q9" is not a queue`. */
  readonly message: string;
}
