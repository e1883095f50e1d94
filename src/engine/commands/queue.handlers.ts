/**
 * Handlers for queue commands: add, update, remove.
 */
import { CHANNELS } from '../../domain/channel.js';
import type { QueueConfig } from '../../domain/config/queue.config.js';
import { addQueue, removeQueue, updateQueue } from '../queue-setup.js';
import type { EngineState } from '../engine-state.js';
import type { ContactRecord, QueueRecord } from '../records.js';
import { checkId, checkKnownFields, fail, fieldsOf } from './checks.js';
import { isCommandError, parseQueue } from './config-checks.js';
import { type CommandHandler, OK } from './handler.js';
import { channelOf } from '../contact-record.js';

const FIELDS_QUEUE = fieldsOf('queue');
const FIELDS_QUEUEID = fieldsOf('queueId');

/** `queue.add`: a new queue. */
export const queueAdd: CommandHandler = {
  validate(state, c) {
    const error = checkKnownFields(c, FIELDS_QUEUE);
    if (error !== null) return error;
    const config = parseQueue(state, 'queue.add', c.queue);
    if (isCommandError(config)) return config;
    return state.queues.has(config.id) ? fail('queue.add', 'duplicate_id', `queue "${config.id}" already exists`) : null;
  },
  apply(state, c) {
    addQueue(state, parseQueue(state, 'queue.add', c.queue) as QueueConfig);
    return OK;
  },
};

/** `queue.update`: replaces a queue's configuration; channels with waiting contacts must stay. */
export const queueUpdate: CommandHandler = {
  validate(state, c) {
    const error = checkKnownFields(c, FIELDS_QUEUE);
    if (error !== null) return error;
    const config = parseQueue(state, 'queue.update', c.queue);
    if (isCommandError(config)) return config;
    const queue = state.queues.get(config.id);
    if (queue === undefined) return fail('queue.update', 'unknown_queue', `queue "${config.id}" is not a queue`);
    const dropped = channelsInUseDropped(state, queue, config);
    return dropped === null
      ? null
      : fail('queue.update', 'queue_has_contacts', `queue "${queue.id}" has live contacts on channel "${dropped}"`);
  },
  apply(state, c) {
    const config = parseQueue(state, 'queue.update', c.queue) as QueueConfig;
    updateQueue(state, state.queues.get(config.id)!, config);
    return OK;
  },
};

/** `queue.remove`: removes a queue with no members and no waiting contacts. */
export const queueRemove: CommandHandler = {
  validate(state, c) {
    const error = checkKnownFields(c, FIELDS_QUEUEID) ?? checkId(c, 'queueId', c.queueId);
    if (error !== null) return error;
    const queue = state.queues.get(c.queueId as string);
    if (queue === undefined) return fail('queue.remove', 'unknown_queue', `queueId "${c.queueId}" is not a queue`);
    if (queue.waitingCount > 0) return fail('queue.remove', 'queue_has_contacts', `queue "${queue.id}" has ${queue.waitingCount} waiting contact(s)`);
    if (queue.members.length > 0) return fail('queue.remove', 'queue_in_use', `queue "${queue.id}" still has ${queue.members.length} member(s)`);
    const linked = [...state.queues.values()].find((q) => q !== queue && linksTo(q.config, queue.id));
    if (linked !== undefined) return fail('queue.remove', 'queue_in_use', `queue "${linked.id}" overflows or escalates to "${queue.id}"`);
    const live = liveContactsOf(state, queue).length;
    if (live > 0) return fail('queue.remove', 'queue_in_use', `queue "${queue.id}" still has ${live} live contact(s) (scheduled, offered, active or in wrap-up)`);
    const rating = [...state.sessions.values()].some((s) => s.contact.queue === queue);
    return rating ? fail('queue.remove', 'queue_in_use', `queue "${queue.id}" still has chats open for rating`) : null;
  },
  apply(state, c) {
    removeQueue(state, state.queues.get(c.queueId as string)!);
    return OK;
  },
};

function linksTo(config: QueueConfig, queueId: string): boolean {
  const targets = [config.onWaitMsMax, config.onLengthMax, config.onNoAgents].map((a) => (a?.action === 'queue' ? a.queueId : null));
  return targets.includes(queueId) || config.escalationQueueId === queueId;
}

/** Live contacts of a queue, in creation order (a scan: queue changes are rare). */
function liveContactsOf(state: EngineState, queue: QueueRecord): ContactRecord[] {
  return [...state.contacts.values()].filter((c) => c.queue === queue).sort((a, b) => a.seq - b.seq);
}

/** The first channel (in `CHANNELS` order) the update drops while a live contact of the queue uses it. */
function channelsInUseDropped(state: EngineState, queue: QueueRecord, config: QueueConfig): string | null {
  const used = new Set(liveContactsOf(state, queue).map((c) => channelOf(c)));
  for (const channel of CHANNELS) if (used.has(channel) && !config.channels.includes(channel)) return channel;
  return null;
}

