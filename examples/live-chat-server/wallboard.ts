/**
 * The supervisor wallboard: the package's live statistics (`createLiveStats`: the report's figures
 * and each queue's current state, sampled every second on the engine's clock) sent to every watching
 * page. Read-only: a wallboard connection can send nothing but `wallboard.watch`.
 */
import { type Subscription, zip } from 'rxjs';
import type { Engine, LiveStats, QueueState, Report } from '../../src/index.js';
import type { Connection } from './connection.js';
import type { ServerFrame } from './protocol.js';

/** What the wallboard shows besides the statistics. */
export interface WallboardOptions {
  readonly engine: Engine;
  readonly stats: LiveStats;
  readonly queues: readonly { id: string; name: string }[];
  readonly agents: readonly { id: string; name: string }[];
}

/** Samples live statistics and pushes them to watching pages. */
export class Wallboard {
  private readonly watchers = new Set<Connection>();
  private readonly subscription: Subscription;

  constructor(private readonly o: WallboardOptions) {
    const states = o.queues.map((q) => o.stats.queueState$(q.id));
    // One sample of the report and of every queue state per tick: zip pairs them tick by tick.
    this.subscription = zip(o.stats.metrics$, zip(states)).subscribe(([report, queueStates]) => this.publish(report, queueStates));
  }

  /** Sends every following sample to `conn`. */
  watch(conn: Connection): void {
    conn.identity = { role: 'wallboard' };
    this.watchers.add(conn);
  }

  /** Stops sending to `conn`. */
  unwatch(conn: Connection): void {
    this.watchers.delete(conn);
  }

  /** Stops sampling. */
  dispose(): void {
    this.subscription.unsubscribe();
    this.o.stats.stop();
  }

  private publish(report: Report, states: readonly QueueState[]): void {
    if (this.watchers.size === 0) return;
    const frame = this.frameOf(report, states);
    for (const conn of this.watchers) conn.send(frame);
  }

  private frameOf(report: Report, states: readonly QueueState[]): ServerFrame {
    const queues = this.o.queues.map((q, i) => {
      const state = states[i]!;
      const row = report.queues.find((r) => r.queueId === q.id);
      return {
        id: q.id,
        name: q.name,
        open: state.open,
        waiting: state.waitingCount + state.offeredCount,
        oldestWaitMs: state.oldestWaitMs,
        agentsFree: state.agentsAvailableByChannel.chat,
        offered: row?.offered ?? 0,
        answered: row?.answered ?? 0,
        abandoned: row?.abandoned ?? 0,
        ticketed: row?.ticketed ?? 0,
        serviceLevel: row?.serviceLevelOverOffered ?? null,
        answeredWaitMsMean: row?.answeredWaitMsMean ?? null,
        ratingMean: row?.ratingMean ?? null,
      };
    });
    const agents = this.o.agents.map((a) => {
      const view = this.o.engine.agent(a.id);
      const row = report.agents.find((r) => r.agentId === a.id);
      return {
        id: a.id,
        name: a.name,
        presence: view?.presence ?? 'offline',
        phoneBusy: view?.phoneBusy ?? false,
        chats: view?.used.chat ?? 0,
        answered: row?.answered ?? 0,
        occupancyRate: row?.occupancyRate ?? null,
        ratingMean: row?.ratingMean ?? null,
      };
    });
    return { type: 'wallboard', atMs: report.toMs, queues, agents };
  }
}
