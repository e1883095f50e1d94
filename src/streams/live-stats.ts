/**
 * Live statistics: the report's figures as RxJS streams, sampled every `sampleMs` on a scheduler over
 * the engine's clock (virtual time works). One report fold reads every event as it is published, so
 * a sample and `createReport(engine.events())` apply the same code to the same events and agree.
 *
 * A sample taken at tick time t covers the events published before the tick (its `lastSeq`); an event
 * due at the same instant but fired after the tick is in the next sample. A subscriber that throws is
 * reported by RxJS and never reaches the engine: samples run on clock timers, outside engine steps.
 */
import { map, type Observable, type SchedulerLike, timer } from 'rxjs';
import type { SwitchboardEvent } from '../domain/events/event.js';
import { buildAgentRow, buildQueueRow, buildReport } from '../reporting/build-report.js';
import type { AgentRow, QueueRow, Report } from '../reporting/report.schema.js';
import { ReportFold } from '../reporting/report-fold.js';
import { type ReportOptions, resolveReportOptions } from '../reporting/report-options.js';
import type { Clock } from '../time/clock.js';
import { clockScheduler } from './clock-scheduler.js';
import { type QueueState, QueueStateTracker, type QueueStateViews } from './queue-state.js';

/** What live statistics read from an engine (an `Engine` has all of it). */
export interface LiveStatsSource extends QueueStateViews {
  readonly clock: Clock;
  events(fromSeq?: number): readonly SwitchboardEvent[];
  listen(listener: (event: SwitchboardEvent) => void): () => void;
}

/** Options of `createLiveStats`: the report's definitions, and how often to sample. */
export interface LiveStatsOptions extends Omit<ReportOptions, 'toMs'> {
  /** Time between two samples of each stream. Default 1,000. */
  readonly sampleMs?: number;
  /** Scheduler of the samples; default `clockScheduler(source.clock)`. */
  readonly scheduler?: SchedulerLike;
  /** Intervals each `metrics$` sample lists, the latest (the current one by default); `report()` lists all kept. Default 1. */
  readonly metricsIntervalsMax?: number;
}

/** A sample's time and the last event it covers. */
export interface SampleStamp {
  readonly atMs: number;
  readonly lastSeq: number | null;
}

/** A queue's figures at one sample. */
export type QueueStats = SampleStamp & QueueRow;
/** An agent's figures at one sample. */
export type AgentStats = SampleStamp & AgentRow;

/** Live streams over one engine. */
export interface LiveStats {
  /** The report (overall, queues, agents, the latest `metricsIntervalsMax` intervals), every `sampleMs`. */
  readonly metrics$: Observable<Report>;
  /** One queue's figures, every `sampleMs`. */
  queueStats$(queueId: string): Observable<QueueStats>;
  /** One agent's figures, every `sampleMs`. */
  agentStats$(agentId: string): Observable<AgentStats>;
  /** One queue's current state for a wallboard, every `sampleMs`. */
  queueState$(queueId: string): Observable<QueueState>;
  /** The report right now. */
  report(): Report;
  /** Stops reading events; streams keep emitting the last figures until unsubscribed. */
  stop(): void;
}

/**
 * Starts live statistics over an engine: reads the events it has retained, then every new one.
 * @example
 * const stats = createLiveStats(engine, { sampleMs: 5_000, serviceLevelThresholdMs: 30_000 });
 * stats.queueStats$('sales').subscribe((s) => console.log(s.serviceLevelOverOffered, s.answeredWaitMsP90));
 * stats.queueState$('sales').subscribe((s) => console.log(s.waitingCount, s.oldestWaitMs));
 */
export function createLiveStats(source: LiveStatsSource, options: LiveStatsOptions = {}): LiveStats {
  const sampleMs = options.sampleMs ?? 1_000;
  if (!(Number.isFinite(sampleMs) && sampleMs > 0)) {
    throw new RangeError(`switchboard/streams: sampleMs must be a finite number > 0 (got ${sampleMs})`);
  }
  const metricsIntervalsMax = options.metricsIntervalsMax ?? 1;
  if (!(Number.isSafeInteger(metricsIntervalsMax) && metricsIntervalsMax >= 0)) {
    throw new RangeError(`switchboard/streams: metricsIntervalsMax must be an integer >= 0 (got ${metricsIntervalsMax})`);
  }
  const fold = new ReportFold(resolveReportOptions(options));
  const tracker = new QueueStateTracker();
  const scheduler = options.scheduler ?? clockScheduler(source.clock);
  let nextSeq = 0;
  const read = (event: SwitchboardEvent): void => {
    // Events appended but not yet published are in `events()` and then published again: read each once.
    if (event.seq < nextSeq) return;
    nextSeq = event.seq + 1;
    fold.apply(event);
    tracker.apply(event);
  };
  const stopListening = source.listen(read);
  for (const event of source.events()) read(event);
  const nowMs = (): number => Math.max(scheduler.now(), fold.lastAtMs ?? -Infinity);
  const stamp = (): SampleStamp => ({ atMs: nowMs(), lastSeq: fold.lastSeq });
  const every = <T>(sample: () => T): Observable<T> => timer(0, sampleMs, scheduler).pipe(map(sample));
  return {
    metrics$: every(() => buildReport(fold, nowMs(), metricsIntervalsMax)),
    queueStats$: (queueId) => every(() => ({ ...stamp(), ...buildQueueRow(fold, queueId) })),
    agentStats$: (agentId) => every(() => ({ ...stamp(), ...buildAgentRow(fold, agentId, nowMs()) })),
    queueState$: (queueId) => every(() => tracker.stateOf(source, queueId, nowMs())),
    report: () => buildReport(fold, nowMs()),
    stop: stopListening,
  };
}
