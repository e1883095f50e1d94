/**
 * `runSimulation`: drives the real engine on a virtual clock with simulated customers and agents, as
 * fast as it can (it never sleeps: the clock jumps to the next planned action or engine deadline), and
 * measures the run from its event stream: the report (the same fold as `createReport`), the queueing
 * metrics of the reference file and a timeline. The event log is kept only with `keepEvents`.
 *
 * Order at equal instants: engine deadlines first, then agenda entries in the order they were planned.
 */
import type { SwitchboardEvent } from '../domain/events/event.js';
import { createEngine } from '../engine/create-engine.js';
import { buildReport } from '../reporting/build-report.js';
import { ReportFold } from '../reporting/report-fold.js';
import { resolveReportOptions } from '../reporting/report-options.js';
import { VirtualClock } from '../time/virtual-clock.js';
import { QueueingFold } from './queueing-fold.js';
import { deriveSeed } from './random-streams.js';
import { type ResolvedRun, resolveRun } from './resolve-run.js';
import type { ScenarioInput } from './scenario.schema.js';
import { scenarioEngineConfig, type SimulatedAgentSpec } from './scenario-engine-config.js';
import { SimulatedAgents } from './simulated-agents.js';
import { SimulatedCustomers } from './simulated-customers.js';
import { AgendaKind, SimulationContext } from './simulation-context.js';
import type { SimulationOptions, SimulationResult } from './simulation-result.js';
import { TimelineRecorder } from './timeline.js';
import { ProgressReporter } from './progress-reporter.js';

/** Events the engine keeps when the log is not returned: enough for its own bookkeeping. */
const EVENT_LOG_MAX_DISCARDED = 10_000;
/** Events the engine keeps when the log is returned: effectively all of them. */
const EVENT_LOG_MAX_KEPT = 2 ** 31;

/**
 * Runs a scenario (a TypeScript object or parsed JSON). Throws a `ConfigError` listing every problem
 * of an invalid scenario, and a RangeError for a bad option.
 * @example
 * const result = runSimulation(DEFAULT_SCENARIO, { seed: 7, customers: 5_000 });
 * result.queueing.overall.p_abandon; // fraction of measured customers who gave up
 * result.report.overall.serviceLevelOverOffered;
 */
export function runSimulation(scenario: ScenarioInput, options: SimulationOptions = {}): SimulationResult {
  return new SimulationRun(resolveRun(scenario, options), options).run();
}

/** One run: its engine, simulated people, folds and main loop. */
class SimulationRun {
  private readonly ctx: SimulationContext;
  private readonly customers: SimulatedCustomers;
  private readonly agents: SimulatedAgents;
  private readonly reportFold: ReportFold;
  private readonly queueing: QueueingFold;
  private readonly timeline: TimelineRecorder;
  private readonly progress: ProgressReporter;
  private readonly specs: readonly SimulatedAgentSpec[];
  private arrivalsEndMs: number | null = null;

  constructor(
    private readonly resolved: ResolvedRun,
    private readonly options: SimulationOptions,
  ) {
    const { scenario, startMs, measureFromMs } = resolved;
    const { config, agents } = scenarioEngineConfig(scenario);
    this.specs = agents;
    const clock = new VirtualClock(startMs);
    const engine = createEngine({
      clock,
      config,
      seed: deriveSeed(scenario.seed, 'engine'),
      eventLogMax: options.keepEvents === true ? EVENT_LOG_MAX_KEPT : EVENT_LOG_MAX_DISCARDED,
    });
    this.ctx = new SimulationContext(engine, clock);
    this.reportFold = new ReportFold(
      resolveReportOptions({
        fromMs: startMs,
        warmupMs: measureFromMs - startMs,
        intervalMs: scenario.reportIntervalMs,
        serviceLevelThresholdMs: scenario.serviceLevelThresholdMs,
      }),
    );
    this.queueing = createQueueingFold(resolved, agents);
    this.timeline = new TimelineRecorder(startMs, scenario.sampleMs, options.timelineSamplesMax ?? 10_000, this.queueing);
    this.agents = new SimulatedAgents(this.ctx, scenario.agentGroups, agents, scenario.seed, scenario.timeZone);
    const classIndex = globalClassIndexes(resolved);
    this.customers = new SimulatedCustomers(
      this.ctx,
      scenario.arrivals,
      scenario.seed,
      scenario.timeZone,
      (agentId) => this.agents.wrapUpOf(agentId),
      (customer, queueId) => this.queueing.arrive(customer.contactId, queueId, classIndex[customer.streamIndex]?.[customer.classIndex] ?? 0, customer.arrivalMs),
    );
    this.progress = new ProgressReporter(resolved, options.onProgress);
    engine.listen((event) => this.observe(event));
  }

  run(): SimulationResult {
    const { scenario, startMs, horizon } = this.resolved;
    if (horizon.endMs !== Infinity) this.ctx.plan(horizon.endMs, AgendaKind.horizon, null);
    this.agents.start(startMs);
    this.customers.start(startMs);
    this.loop();
    const endMs = this.ctx.now();
    if (this.arrivalsEndMs === null) this.endArrivals(endMs);
    this.progress.finish(this.customers.created, endMs - startMs);
    const events = this.options.keepEvents === true ? this.ctx.engine.events() : null;
    this.ctx.engine.stop();
    return {
      scenario,
      seed: scenario.seed,
      startMs,
      endMs,
      customers: this.customers.created,
      report: buildReport(this.reportFold, endMs),
      queueing: this.queueing.result(),
      timeline: this.timeline.finish(endMs),
      agentGroupOf: Object.fromEntries(this.specs.map((spec) => [spec.id, scenario.agentGroups[spec.groupIndex]?.id ?? ''])),
      refusedCommands: this.ctx.refusedCommands,
      events,
    };
  }

  /** Runs until the horizon is reached and every customer is done (or the drain time is over). */
  private loop(): void {
    const { agenda, clock } = this.ctx;
    for (;;) {
      if (this.arrivalsEndMs !== null && this.customers.liveCount === 0) return;
      const agendaAtMs = agenda.peekAtMs();
      const timerAtMs = clock.nextTimerAt() ?? Infinity;
      const nextMs = Math.min(agendaAtMs, timerAtMs);
      if (this.arrivalsEndMs !== null && nextMs > this.arrivalsEndMs + this.resolved.scenario.drainMsMax) {
        clock.advanceTo(this.arrivalsEndMs + this.resolved.scenario.drainMsMax);
        return;
      }
      if (nextMs === Infinity) return;
      if (timerAtMs <= agendaAtMs) {
        clock.advanceTo(timerAtMs);
        continue;
      }
      const kind = agenda.peekKind();
      const ref = agenda.peekRef();
      agenda.pop();
      clock.advanceTo(agendaAtMs);
      this.handle(kind, ref);
    }
  }

  private handle(kind: number, ref: unknown): void {
    switch (kind) {
      case AgendaKind.arrival:
        if (this.arrivalsEndMs !== null) return;
        this.customers.arrive(ref as number);
        if (this.customers.created >= this.resolved.horizon.customers) this.endArrivals(this.ctx.now());
        return this.progress.update(this.customers.created, this.ctx.now() - this.resolved.startMs);
      case AgendaKind.horizon:
        if (this.arrivalsEndMs === null) this.endArrivals(this.ctx.now());
        return;
      case AgendaKind.patience:
        return this.customers.losePatience(ref as never);
      case AgendaKind.complete:
        return this.customers.complete(ref as never);
      case AgendaKind.rate:
        return this.customers.rate(ref as never);
      default:
        return this.agents.handle(kind, ref);
    }
  }

  private endArrivals(atMs: number): void {
    this.arrivalsEndMs = atMs;
    this.queueing.closeWindow(atMs);
  }

  /** Every published event, in log order: timeline, report, simulated people, queueing metrics. */
  private observe(event: SwitchboardEvent): void {
    this.timeline.advance(event.at);
    this.reportFold.apply(event);
    this.customers.onEvent(event);
    this.agents.onEvent(event);
    this.queueing.apply(event);
  }
}

/** The queueing fold of a run: its queues, classes (by name, over all streams) and agents. */
function createQueueingFold(resolved: ResolvedRun, specs: readonly SimulatedAgentSpec[]): QueueingFold {
  const { scenario, measureFromMs } = resolved;
  const queueIds = scenario.queues.map((q) => q.id);
  return new QueueingFold({
    measureFromMs,
    thresholdMs: scenario.serviceLevelThresholdMs,
    queueIds,
    classNames: classNamesOf(resolved),
    agents: specs.map((spec) => ({
      id: spec.id,
      queueIndexes: (scenario.agentGroups[spec.groupIndex]?.memberships ?? []).map((m) => queueIds.indexOf(m.queueId)),
    })),
  });
}

/** Class names over all streams, in order of first appearance. */
function classNamesOf(resolved: ResolvedRun): string[] {
  const names: string[] = [];
  for (const stream of resolved.scenario.arrivals) for (const cls of stream.classes) if (!names.includes(cls.name)) names.push(cls.name);
  return names;
}

/** For each stream, the index of each of its classes in `classNamesOf`. */
function globalClassIndexes(resolved: ResolvedRun): number[][] {
  const names = classNamesOf(resolved);
  return resolved.scenario.arrivals.map((stream) => stream.classes.map((cls) => names.indexOf(cls.name)));
}
