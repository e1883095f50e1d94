/**
 * The shape of `engine.snapshot()`: plain JSON holding everything the engine needs to continue exactly
 * where it was, deadlines included (offer expiry, wrap-up end, overflow and relaxation timers,
 * callbacks, calendar edges, rating windows). The event log is not part of it: a restored engine
 * continues the log from `nextSeq`.
 */
import type { CommandResult } from '../domain/commands/command.js';
import type { EngineConfig } from '../domain/config/engine.config.js';
import type { ContactStatus } from '../domain/contact-status.js';
import type { TranscriptLine } from '../domain/events/ticket.events.js';
import type { Presence } from '../domain/presence.js';
import type { Decline } from '../routing/routed-contact.js';
import type { CustomerRecord } from './customers.js';
import type { SavedDeadline } from './deadlines.js';
import type { CustomerContext } from './records.js';

/** The snapshot format version this package writes and reads. */
export const SNAPSHOT_VERSION = 1;

/** A contact as saved. */
export interface ContactSnapshot {
  readonly id: string;
  readonly seq: number;
  readonly channel: string;
  readonly basePriority: number;
  readonly priority: number;
  readonly createdAt: number;
  readonly enqueuedAt: number;
  readonly queueId: string;
  readonly status: ContactStatus;
  readonly skills: Readonly<Record<string, number>> | null;
  /** The requirement in force (it may be a relaxation step's). */
  readonly requirement: Readonly<Record<string, number>>;
  readonly customerId: string | null;
  readonly email: string | null;
  readonly attributes: unknown;
  readonly targetAgentId: string | null;
  readonly declined: readonly Decline[] | null;
  readonly agentId: string | null;
  readonly leg: number;
  readonly legStartMs: number;
  readonly step: number;
  readonly messages: readonly TranscriptLine[] | null;
  readonly undelivered: readonly string[] | null;
  readonly context: CustomerContext | null;
}

/** A pending offer as saved. */
export interface OfferSnapshot {
  readonly id: string;
  readonly contactId: string;
  readonly agentId: string;
  readonly queueId: string;
  readonly fromAgentId: string | null;
  readonly trigger: 'contact' | 'agent' | 'transfer';
  readonly createdAt: number;
  readonly expiresAt: number;
}

/** A session as saved. */
export interface SessionSnapshot {
  readonly id: string;
  readonly contactId: string;
  /** The contact's queue (a closed session may outlive its contact). */
  readonly queueId: string;
  readonly status: 'open' | 'closed' | 'ended';
  readonly invited: readonly string[];
  readonly lastOwnerId: string;
  readonly rated: boolean;
  readonly ratingUntilMs: number;
  readonly previewAtMs: number | null;
  readonly previewPending: string | null;
}

/** Everything `createEngine({ snapshot })` needs. */
export interface EngineSnapshot {
  readonly version: number;
  readonly seed: number;
  readonly nowMs: number;
  /** The last command's clock reading, and whether it was behind engine time. */
  readonly lastClockMs: number;
  readonly clockBehind: boolean;
  /** The `seq` the restored engine's next event gets. */
  readonly nextSeq: number;
  /** Journal entries applied when the snapshot was taken (recovery replays the ones after). */
  readonly journalLength: number;
  /** The configuration in force, run-time changes included. */
  readonly config: EngineConfig;
  readonly counters: Readonly<Record<'contact' | 'offer' | 'message' | 'ticket' | 'customer' | 'session', number>>;
  readonly random: readonly number[];
  readonly queues: readonly {
    readonly id: string;
    readonly open: boolean;
    readonly calendarVersion: number;
    readonly roundRobinCounter: number;
    readonly lastAnswerAtMs: number | null;
    readonly answerGapMs: number | null;
  }[];
  readonly agents: readonly {
    readonly id: string;
    readonly presence: Presence;
    readonly phoneBusy: boolean;
    readonly idleSinceMs: number;
    readonly missedInRow: number;
    readonly roundRobin: Readonly<Record<string, number>>;
  }[];
  readonly contacts: readonly ContactSnapshot[];
  readonly offers: readonly OfferSnapshot[];
  readonly sessions: readonly SessionSnapshot[];
  readonly deadlines: readonly SavedDeadline[];
  readonly deadlineSeq: number;
  readonly commandMemory: readonly (readonly [string, CommandResult])[];
  readonly endedContacts: readonly (readonly [string, ContactStatus])[];
  /** The ring of ended generated contacts' status codes, base64. */
  readonly endedGenerated: string;
  /** The ring of ended sessions' outcomes, base64. */
  readonly endedSessions: string;
  /** The in-memory customer directory's contents; null when the embedder brings its own. */
  readonly customers: { readonly records: readonly CustomerRecord[]; readonly histories: readonly (readonly [string, readonly string[]])[] } | null;
}
