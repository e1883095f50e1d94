/**
 * Commands on queue configuration.
 */
import type { QueueConfigInput } from '../config/queue.config.js';
import type { CommandBase } from './contact.commands.js';

/** Adds a queue. */
export interface QueueAddCommand extends CommandBase<'queue.add'> {
  readonly queue: QueueConfigInput;
}

/** Replaces a queue's configuration; waiting contacts stay. */
export interface QueueUpdateCommand extends CommandBase<'queue.update'> {
  readonly queue: QueueConfigInput;
}

/** Removes a queue that has no contacts and no members. */
export interface QueueRemoveCommand extends CommandBase<'queue.remove'> {
  readonly queueId: string;
}

/** Every queue command. */
export type QueueCommand = QueueAddCommand | QueueUpdateCommand | QueueRemoveCommand;
