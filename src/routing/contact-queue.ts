/**
 * Waiting contacts of a queue, kept in buckets of identical (channel, requirement, target) and ordered
 * by the work order inside each bucket. An agent fits a whole bucket or none of it, so finding the
 * best contact for an agent looks at bucket heads, never at every waiting contact.
 */
import { IndexedHeap } from './indexed-heap.js';
import { type Bucket, compareWorkOrder, type RoutedContact } from './routed-contact.js';
import { activate, deactivate, type RoutedQueue } from './routed-queue.js';

/** Puts a contact into its queue's bucket; it must not be waiting anywhere. */
export function enqueueContact(queue: RoutedQueue, contact: RoutedContact): void {
  const bucket = bucketFor(queue, contact);
  bucket.contacts.push(contact);
  contact.bucket = bucket;
  activate(queue.activeBuckets, bucket);
  queue.waitingCount++;
  queue.allWaiting.count++;
}

/** Takes a waiting contact out of its queue. */
export function dequeueContact(contact: RoutedContact): void {
  const bucket = contact.bucket as Bucket;
  bucket.contacts.remove(contact);
  contact.bucket = null;
  if (bucket.contacts.size === 0) deactivate(bucket.queue.activeBuckets, bucket);
  bucket.queue.waitingCount--;
  bucket.queue.allWaiting.count--;
}

/** Restores order after a waiting contact's priority changed (ageing). */
export function reorderContact(contact: RoutedContact): void {
  (contact.bucket as Bucket).contacts.update(contact);
}

/** How many contacts wait ahead of this one in its queue's work order (all buckets). */
export function contactsAhead(contact: RoutedContact): number {
  const queue = (contact.bucket as Bucket).queue;
  let ahead = 0;
  for (const bucket of queue.activeBuckets) ahead += bucket.contacts.countBefore(contact);
  return ahead;
}

/** Every contact waiting in a queue, in work order. Allocates: not for hot paths. */
export function waitingContacts(queue: RoutedQueue): RoutedContact[] {
  const all: RoutedContact[] = [];
  for (const bucket of queue.activeBuckets) all.push(...bucket.contacts.values());
  return all.sort(compareWorkOrder);
}

function bucketFor(queue: RoutedQueue, contact: RoutedContact): Bucket {
  if (contact.details !== null && contact.details.targetAgentId !== null) return bucketByKey(queue, contact, contact.details.targetAgentId);
  const byRequirement = (queue.untargetedBuckets[contact.channelIndex] ??= []);
  return (byRequirement[contact.requirement.id] ??= bucketByKey(queue, contact, null));
}

function bucketByKey(queue: RoutedQueue, contact: RoutedContact, targetAgentId: string | null): Bucket {
  // Untargeted contacts share numeric keys; targeted ones get their own bucket per agent.
  const key =
    targetAgentId === null
      ? `${contact.channelIndex}:${contact.requirement.id}`
      : `${contact.channelIndex}:${contact.requirement.id}:${targetAgentId}`;
  let bucket = queue.buckets.get(key);
  if (bucket === undefined) {
    bucket = {
      queue,
      key,
      channelIndex: contact.channelIndex,
      requirement: contact.requirement,
      targetAgentId,
      contacts: new IndexedHeap(compareWorkOrder),
      activeIndex: -1,
    };
    queue.buckets.set(key, bucket);
  }
  return bucket;
}
