/**
 * A structural check of snapshots handed to `createEngine`, so a damaged or hand-edited snapshot fails
 * with every problem named by its path instead of a TypeError deep inside restore.
 */
import { z } from 'zod';
import { ConfigError } from '../domain/errors.js';
import { formatIssues } from '../domain/config/format-issues.js';
import type { EngineSnapshot } from './snapshot-types.js';
import { SNAPSHOT_VERSION } from './snapshot-types.js';

const num = z.number({ error: 'must be a number' });
const str = z.string({ error: 'must be a string' });
const nullableNum = num.nullable();
const record = z.looseObject({});

const SnapshotSchema = z.looseObject({
  version: z.literal(SNAPSHOT_VERSION, { error: `must be ${SNAPSHOT_VERSION}` }),
  seed: num,
  nowMs: num,
  lastClockMs: num,
  clockBehind: z.boolean({ error: 'must be true or false' }),
  nextSeq: num,
  journalLength: num,
  config: z.looseObject({ skills: z.array(str), queues: z.array(record), agents: z.array(record), routing: record }),
  counters: z.looseObject({ contact: num, offer: num, message: num, ticket: num, customer: num, session: num }),
  random: z.array(num),
  queues: z.array(z.looseObject({ id: str, open: z.boolean(), calendarVersion: num, roundRobinCounter: num, lastAnswerAtMs: nullableNum, answerGapMs: nullableNum })),
  agents: z.array(z.looseObject({ id: str, presence: str, phoneBusy: z.boolean(), idleSinceMs: num, missedInRow: num, roundRobin: record })),
  contacts: z.array(z.looseObject({ id: str, seq: num, channel: str, queueId: str, status: str, requirement: record, leg: num })),
  offers: z.array(z.looseObject({ id: str, contactId: str, agentId: str, queueId: str, createdAt: num, expiresAt: num })),
  sessions: z.array(z.looseObject({ id: str, contactId: str, queueId: str, status: str, invited: z.array(str), lastOwnerId: str })),
  deadlines: z.array(z.looseObject({ at: num, seq: num, kind: str, targetId: str, token: num })),
  deadlineSeq: num,
  commandMemory: z.array(z.tuple([str, record])),
  endedContacts: z.array(z.tuple([str, str])),
  endedGenerated: str,
  endedSessions: str,
  customers: z.looseObject({ records: z.array(record), histories: z.array(z.tuple([str, z.array(str)])) }).nullable(),
});

/** Checks a snapshot's structure; throws a `ConfigError` naming every missing or mistyped field. */
export function checkSnapshot(snapshot: unknown): EngineSnapshot {
  const parsed = SnapshotSchema.safeParse(snapshot);
  if (!parsed.success) {
    const problems = formatIssues(parsed.error.issues, snapshot).map(({ path, message }) => {
      const where = path === '(root)' ? 'snapshot' : `snapshot.${path}`;
      return { path: where, message: `${where}${message.slice(path.length)}` };
    });
    throw new ConfigError('snapshot', problems);
  }
  return snapshot as EngineSnapshot;
}
