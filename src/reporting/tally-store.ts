/**
 * Where tallies live: one overall, one per queue, one per agent, and the same three per interval.
 * Intervals are bounded by `intervalsMax`: only the latest are kept, and facts for a dropped interval
 * are ignored there (they still count in the totals).
 */
import { Tally } from './tally.js';

/** The tallies of one interval. */
export interface IntervalTallies {
  readonly index: number;
  readonly overall: Tally;
  readonly queues: Map<string, Tally>;
  readonly agents: Map<string, Tally>;
}

/** Gets a tally from a map, creating it on first use. */
export function tallyIn(map: Map<string, Tally>, id: string, valuesMax: number): Tally {
  let tally = map.get(id);
  if (tally === undefined) {
    tally = new Tally(valuesMax);
    map.set(id, tally);
  }
  return tally;
}

/** Creates the empty tallies of an interval. */
export function createIntervalTallies(index: number, valuesMax: number): IntervalTallies {
  return { index, overall: new Tally(valuesMax), queues: new Map(), agents: new Map() };
}

/** All tallies of a report, with the interval bound applied. */
export class TallyStore {
  readonly overall: Tally;
  readonly queues = new Map<string, Tally>();
  readonly agents = new Map<string, Tally>();
  private readonly intervals = new Map<number, IntervalTallies>();
  /** The latest interval index that has tallies; -Infinity before any. */
  newestIndex = -Infinity;

  constructor(
    private readonly valuesMax: number,
    private readonly intervalsMax: number,
  ) {
    this.overall = new Tally(valuesMax);
  }

  /** A queue's tally (created on first use, so every queue seen is listed). */
  queue(queueId: string): Tally {
    return tallyIn(this.queues, queueId, this.valuesMax);
  }

  /** An agent's tally. */
  agent(agentId: string): Tally {
    return tallyIn(this.agents, agentId, this.valuesMax);
  }

  /** The oldest interval index still kept. */
  get oldestKeptIndex(): number {
    return this.newestIndex - this.intervalsMax + 1;
  }

  /** An interval's tallies, or null when the interval is older than the ones kept. */
  interval(index: number): IntervalTallies | null {
    if (index > this.newestIndex) this.advanceTo(index);
    if (index < this.oldestKeptIndex) return null;
    let tallies = this.intervals.get(index);
    if (tallies === undefined) {
      tallies = createIntervalTallies(index, this.valuesMax);
      this.intervals.set(index, tallies);
    }
    return tallies;
  }

  /** The stored tallies of an interval, without creating them. */
  storedInterval(index: number): IntervalTallies | undefined {
    return this.intervals.get(index);
  }

  /** A tally inside an interval's map, created on first use. */
  inInterval(map: Map<string, Tally>, id: string): Tally {
    return tallyIn(map, id, this.valuesMax);
  }

  private advanceTo(index: number): void {
    this.newestIndex = index;
    const oldest = this.oldestKeptIndex;
    for (const key of this.intervals.keys()) if (key < oldest) this.intervals.delete(key);
  }
}
