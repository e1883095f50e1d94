/**
 * `createReport`: the figures of any event log (a live engine's `engine.events()`, a journal, a
 * simulation), per queue, per agent, per interval and overall.
 *
 * Attribution: a contact is counted in the interval in which it entered the queue. Each stay in a queue
 * (a leg, from `contact.queued`) is counted in that queue and in the interval the leg started in,
 * together with everything that happened during it (answer, abandon, ticket, transfer, requeue,
 * overflow, talk and wrap-up times, a rating of its answer). The overall figures count each contact
 * once, in the interval of its first enqueue. A contact that ends without being queued (rejected or
 * ticketed on arrival) counts at that event. Agent time is split at interval bounds.
 */
import type { SwitchboardEvent } from '../domain/events/event.js';
import { buildReport } from './build-report.js';
import type { Report } from './report.schema.js';
import { ReportFold } from './report-fold.js';
import { type ReportOptions, resolveReportOptions } from './report-options.js';

/**
 * Computes the report of an event log. Events must be in log order; events after `toMs` are ignored.
 * @example
 * const report = createReport(engine.events(), { intervalMs: 60_000, serviceLevelThresholdMs: 30_000 });
 * report.overall.serviceLevelOverOffered; // answered within 30 s / contacts offered
 * report.queues.find((q) => q.queueId === 'sales')?.answeredWaitMsP90;
 */
export function createReport(events: readonly SwitchboardEvent[], options: ReportOptions = {}): Report {
  const resolved = resolveReportOptions(options);
  const fold = new ReportFold(resolved);
  for (const event of events) {
    if (resolved.toMs !== undefined && event.at > resolved.toMs) continue;
    fold.apply(event);
  }
  const toMs = resolved.toMs ?? Math.max(fold.lastAtMs ?? fold.fromMs ?? 0, fold.fromMs ?? 0);
  return buildReport(fold, toMs);
}
